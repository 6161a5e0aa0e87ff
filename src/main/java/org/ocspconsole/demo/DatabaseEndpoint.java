package org.ocspconsole.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A database endpoint of the demo cluster on loopback: it speaks TLS (stapling when the cluster
 * does) or plain TCP, answers nothing, and records what each client sends. The TLS context is asked
 * for anew on every connection, so a changed drill applies to the next client.
 */
final class DatabaseEndpoint implements AutoCloseable {
  /** How long a client may keep a connection open without sending anything. */
  private static final int IDLE_MILLIS = 10_000;

  private final String database;
  private final Supplier<SSLContext> tls;
  private final ServerSocket server;
  private final List<EndpointConnection> log;
  private final ExecutorService executor;
  private volatile boolean closed;
  private final java.util.concurrent.CountDownLatch acceptEnded =
      new java.util.concurrent.CountDownLatch(1);

  /**
   * @param tls the context for the next connection, or null for a plain-text endpoint
   */
  DatabaseEndpoint(
      String database,
      Supplier<SSLContext> tls,
      ExecutorService executor,
      List<EndpointConnection> log)
      throws IOException {
    this.database = database;
    this.tls = tls;
    this.executor = executor;
    this.log = log;
    this.server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    executor.execute(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  String database() {
    return database;
  }

  boolean tls() {
    return tls != null;
  }

  private void accept() {
    try {
      acceptLoop();
    } finally {
      acceptEnded.countDown();
    }
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket client = server.accept();
        try {
          executor.execute(() -> serve(client));
        } catch (RejectedExecutionException stopping) {
          // The endpoint was closed between accept and hand-over: drop the connection quietly.
          try {
            client.close();
          } catch (IOException ignored) {
            // nothing left to tell a client the demo has already stopped serving
          }
          return;
        }
      } catch (IOException e) {
        if (!closed) {
          continue;
        }
        return;
      }
    }
  }

  private void serve(Socket raw) {
    EndpointConnection connection = new EndpointConnection(database, port(), tls != null);
    log.add(connection);
    try (raw) {
      raw.setSoTimeout(IDLE_MILLIS);
      if (tls == null) {
        servePlain(raw, connection);
        return;
      }
      try (SSLSocket socket =
          (SSLSocket) tls.get().getSocketFactory().createSocket(raw, null, true)) {
        socket.startHandshake();
        connection.handshake(socket.getSession().getProtocol());
        drain(socket.getInputStream(), connection);
      }
    } catch (IOException | RuntimeException e) {
      connection.failed(e);
    } finally {
      connection.finish();
    }
  }

  /**
   * A plain-text endpoint answers what is not a Redis command, a TLS ClientHello first, as Redis
   * does: a protocol error, then the connection is closed. A TLS client sees its handshake fail.
   */
  private static void servePlain(Socket raw, EndpointConnection connection) throws IOException {
    byte[] buffer = new byte[4096];
    int count = raw.getInputStream().read(buffer);
    if (count <= 0) {
      return;
    }
    connection.received(buffer, count);
    int first = buffer[0] & 0xff;
    if (first != '*' && (first < 0x20 || first > 0x7e)) {
      raw.getOutputStream()
          .write("-ERR Protocol error: expected '*'\r\n".getBytes(StandardCharsets.US_ASCII));
      return;
    }
    drain(raw.getInputStream(), connection);
  }

  /** Reads until the client closes: a real endpoint would read a Redis command here. */
  private static void drain(InputStream in, EndpointConnection connection) throws IOException {
    byte[] buffer = new byte[4096];
    int count;
    while ((count = in.read(buffer)) >= 0) {
      connection.received(buffer, count);
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      // already closed
    }
    // The JDK closes a listening socket only once the thread blocked in accept() has left it:
    // until then the port still takes connections. Wait for it, so a closed endpoint refuses.
    try {
      acceptEnded.await(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
