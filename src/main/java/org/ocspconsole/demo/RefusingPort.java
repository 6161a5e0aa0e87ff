package org.ocspconsole.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port that refuses every connection for as long as it is held.
 *
 * <p>A port merely bound and released is not enough: the next server to bind port 0 may be handed
 * that very port, and then the "unreachable" address answers. This holds a socket bound to the port
 * but never listening, without address reuse, so connections to it are refused and no other socket
 * can take the port until {@link #close()}.
 */
public final class RefusingPort implements AutoCloseable {
  private final Socket socket;

  private RefusingPort(Socket socket) {
    this.socket = socket;
  }

  /** A port the system chooses. */
  public static RefusingPort open() throws IOException {
    return at(0);
  }

  /** A given port, for an address that answered before and must now refuse. */
  public static RefusingPort at(int port) throws IOException {
    Socket socket = new Socket();
    try {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return new RefusingPort(socket);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  public int port() {
    return socket.getLocalPort();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing was ever sent on it; the port is released either way.
    }
  }
}
