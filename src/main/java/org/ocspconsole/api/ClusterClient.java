package org.ocspconsole.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import org.ocspconsole.log.Logs;

/**
 * The OCSP calls of the Redis Software REST API and the cluster calls around them (certificates,
 * alert settings), on {@code java.net.http}. Every call returns at once with a future that
 * completes with the value or fails with an {@link ApiException}; cancelling the future aborts the
 * request. Redirects are never followed.
 */
public final class ClusterClient {
  /** More than any OCSP or certificate answer needs; a larger body is refused. */
  static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

  /** Replacing a certificate restarts the cluster's proxies and can take minutes. */
  public static final Duration CERTIFICATE_TIMEOUT = Duration.ofMinutes(10);

  private static final String USER_AGENT = "OCSP-Console/" + version();
  private static final Logger LOG = Logs.get(ClusterClient.class);

  private final ClusterConnection connection;
  private final HttpClient http;
  private final String authorization;
  private final List<Consumer<Exchange>> listeners = new CopyOnWriteArrayList<>();

  private ClusterClient(ClusterConnection connection, HttpClient http, String authorization) {
    this.connection = connection;
    this.http = http;
    this.authorization = authorization;
  }

  /**
   * Builds the TLS context; fails with a {@link ApiError.Kind#LOCAL} error for a bad client
   * certificate.
   */
  public static ClusterClient create(ClusterConnection connection) throws ApiException {
    try {
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(
          keyManagers(connection.credentials()),
          new TrustManager[] {TrustManagers.forSettings(connection.trust())},
          null);
      SSLParameters parameters = tls.getDefaultSSLParameters();
      parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(connection.connectTimeout())
              .followRedirects(HttpClient.Redirect.NEVER)
              .sslContext(tls)
              .sslParameters(parameters)
              .build();
      return new ClusterClient(connection, http, basicHeader(connection.credentials()));
    } catch (GeneralSecurityException e) {
      throw new ApiException(
          ApiError.transport(
              ApiError.Kind.LOCAL, "The TLS settings could not be prepared: " + e.getMessage()));
    }
  }

  public ClusterConnection connection() {
    return connection;
  }

  /** Called (on a background thread) after every request, successful or not. */
  public void addExchangeListener(Consumer<Exchange> listener) {
    listeners.add(listener);
  }

  public void removeExchangeListener(Consumer<Exchange> listener) {
    listeners.remove(listener);
  }

  public CompletableFuture<OcspConfig> getOcspConfig() {
    return send(
        call("GET", "/v1/ocsp", "view_ocsp_config", "read the OCSP settings"),
        null,
        OcspConfig.class);
  }

  /** Sends only the fields in the update; answers the cluster's whole object after the change. */
  public CompletableFuture<OcspConfig> updateOcspConfig(OcspUpdate update) {
    return send(
        call("PUT", "/v1/ocsp", "config_ocsp", "change the OCSP settings"),
        update.body(),
        OcspConfig.class);
  }

  public CompletableFuture<OcspStatus> getOcspStatus() {
    return send(
        call("GET", "/v1/ocsp/status", "view_ocsp_status", "read the OCSP status"),
        null,
        OcspStatus.class);
  }

  /** Queries the responder now; allowed {@link ClusterConnection#testTimeout()}. */
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

  /** The cluster's certificates as PEM; the proxy certificate is the one OCSP covers. */
  public CompletableFuture<ClusterCertificates> getClusterCertificates() {
    return send(
        call(
            "GET",
            "/v1/cluster/certificates",
            "view_cluster_info",
            "read the cluster's certificates"),
        null,
        ClusterCertificates.class);
  }

  /** The cluster object: its name and alert settings. */
  public CompletableFuture<ClusterInfo> getCluster() {
    return send(
        call("GET", "/v1/cluster", "view_cluster_info", "read the cluster's settings"),
        null,
        ClusterInfo.class);
  }

  /** Changes only the given alert settings; every other cluster field is left out of the body. */
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
  public CompletableFuture<CertificateApi> replaceCertificate(CertificateUpload upload) {
    CompletableFuture<CertificateApi> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<?>> current = new AtomicReference<>();
    CompletableFuture<Void> first =
        send(
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
                send(
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
    return send(call, body, type, false);
  }

  /** With {@code secret}, the body (a private key) never reaches an {@link Exchange}. */
  private <T> CompletableFuture<T> send(Call call, Object body, Class<T> type, boolean secret) {
    URI uri = connection.baseUri().resolve(call.path());
    byte[] payload = body == null ? null : Json.write(body);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(call.timeout())
            .header("Accept", "application/json")
            .header("User-Agent", USER_AGENT);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (call.method().equals("GET")) {
      request.GET();
    } else {
      request.header("Content-Type", "application/json");
      request.method(
          call.method(),
          payload == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(payload));
    }
    Instant started = Instant.now();
    long startNanos = System.nanoTime();
    CompletableFuture<T> result = new CompletableFuture<>();
    CompletableFuture<HttpResponse<byte[]>> inFlight;
    try {
      inFlight = http.sendAsync(request.build(), BoundedBody.handler(MAX_BODY_BYTES));
    } catch (RuntimeException e) {
      result.completeExceptionally(new ApiException(ErrorMapping.fromThrowable(call, uri, e)));
      return result;
    }
    result.whenComplete(
        (value, failure) -> {
          if (result.isCancelled()) {
            inFlight.cancel(true);
          }
          if (failure instanceof ApiException api) {
            LOG.warning(() -> call.describe() + " failed: " + api.error().message());
          }
        });
    // The client's own timeout ends when the headers arrive; a body that stalls after them would
    // otherwise hold the call for ever. This deadline covers the whole answer.
    AtomicBoolean timedOut = new AtomicBoolean();
    CompletableFuture.delayedExecutor(call.timeout().toMillis(), TimeUnit.MILLISECONDS)
        .execute(
            () -> {
              if (!inFlight.isDone()) {
                timedOut.set(true);
                inFlight.cancel(true);
              }
            });
    inFlight.whenComplete(
        (response, failure) -> {
          Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
          String requestBody =
              payload == null
                  ? null
                  : secret ? Exchange.REDACTED_KEY : new String(payload, StandardCharsets.UTF_8);
          if (failure != null) {
            ApiError error =
                timedOut.get()
                    ? ErrorMapping.timeout(call, uri)
                    : failure instanceof java.util.concurrent.CancellationException
                            || result.isCancelled()
                        ? ApiError.transport(
                            ApiError.Kind.CANCELLED, call.describe() + " was cancelled.")
                        : ErrorMapping.fromThrowable(call, uri, failure);
            notify(
                new Exchange(
                    started, call.method(), uri, 0, took, error.kind().name(), requestBody));
            result.completeExceptionally(new ApiException(error));
            return;
          }
          int status = response.statusCode();
          byte[] bytes = response.body();
          if (status >= 200 && status < 300) {
            if (type == Void.class) {
              // Calls answered by status alone: whatever body comes along is not needed.
              notify(new Exchange(started, call.method(), uri, status, took, null, requestBody));
              result.complete(null);
              return;
            }
            try {
              T value = Json.read(bytes, type);
              if (value == null) {
                throw new IOException("null instead of an object");
              }
              notify(new Exchange(started, call.method(), uri, status, took, null, requestBody));
              result.complete(value);
            } catch (IOException | RuntimeException e) {
              ApiError error = ErrorMapping.badBody(call, status, bytes, e);
              notify(
                  new Exchange(
                      started, call.method(), uri, status, took, error.kind().name(), requestBody));
              result.completeExceptionally(new ApiException(error));
            }
          } else {
            ApiError error =
                ErrorMapping.fromResponse(
                    call, status, bytes, response.headers().firstValue("Location").orElse(null));
            notify(
                new Exchange(
                    started,
                    call.method(),
                    uri,
                    status,
                    took,
                    error.errorCode() != null ? error.errorCode() : null,
                    requestBody));
            result.completeExceptionally(new ApiException(error));
          }
        });
    return result;
  }

  private void notify(Exchange exchange) {
    // Method, address, status, time and error only: never a header or a body.
    LOG.log(
        exchange.status() >= 200 && exchange.status() < 300 ? Level.INFO : Level.WARNING,
        () ->
            exchange.method()
                + " "
                + exchange.uri()
                + " -> "
                + (exchange.status() == 0 ? "no answer" : String.valueOf(exchange.status()))
                + " in "
                + exchange.duration().toMillis()
                + " ms"
                + (exchange.errorCode() != null ? " (" + exchange.errorCode() + ")" : ""));
    for (Consumer<Exchange> listener : listeners) {
      try {
        listener.accept(exchange);
      } catch (RuntimeException e) {
        // A broken listener must not break the call.
      }
    }
  }

  private static String basicHeader(Credentials credentials) {
    if (!(credentials instanceof Credentials.Basic basic)) {
      return null;
    }
    char[] password = basic.password();
    String pair = basic.user() + ":" + new String(password);
    java.util.Arrays.fill(password, '\0');
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static KeyManager[] keyManagers(Credentials credentials) throws GeneralSecurityException {
    if (!(credentials instanceof Credentials.ClientCertificate client)) {
      return null;
    }
    char[] password = client.password();
    try (InputStream in = Files.newInputStream(client.pkcs12())) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(store, password);
      return factory.getKeyManagers();
    } catch (IOException e) {
      // The message of a wrong password is "keystore password was incorrect": no secret in it.
      throw new GeneralSecurityException(
          "the client certificate "
              + client.pkcs12().getFileName()
              + " could not be opened ("
              + e.getMessage()
              + ")");
    } finally {
      java.util.Arrays.fill(password, '\0');
    }
  }

  private static String version() {
    String version = ClusterClient.class.getPackage().getImplementationVersion();
    return version != null ? version : "dev";
  }
}
