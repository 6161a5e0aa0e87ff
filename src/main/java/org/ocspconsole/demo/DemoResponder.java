package org.ocspconsole.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo CA's OCSP responder over plain HTTP on loopback (RFC 6960 appendix A: POST of the DER
 * request, or GET of its base64 in the path), and the CA certificate for the caIssuers URL.
 *
 * <p>The proxy certificate must name the responder's URL from the very start, but the console's
 * start-up must not pay for a second server: the port is only reserved (a bound socket, no thread)
 * until the stapling part of the demo starts.
 */
final class DemoResponder implements AutoCloseable {
  static final String CA_PATH = "demo-ca.crt";
  private static final Logger LOG = Logger.getLogger(DemoResponder.class.getName());

  /** Answers an OCSP request; serves the CA certificate. */
  interface Answerer {
    byte[] answer(byte[] request);

    byte[] caCertificate();
  }

  private final InetSocketAddress address;
  private ServerSocket reservation;
  private HttpServer server;
  private Answerer answerer;
  private ExecutorService executor;
  private StapleSwitches switches;
  private final AtomicInteger requests = new AtomicInteger();

  private DemoResponder(ServerSocket reservation) {
    this.reservation = reservation;
    this.address = new InetSocketAddress(reservation.getInetAddress(), reservation.getLocalPort());
  }

  /** Binds a free loopback port for the responder, without serving yet. */
  static DemoResponder reserve() throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
    return new DemoResponder(socket);
  }

  String url() {
    return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/";
  }

  /** Serves from now on, unless the drill has the responder down. */
  synchronized void start(Answerer answers, StapleSwitches drills, ExecutorService threads) {
    this.answerer = answers;
    this.switches = drills;
    this.executor = threads;
    follow();
  }

  /** Goes down or comes back as the drill says. */
  synchronized void follow() {
    if (answerer == null) {
      return;
    }
    boolean down = switches.responderDown();
    if (down) {
      if (server != null) {
        server.stop(0);
        server = null;
      }
      closeReservation(); // refused, not left hanging in the backlog
    } else if (server == null) {
      try {
        closeReservation();
        NoDelay.beforeFirstServer();
        HttpServer created = HttpServer.create(address, 50);
        created.createContext("/", this::handle);
        created.setExecutor(executor);
        created.start();
        server = created;
      } catch (IOException e) {
        // Another program took the port while it was free: the responder stays down.
        LOG.log(Level.WARNING, "the demo responder cannot listen on " + address, e);
      }
    }
  }

  int requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      Answers.pause(switches.responderDelay().toMillis());
      String path = exchange.getRequestURI().getRawPath();
      String method = exchange.getRequestMethod();
      if (method.equals("GET") && path.equals("/" + CA_PATH)) {
        Answers.send(exchange, 200, "application/pkix-cert", answerer.caCertificate());
        return;
      }
      if (switches.responderUnavailable()) {
        exchange.getResponseHeaders().set("Retry-After", "60");
        Answers.send(
            exchange, 503, "text/plain", "Service Unavailable".getBytes(StandardCharsets.UTF_8));
        return;
      }
      byte[] request;
      if (method.equals("POST")) {
        request = RequestBodies.read(exchange);
        if (request == null) {
          request = new byte[0]; // far larger than any OCSP request: answered malformedRequest
        }
      } else if (method.equals("GET") && path.length() > 1) {
        request = fromPath(path.substring(path.lastIndexOf('/') + 1));
      } else {
        exchange.getResponseHeaders().set("Allow", "GET, POST");
        Answers.send(
            exchange, 405, "text/plain", "use GET or POST".getBytes(StandardCharsets.UTF_8));
        return;
      }
      Answers.send(exchange, 200, "application/ocsp-response", answerer.answer(request));
    }
  }

  /** The path segment of a GET: the request's base64, URL-encoded. */
  static byte[] fromPath(String segment) {
    try {
      return Base64.getDecoder().decode(URLDecoder.decode(segment, StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
    closeReservation();
    answerer = null;
  }

  private void closeReservation() {
    if (reservation != null) {
      try {
        reservation.close();
      } catch (IOException e) {
        // closing a listening socket that nothing used
      }
      reservation = null;
    }
  }
}
