package org.ocspconsole.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.Fingerprints;
import org.ocspconsole.pki.IssuedCertificate;

/**
 * An HTTPS server on loopback that answers every request with one canned response, for the answers
 * a well-behaved cluster (and so the demo) never gives: wrong JSON types, redirects, unknown
 * statuses, oversized bodies.
 */
final class StubServer implements AutoCloseable {
  record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    static Answer json(int status, String body) {
      return new Answer(
          status, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }
  }

  private final HttpsServer server;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(r, "stub-server");
            thread.setDaemon(true);
            return thread;
          });
  private final IssuedCertificate certificate;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile Answer answer = Answer.json(200, "{}");
  private volatile String lastRequest;

  StubServer() throws IOException, GeneralSecurityException {
    certificate = CertificateBuilder.create().subject("CN=stub").ipAddresses("127.0.0.1").build();
    char[] password = "stub".toCharArray();
    KeyStore store = certificate.keyStore("stub", password);
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, password);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keys.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  StubServer answer(Answer next) {
    this.answer = next;
    return this;
  }

  int requests() {
    return requests.get();
  }

  /** The method and the request target (path and query, as sent) of the latest request. */
  String lastRequest() {
    return lastRequest;
  }

  ClusterClient client() throws ApiException {
    return ClusterClient.create(
        ClusterConnection.of(
            URI.create("https://127.0.0.1:" + server.getAddress().getPort()),
            new Credentials.Basic("admin", "stub-password".toCharArray()),
            TrustSettings.pinned(Fingerprints.sha256(certificate.certificate()))));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      lastRequest = exchange.getRequestMethod() + " " + exchange.getRequestURI().toString();
      exchange.getRequestBody().readAllBytes();
      Answer current = answer;
      exchange.getResponseHeaders().set("Content-Type", current.contentType());
      current.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      exchange.sendResponseHeaders(
          current.status(), current.body().length == 0 ? -1 : current.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(current.body());
      } catch (IOException e) {
        // The client may hang up mid-body (an oversized answer); nothing to do.
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
