package org.ocspconsole.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The OCSP calls of the Redis Software REST API and the cluster calls around them (certificates,
 * alert settings), on {@code java.net.http}. Every call returns at once with a future that
 * completes with the value or fails with an {@link ApiException}; cancelling the future aborts the
 * request. Redirects are never followed.
 */
public final class ClusterClient implements ClusterApi {
  /** More than any OCSP or certificate answer needs; a larger body is refused. */
  static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

  /** Replacing a certificate restarts the cluster's proxies and can take minutes. */
  public static final Duration CERTIFICATE_TIMEOUT = Duration.ofMinutes(10);

  private final ClusterConnection connection;
  private final Transport transport;

  private ClusterClient(ClusterConnection connection, Transport transport) {
    this.connection = connection;
    this.transport = transport;
  }

  /**
   * Builds the TLS context; fails with a {@link ApiError.Kind#LOCAL} error for a bad client
   * certificate.
   */
  public static ClusterClient create(ClusterConnection connection) throws ApiException {
    return new ClusterClient(connection, Transport.create(connection));
  }

  /** Over a TLS context and HTTP client that {@link ClientPool} shares between clients. */
  static ClusterClient over(ClusterConnection connection, Transport.Tls tls) {
    return new ClusterClient(connection, Transport.over(connection, tls));
  }

  public ClusterConnection connection() {
    return connection;
  }

  /**
   * For a pinned connection, the pinned certificate as the server last presented it (to give its
   * public key to curl, say); empty before the first handshake and for other kinds of trust.
   */
  public java.util.Optional<java.security.cert.X509Certificate> pinnedCertificate() {
    return transport.pinnedCertificate();
  }

  /**
   * Ends this client: nothing more is sent, and its credentials are wiped. Requests already under
   * way finish; any later call fails at once without reaching the network. For disconnecting, and
   * for a client whose password was replaced.
   */
  public void close() {
    transport.close();
    connection.credentials().wipe();
  }

  /** Called (on a background thread) after every request, successful or not. */
  public void addExchangeListener(Consumer<Exchange> listener) {
    transport.addListener(listener);
  }

  public void removeExchangeListener(Consumer<Exchange> listener) {
    transport.removeListener(listener);
  }

  @Override
  public CompletableFuture<OcspConfig> getOcspConfig() {
    return send(
        call("GET", "/v1/ocsp", "view_ocsp_config", "read the OCSP settings"),
        null,
        OcspConfig.class);
  }

  /** Sends only the fields in the update; answers the cluster's whole object after the change. */
  @Override
  public CompletableFuture<OcspConfig> updateOcspConfig(OcspUpdate update) {
    return send(
        call("PUT", "/v1/ocsp", "config_ocsp", "change the OCSP settings"),
        update.body(),
        OcspConfig.class);
  }

  @Override
  public CompletableFuture<OcspStatus> getOcspStatus() {
    return send(
        call("GET", "/v1/ocsp/status", "view_ocsp_status", "read the OCSP status"),
        null,
        OcspStatus.class);
  }

  /** Queries the responder now; allowed {@link ClusterConnection#testTimeout()}. */
  @Override
  public CompletableFuture<OcspStatus> testOcspStatus() {
    return send(
        new Call(
            "POST",
            "/v1/ocsp/test",
            "test_ocsp_status",
            "query the OCSP responder",
            connection.testTimeout()),
        null,
        OcspStatus.class);
  }

  /** Any other call of the REST API, for the features around OCSP. */
  public <T> CompletableFuture<T> send(
      String method, String path, String permission, String action, Object body, Class<T> type) {
    return send(call(method, path, permission, action), body, type);
  }

  /**
   * The cluster's certificates as PEM; the proxy certificate is the one OCSP covers. The answer
   * also holds the cluster's private keys: {@link ClusterCertificates} skips them while parsing,
   * and the API has no way to ask for the certificates alone.
   */
  @Override
  public CompletableFuture<ClusterCertificates> getClusterCertificates() {
    return send(
        call(
                "GET",
                "/v1/cluster/certificates",
                "view_cluster_info",
                "read the cluster's certificates")
            .withSecretAnswer(),
        null,
        ClusterCertificates.class);
  }

  /**
   * The databases with their endpoints and TLS mode, and nothing else: the full objects carry the
   * database passwords, so only {@link Database#FIELDS} are asked for.
   */
  @Override
  public CompletableFuture<List<Database>> databases() {
    return send(
            call(
                    "GET",
                    "/v1/bdbs?fields=" + Database.FIELDS,
                    "view_all_bdbs_info",
                    "list the databases")
                // A server that ignores fields= answers the passwords too: never quoted.
                .withSecretAnswer(),
            null,
            Database[].class)
        .thenApply(List::of);
  }

  /** The {@code Date} of the cluster's latest answer, for clock skew; empty before any. */
  public java.util.Optional<ServerDate> serverDate() {
    return transport.serverDate();
  }

  /**
   * The cluster object: its name and alert settings. The API cannot narrow this answer, which
   * carries other settings, SMTP password included; {@link ClusterInfo} binds only what it uses.
   */
  @Override
  public CompletableFuture<ClusterInfo> getCluster() {
    return send(
        call("GET", "/v1/cluster", "view_cluster_info", "read the cluster's settings")
            .withSecretAnswer(),
        null,
        ClusterInfo.class);
  }

  /** Changes only the given alert settings; every other cluster field is left out of the body. */
  @Override
  public CompletableFuture<ClusterInfo> updateAlertSettings(Map<String, Boolean> alerts) {
    return send(
        call("PUT", "/v1/cluster", "update_cluster", "change the cluster's alert settings"),
        Map.of("alert_settings", Map.copyOf(alerts)),
        ClusterInfo.class);
  }

  /**
   * Replaces a cluster certificate with {@code PUT /v1/cluster/certificates} (7.22.2 and later),
   * falling back to the older {@code PUT /v1/cluster/update_cert} when that path answers 404.
   * Allowed {@link #CERTIFICATE_TIMEOUT}: the cluster restarts its proxies. The body is secret.
   */
  @Override
  public CompletableFuture<CertificateApi> replaceCertificate(CertificateUpload upload) {
    CompletableFuture<CertificateApi> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<?>> current = new AtomicReference<>();
    CompletableFuture<Void> first =
        transport.send(
            new Call(
                "PUT",
                "/v1/cluster/certificates",
                "update_cluster",
                "replace the " + upload.name() + " certificate",
                CERTIFICATE_TIMEOUT),
            Map.of("certificates", List.of(upload)),
            Void.class,
            true);
    current.set(first);
    first.whenComplete(
        (ok, failure) -> {
          if (failure == null) {
            result.complete(CertificateApi.CERTIFICATES);
          } else if (kindOf(failure) == ApiError.Kind.NOT_FOUND && !result.isDone()) {
            CompletableFuture<Void> legacy =
                transport.send(
                    new Call(
                        "PUT",
                        "/v1/cluster/update_cert",
                        "update_cluster",
                        "replace the " + upload.name() + " certificate",
                        CERTIFICATE_TIMEOUT),
                    upload,
                    Void.class,
                    true);
            current.set(legacy);
            if (result.isCancelled()) {
              legacy.cancel(true);
            }
            legacy.whenComplete(
                (done, problem) -> {
                  if (problem == null) {
                    result.complete(CertificateApi.UPDATE_CERT);
                  } else {
                    result.completeExceptionally(problem);
                  }
                });
          } else {
            result.completeExceptionally(failure);
          }
        });
    result.whenComplete(
        (value, failure) -> {
          if (result.isCancelled()) {
            current.get().cancel(true);
          }
        });
    return result;
  }

  /** Which of the two replacement calls the cluster accepted. */
  public enum CertificateApi {
    /** {@code PUT /v1/cluster/certificates}, 7.22.2 and later. */
    CERTIFICATES,
    /** {@code PUT /v1/cluster/update_cert}, older clusters. */
    UPDATE_CERT
  }

  private static ApiError.Kind kindOf(Throwable failure) {
    return failure instanceof ApiException api ? api.kind() : null;
  }

  private Call call(String method, String path, String permission, String action) {
    return new Call(method, path, permission, action, connection.requestTimeout());
  }

  private <T> CompletableFuture<T> send(Call call, Object body, Class<T> type) {
    return transport.send(call, body, type, false);
  }
}
