package org.ocspconsole.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import org.ocspconsole.log.Logs;

/**
 * The HTTP side of {@link ClusterClient}: the TLS context, the Authorization header, answers
 * bounded in size and in time (the whole answer, not only its headers), the typed error of every
 * failure, and a report of each exchange. It knows nothing of what the calls mean.
 */
final class Transport {
  private static final String USER_AGENT = "OCSP-Console/" + version();
  private static final Logger LOG = Logs.get(ClusterClient.class);
  private static final long MAX_BODY_BYTES = ClusterClient.MAX_BODY_BYTES;

  private final ClusterConnection connection;
  private final HttpClient http;
  private final List<Consumer<Exchange>> listeners = new CopyOnWriteArrayList<>();
  private volatile boolean closed;
  private volatile ServerDate serverDate;

  private final TrustManager trust;

  private Transport(ClusterConnection connection, HttpClient http, TrustManager trust) {
    this.connection = connection;
    this.http = http;
    this.trust = trust;
  }

  /** For a pinned connection, the pinned certificate as the server presented it last. */
  java.util.Optional<java.security.cert.X509Certificate> pinnedCertificate() {
    return TrustManagers.pinnedCertificate(trust);
  }

  /**
   * Builds the TLS context; fails with a {@link ApiError.Kind#LOCAL} error for a bad client
   * certificate.
   */
  static Transport create(ClusterConnection connection) throws ApiException {
    return over(connection, Tls.build(connection, null));
  }

  /** A transport over an HTTP client that others may share (see {@link ClientPool}). */
  static Transport over(ClusterConnection connection, Tls tls) {
    return new Transport(connection, tls.http(), tls.trust());
  }

  /** One TLS context and the HTTP client (and its connection pool) built on it. */
  record Tls(HttpClient http, TrustManager trust) {
    /**
     * @param httpWork where the HTTP client does its TLS work and hands on answers, or null for a
     *     pool of the client's own (see {@link ClientPool})
     */
    static Tls build(ClusterConnection connection, Executor httpWork) throws ApiException {
      try {
        SSLContext tls = SSLContext.getInstance("TLS");
        TrustManager trust = TrustManagers.forSettings(connection.trust());
        tls.init(
            Authentication.keyManagers(connection.credentials()), new TrustManager[] {trust}, null);
        SSLParameters parameters = tls.getDefaultSSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        HttpClient.Builder http =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connection.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(tls)
                .sslParameters(parameters);
        if (httpWork != null) {
          http.executor(httpWork);
        }
        return new Tls(http.build(), trust);
      } catch (GeneralSecurityException e) {
        throw new ApiException(
            ApiError.transport(
                ApiError.Kind.LOCAL, "The TLS settings could not be prepared: " + e.getMessage()));
      }
    }
  }

  void addListener(Consumer<Exchange> listener) {
    listeners.add(listener);
  }

  void removeListener(Consumer<Exchange> listener) {
    listeners.remove(listener);
  }

  /** From now on nothing is sent: the credentials are about to be wiped. */
  void close() {
    closed = true;
  }

  /** With {@code secret}, the body (a private key) never reaches an {@link Exchange}. */
  <T> CompletableFuture<T> send(Call call, Object body, Class<T> type, boolean secret) {
    if (closed) {
      return CompletableFuture.failedFuture(new ClosedConnectionException(call.describe()));
    }
    URI uri = connection.baseUri().resolve(call.path());
    byte[] payload = body == null ? null : Json.write(body);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(call.timeout())
            .header("Accept", "application/json")
            .header("User-Agent", USER_AGENT);
    // Built now, for this request only: no header outlives the request that carries it.
    String authorization = Authentication.basicHeader(connection.credentials());
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
                        ? ApiError.cancelled(call.describe())
                        : ErrorMapping.fromThrowable(call, uri, failure);
            notify(
                new Exchange(
                    started, call.method(), uri, 0, took, error.kind().name(), requestBody));
            result.completeExceptionally(new ApiException(error));
            return;
          }
          int status = response.statusCode();
          byte[] bytes = response.body();
          noteDate(response);
          try {
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
                        started,
                        call.method(),
                        uri,
                        status,
                        took,
                        error.kind().name(),
                        requestBody));
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
          } finally {
            // Answers can carry secrets beside what was read (keys, passwords): wipe our copy.
            java.util.Arrays.fill(bytes, (byte) 0);
          }
        });
    return result;
  }

  java.util.Optional<ServerDate> serverDate() {
    return java.util.Optional.ofNullable(serverDate);
  }

  private void noteDate(HttpResponse<?> response) {
    Instant arrived = Instant.now();
    response
        .headers()
        .firstValue("Date")
        .flatMap(value -> HttpTime.parse(value).value())
        .ifPresent(date -> serverDate = new ServerDate(date, arrived));
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

  private static String version() {
    String version = ClusterClient.class.getPackage().getImplementationVersion();
    return version != null ? version : "dev";
  }
}
