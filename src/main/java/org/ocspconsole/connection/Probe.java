package org.ocspconsole.connection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiError.Kind;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.Exchange;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.profiles.Profile;

/**
 * A probe's outcome: the client it was sent with (null when none was made), and the answer to
 * {@code GET /v1/ocsp} or its error. Sent by a connection attempt, or early, before the window
 * exists ({@link EarlyProbe}).
 */
record Probe(ClusterClient client, OcspConfig config, ApiError error) {

  /**
   * Builds the profile's client on {@code worker} and sends the probe, {@code GET /v1/ocsp}. Fails
   * with {@link NotBuilt} when the profile's files cannot make a client; otherwise completes with
   * the answer or the error. The credentials are wiped when no client was made to hold them.
   */
  static CompletableFuture<Probe> send(
      Profile tried,
      Credentials credentials,
      Consumer<Exchange> recorder,
      Executor worker,
      Consumer<CompletableFuture<?>> onRequest) {
    return CompletableFuture.supplyAsync(() -> newClient(tried, credentials, recorder), worker)
        .thenCompose(
            client -> {
              CompletableFuture<OcspConfig> read = client.getOcspConfig();
              onRequest.accept(read);
              return read.handle(
                  (config, failure) -> {
                    ApiError error = failure == null ? null : ApiException.errorOf(failure);
                    return new Probe(client, config, error);
                  });
            })
        .whenComplete(
            (outcome, failure) -> {
              if (failure != null) {
                credentials.wipe();
              }
            });
  }

  /** On the worker: reads the files the profile names and builds its client. */
  private static ClusterClient newClient(
      Profile tried, Credentials credentials, Consumer<Exchange> recorder) {
    if (tried.auth() == Profile.Auth.CLIENT_CERTIFICATE
        && (tried.clientCertificate() == null
            || !Files.isReadable(Path.of(tried.clientCertificate())))) {
      throw new NotBuilt(
          ApiError.transport(
              Kind.LOCAL,
              "The client certificate file " + tried.clientCertificate() + " cannot be read."));
    }
    ClusterConnection connection;
    try {
      connection = ClusterConnection.of(tried.baseUri(), credentials, tried.trustSettings());
    } catch (ApiException e) {
      throw new NotBuilt(e.error());
    }
    try {
      ClusterClient client = ClusterClient.create(connection);
      client.addExchangeListener(recorder);
      return client;
    } catch (ApiException e) {
      throw new CompletionException(e);
    }
  }

  /** The credentials for a profile and its secret (copied; the caller wipes its own). */
  static Credentials credentials(Profile profile, char[] secret) {
    char[] value = secret == null ? new char[0] : secret;
    return profile.auth() == Profile.Auth.CLIENT_CERTIFICATE
        ? new Credentials.ClientCertificate(Path.of(profile.clientCertificate()), value)
        : new Credentials.Basic(profile.user(), value);
  }

  /** The client could not be made from the profile (a file unreadable): fails the attempt. */
  static final class NotBuilt extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ApiError error;

    NotBuilt(ApiError error) {
      super(null, null, false, false);
      this.error = error;
    }
  }
}
