package org.ocspconsole.stapling;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ocspconsole.pki.OcspReading;
import org.ocspconsole.pki.OcspReading.ResponseStatus;
import org.ocspconsole.pki.OcspRequests;
import org.ocspconsole.pki.OcspResponses;

/**
 * Asks an OCSP responder about one certificate as RFC 6960 appendix A says: an HTTP POST of the DER
 * request with a nonce, bounded in time and size, no credentials, no redirects followed.
 */
final class ResponderQuery {
  /** Far above any real OCSP answer (a few KiB with a responder chain). */
  static final int MAX_BYTES = 64 * 1024;

  private final HttpClient http;
  private final Duration timeout;

  ResponderQuery(HttpClient http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  ResponderReport ask(
      String url,
      X509Certificate subject,
      X509Certificate issuer,
      Instant now,
      Cancellation cancellation) {
    List<String> detail = new ArrayList<>();
    URI uri;
    try {
      uri = URI.create(url);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new IllegalArgumentException("not an HTTP URL");
      }
    } catch (IllegalArgumentException e) {
      return ResponderReport.failed(
          url, 0, null, "the responder URL is not an HTTP URL", List.of("URL: " + url));
    }
    OcspRequests.Built request;
    try {
      request = OcspRequests.build(subject, issuer, true);
    } catch (IOException e) {
      return ResponderReport.failed(
          url, 0, null, "no request could be built", List.of(e.getMessage()));
    }
    detail.add(
        "Asked "
            + url
            + " by HTTP POST about serial "
            + subject.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT)
            + " (SHA-1 CertID, with a nonce), waiting at most "
            + Ages.limit(timeout)
            + ".");
    long start = System.nanoTime();
    HttpResponse<byte[]> response;
    java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> inFlight =
        http.sendAsync(
            HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/ocsp-request")
                .header("Accept", "application/ocsp-response")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.der()))
                .build(),
            BoundedBytes.handler(MAX_BYTES));
    java.io.Closeable stop = () -> inFlight.cancel(true);
    cancellation.register(stop);
    try {
      // The client's own timeout ends with the headers; this one covers the whole answer.
      response = inFlight.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      inFlight.cancel(true);
      return failed(
          url, start, "the responder did not answer within " + Ages.limit(timeout), detail);
    } catch (java.util.concurrent.ExecutionException e) {
      return failed(url, start, why(e.getCause(), timeout), detail);
    } catch (java.util.concurrent.CancellationException e) {
      return failed(url, start, "cancelled", detail);
    } catch (InterruptedException e) {
      inFlight.cancel(true);
      Thread.currentThread().interrupt();
      return failed(url, start, "cancelled", detail);
    } finally {
      cancellation.unregister(stop);
    }
    Instant receivedAt = Instant.now();
    Duration latency = Duration.ofNanos(System.nanoTime() - start);
    int status = response.statusCode();
    byte[] body = response.body();
    detail.add(
        "HTTP "
            + status
            + " in "
            + Ages.millis(latency)
            + ", "
            + body.length
            + " bytes, "
            + response.headers().firstValue("Content-Type").orElse("no Content-Type")
            + ".");
    if (status != 200) {
      return ResponderReport.failed(
          url, status, latency, "the responder answered HTTP " + status, detail);
    }
    OcspReading reading = OcspResponses.read(body, subject, issuer, request.nonce());
    return judge(url, status, latency, receivedAt, reading, now, detail);
  }

  private static ResponderReport judge(
      String url,
      int status,
      Duration latency,
      Instant receivedAt,
      OcspReading reading,
      Instant now,
      List<String> detail) {
    if (reading.responseStatus() != ResponseStatus.SUCCESSFUL) {
      detail.addAll(reading.problems());
      return new ResponderReport(
          url,
          status,
          latency,
          receivedAt,
          reading,
          "answered \u201c"
              + reading.responseStatus().words()
              + "\u201d in "
              + Ages.millis(latency),
          false,
          detail);
    }
    detail.add(
        (reading.certStatus() == null
                ? "No status for this certificate"
                : "Status " + reading.certStatus())
            + "; produced "
            + StapleJudge.when(reading.producedAt(), now)
            + "; thisUpdate "
            + StapleJudge.when(reading.thisUpdate(), now)
            + "; nextUpdate "
            + (reading.nextUpdate() == null
                ? "missing"
                : StapleJudge.when(reading.nextUpdate(), now))
            + ".");
    detail.add(
        "Signature: "
            + reading.signature().words()
            + (reading.signer() != null ? " (" + reading.signer() + ")" : "")
            + ".");
    detail.add("Nonce: " + reading.nonce().words() + ".");
    reading.problems().forEach(problem -> detail.add("Problem: " + problem + "."));
    boolean expired = reading.expiredAt(now);
    if (expired) {
      detail.add("Problem: the answer is already past its nextUpdate.");
    }
    boolean ok = reading.trustworthy() && !expired;
    String summary =
        (reading.certStatus() == null ? "no status" : reading.certStatus().name())
            + " in "
            + Ages.millis(latency)
            + (reading.signature().trusted()
                ? ", " + shortSigner(reading)
                : ", signature NOT trusted")
            + (reading.nonce() == OcspReading.NonceCheck.ECHOED ? ", nonce echoed" : "")
            + (expired ? ", already expired" : "");
    return new ResponderReport(url, status, latency, receivedAt, reading, summary, ok, detail);
  }

  private static String why(Throwable cause, Duration timeout) {
    if (cause instanceof HttpConnectTimeoutException) {
      return "the responder did not accept a connection within " + Ages.limit(timeout);
    }
    if (cause instanceof HttpTimeoutException) {
      return "the responder did not answer within " + Ages.limit(timeout);
    }
    if (cause instanceof ConnectException) {
      return "the responder refused the connection (is it down?)";
    }
    String message = cause == null ? null : cause.getMessage();
    return "the responder could not be reached: "
        + (message != null
            ? message
            : cause == null ? "unknown" : cause.getClass().getSimpleName());
  }

  private static String shortSigner(OcspReading reading) {
    return reading.signature() == OcspReading.SignatureCheck.ISSUER
        ? "signed by the issuer"
        : "signed by a delegated responder";
  }

  private static ResponderReport failed(
      String url, long start, String summary, List<String> detail) {
    detail.add(capital(summary) + ".");
    return ResponderReport.failed(
        url, 0, Duration.ofNanos(System.nanoTime() - start), summary, detail);
  }

  private static String capital(String text) {
    return text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
  }
}
