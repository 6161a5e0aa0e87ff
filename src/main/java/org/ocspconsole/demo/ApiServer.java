package org.ocspconsole.demo;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The demo cluster's REST API server: HTTPS with the cluster's keys, optionally asking for client
 * certificates, restartable on the same port when the certificate changes.
 */
final class ApiServer {
  private final ServerKeys keys;
  private final X509Certificate clientCa;
  private final String[] protocols;
  private final HttpHandler handler;
  private final ExecutorService executor;
  private volatile HttpsServer server;

  /**
   * @param clientCa the CA whose client certificates are accepted, or null for none
   * @param protocols the TLS versions spoken, or null for the JDK's
   */
  ApiServer(
      InetSocketAddress address,
      ServerKeys keys,
      X509Certificate clientCa,
      String[] protocols,
      HttpHandler handler)
      throws IOException {
    this.keys = keys;
    this.clientCa = clientCa;
    this.protocols = protocols;
    this.handler = handler;
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "demo-cluster-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.server = listen(address);
  }

  void start() {
    server.start();
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * Starts anew on the same port with the keys' current certificate: every open connection closes
   * and the next one shakes hands anew.
   */
  synchronized void restart() {
    InetSocketAddress address = server.getAddress();
    server.stop(0);
    try {
      server = listen(address);
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException("the demo cluster could not restart on " + address, e);
    }
  }

  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  /**
   * A new server, with a TLS context of its own: a restarted server remembers no TLS session of the
   * old one, so no client can resume its way past a new certificate.
   */
  private HttpsServer listen(InetSocketAddress address) throws IOException {
    SSLContext tls;
    try {
      tls = SSLContext.getInstance("TLS");
      tls.init(keys.keyManagers(), clientCa == null ? null : ClientTrust.trusting(clientCa), null);
    } catch (GeneralSecurityException e) {
      throw new IOException("the demo cluster's TLS set-up failed", e);
    }
    NoDelay.beforeFirstServer();
    HttpsServer created = HttpsServer.create(address, 64);
    created.setHttpsConfigurator(configurator(tls));
    created.createContext("/", handler);
    created.setExecutor(executor);
    return created;
  }

  private HttpsConfigurator configurator(SSLContext tls) {
    return new HttpsConfigurator(tls) {
      @Override
      public void configure(HttpsParameters params) {
        SSLParameters parameters = getSSLContext().getDefaultSSLParameters();
        if (protocols != null) {
          parameters.setProtocols(protocols);
        }
        if (clientCa != null) {
          parameters.setWantClientAuth(true);
        }
        params.setSSLParameters(parameters);
      }
    };
  }
}
