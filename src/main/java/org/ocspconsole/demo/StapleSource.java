package org.ocspconsole.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.bouncycastle.cert.ocsp.OCSPReq;

/**
 * Where the demo's TLS endpoints get the staples they serve: the cluster's cached OCSP answers, not
 * the responder itself, so that "responder down" or "slow" leaves the staples alone as it does on a
 * real cluster.
 *
 * <p>The JDK's TLS server fetches staples itself, from the URL in {@code
 * jdk.tls.stapling.responderURI} when {@code jdk.tls.stapling.responderOverride} is true. Both are
 * system properties read whenever a stapling server context first staples, so this source is one
 * per process, shared by every demo cluster in it; each registers the certificates it serves. They
 * concern TLS servers that staple only: the console's own client never reads them.
 */
final class StapleSource {
  private static final List<Function<BigInteger, Optional<byte[]>>> CLUSTERS =
      new CopyOnWriteArrayList<>();
  private static HttpServer server;

  private StapleSource() {}

  /**
   * Serves this cluster's staples from now on and points the JDK's stapling at this source.
   *
   * @param cluster the staple for a serial, empty when the cluster staples nothing, null when the
   *     serial is not this cluster's
   */
  static synchronized void register(Function<BigInteger, Optional<byte[]>> cluster)
      throws IOException {
    if (server == null) {
      NoDelay.beforeFirstServer();
      HttpServer created =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      created.createContext("/", StapleSource::handle);
      created.setExecutor(
          Executors.newCachedThreadPool(
              runnable -> {
                Thread thread = new Thread(runnable, "demo-staple-source");
                thread.setDaemon(true);
                return thread;
              }));
      created.start();
      server = created;
      System.setProperty(
          "jdk.tls.stapling.responderURI",
          "http://"
              + created.getAddress().getAddress().getHostAddress()
              + ":"
              + created.getAddress().getPort()
              + "/");
      System.setProperty("jdk.tls.stapling.responderOverride", "true");
    }
    CLUSTERS.add(cluster);
  }

  static void unregister(Function<BigInteger, Optional<byte[]>> cluster) {
    CLUSTERS.remove(cluster);
  }

  private static void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] der =
          exchange.getRequestMethod().equals("POST")
              ? RequestBodies.read(exchange)
              : DemoResponder.fromPath(
                  exchange
                      .getRequestURI()
                      .getRawPath()
                      .substring(exchange.getRequestURI().getRawPath().lastIndexOf('/') + 1));
      Optional<byte[]> staple = staple(der);
      if (staple != null && staple.isPresent()) {
        Answers.send(exchange, 200, "application/ocsp-response", staple.get());
      } else {
        // The TLS server then staples nothing.
        Answers.send(exchange, 503, "text/plain", "no staple".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static Optional<byte[]> staple(byte[] der) {
    if (der == null) {
      return null;
    }
    BigInteger serial;
    try {
      serial = new OCSPReq(der).getRequestList()[0].getCertID().getSerialNumber();
    } catch (IOException | RuntimeException e) {
      return null;
    }
    for (Function<BigInteger, Optional<byte[]>> cluster : CLUSTERS) {
      Optional<byte[]> staple = cluster.apply(serial);
      if (staple != null) {
        return staple;
      }
    }
    return null;
  }
}
