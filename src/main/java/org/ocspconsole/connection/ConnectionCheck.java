package org.ocspconsole.connection;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.fx.BackgroundCall;
import org.ocspconsole.profiles.Profile;

/**
 * The profile editor's "Test connection": one {@code GET /v1/ocsp} with the profile the fields
 * describe and the password typed beside them, turned into a {@link Verdict}. The editor checks the
 * fields; this builds a client from them off the FX thread and keeps the password no longer than
 * the test.
 */
final class ConnectionCheck {
  private final Executor worker;
  private final BackgroundCall testing;
  private final ReadOnlyObjectWrapper<Verdict> verdict;

  ConnectionCheck(Object bean, Executor fx, Executor worker) {
    this.worker = worker;
    this.testing = new BackgroundCall(fx);
    this.verdict = new ReadOnlyObjectWrapper<>(bean, "verdict");
  }

  /**
   * Tests the profile {@code fields} answers (it may refuse them with an {@link
   * IllegalArgumentException}) with the password, which is wiped at once; the verdict arrives on
   * the FX thread.
   */
  CompletableFuture<Verdict> run(Supplier<Profile> fields, char[] password) {
    verdict.set(null);
    Credentials credentials = null;
    Profile profile = null;
    IllegalArgumentException refused = null;
    try {
      profile = fields.get();
      credentials =
          profile.auth() == Profile.Auth.BASIC
              ? new Credentials.Basic(profile.user(), password)
              : new Credentials.ClientCertificate(Path.of(profile.clientCertificate()), password);
    } catch (IllegalArgumentException e) {
      refused = e;
    } finally {
      Arrays.fill(password, '\0');
    }
    Profile tested = profile;
    Credentials used = credentials;
    IllegalArgumentException problem = refused;
    CompletableFuture<Verdict> done = new CompletableFuture<>();
    testing
        .run(
            () ->
                problem != null
                    ? CompletableFuture.failedFuture(problem)
                    // The CA file and the PKCS#12 file are read, and the TLS context built, on the
                    // worker.
                    : CompletableFuture.supplyAsync(() -> client(tested, used), worker)
                        .thenCompose(ClusterClient::getOcspConfig)
                        .whenComplete((config, failure) -> used.wipe()),
            config -> verdict.set(Verdict.of(null)),
            error -> verdict.set(Verdict.of(error)))
        .whenComplete((ok, failure) -> done.complete(verdict.get()));
    return done;
  }

  private static ClusterClient client(Profile profile, Credentials credentials) {
    try {
      return ClusterClient.create(
          ClusterConnection.of(profile.baseUri(), credentials, profile.trustSettings()));
    } catch (ApiException e) {
      throw new CompletionException(e);
    }
  }

  /** A verdict describes the fields and the password it was made with: a change makes it stale. */
  void forget() {
    verdict.set(null);
  }

  ReadOnlyBooleanProperty testingProperty() {
    return testing.busyProperty();
  }

  ReadOnlyObjectProperty<Verdict> verdictProperty() {
    return verdict.getReadOnlyProperty();
  }
}
