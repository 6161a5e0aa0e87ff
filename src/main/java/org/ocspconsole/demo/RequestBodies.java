package org.ocspconsole.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reading request bodies with a limit. A body over the limit is refused as a whole (never cut to a
 * prefix that could still parse and be applied); what follows it is read and thrown away, up to a
 * bound, so that the client has finished sending when the 413 arrives and the connection closes
 * cleanly instead of being reset under a client that is still writing.
 */
final class RequestBodies {
  /** The largest body the demo takes: a certificate chain and its key fit many times over. */
  static final int LIMIT = 64 * 1024;

  /** How much of a refused body is read and discarded before the connection is closed. */
  static final long DRAIN_LIMIT = 32L * 1024 * 1024;

  private RequestBodies() {}

  /** The body, or null when it is larger than {@link #LIMIT} (the rest is then drained). */
  static byte[] read(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    byte[] bytes = in.readNBytes(LIMIT + 1);
    if (bytes.length <= LIMIT) {
      return bytes;
    }
    drain(in, bytes.length);
    return null;
  }

  /** Reads and discards the rest of a body, up to {@link #DRAIN_LIMIT} in all. */
  private static void drain(InputStream in, long seen) throws IOException {
    byte[] sink = new byte[16 * 1024];
    long total = seen;
    while (total < DRAIN_LIMIT) {
      int n = in.read(sink, 0, (int) Math.min(sink.length, DRAIN_LIMIT - total));
      if (n < 0) {
        break;
      }
      total += n;
    }
  }
}
