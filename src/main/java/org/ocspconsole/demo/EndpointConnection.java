package org.ocspconsole.demo;

import java.util.HexFormat;

/**
 * One client connection to a demo database endpoint, as the endpoint saw it: whether the TLS
 * handshake completed, and every byte that arrived after it. A staple check must leave the last at
 * zero: no credential, no command.
 */
public final class EndpointConnection {
  private static final int KEPT = 64;

  private final String database;
  private final int port;
  private final boolean tls;
  private volatile String protocol;
  private volatile String failure;
  private volatile long bytesAfterHandshake;
  private final StringBuilder firstBytes = new StringBuilder();
  private volatile boolean finished;

  EndpointConnection(String database, int port, boolean tls) {
    this.database = database;
    this.port = port;
    this.tls = tls;
  }

  public String database() {
    return database;
  }

  public int port() {
    return port;
  }

  public boolean tls() {
    return tls;
  }

  /** The TLS version once the handshake completed; null before, after a failure and without TLS. */
  public String protocol() {
    return protocol;
  }

  public boolean handshakeCompleted() {
    return protocol != null;
  }

  /** Why the connection failed (a handshake error), or null. */
  public String failure() {
    return failure;
  }

  /** Application bytes received after the handshake (for a plain endpoint: every byte). */
  public long bytesAfterHandshake() {
    return bytesAfterHandshake;
  }

  /** The first of those bytes in hex, for a failing test to show what arrived. */
  public synchronized String firstBytesHex() {
    return firstBytes.toString();
  }

  public boolean finished() {
    return finished;
  }

  void handshake(String negotiated) {
    this.protocol = negotiated;
  }

  synchronized void received(byte[] buffer, int count) {
    bytesAfterHandshake += count;
    int room = KEPT * 2 - firstBytes.length();
    if (room > 0) {
      firstBytes.append(HexFormat.of().formatHex(buffer, 0, Math.min(count, room / 2)));
    }
  }

  void failed(Exception e) {
    this.failure = e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  synchronized void finish() {
    finished = true;
    notifyAll();
  }

  /** Waits until the connection has ended, at most {@code timeout}. */
  public synchronized boolean awaitFinishedForTests(java.time.Duration timeout)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeout.toMillis();
    while (!finished) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return true;
  }

  @Override
  public String toString() {
    return database
        + ":"
        + port
        + (tls ? " tls " + protocol : " plain")
        + ", "
        + bytesAfterHandshake
        + " bytes after the handshake"
        + (failure != null ? ", " + failure : "");
  }
}
