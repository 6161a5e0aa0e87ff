package org.ocspconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class RefusingPortTest {
  @Test
  void connectionsAreRefusedWhileItIsHeld() throws IOException {
    try (RefusingPort refusing = RefusingPort.open()) {
      assertThat(refusing.port()).isPositive();
      assertThatThrownBy(() -> connect(refusing.port())).isInstanceOf(ConnectException.class);
    }
  }

  @Test
  void noServerCanTakeThePortWhileItIsHeld() throws IOException {
    try (RefusingPort refusing = RefusingPort.open()) {
      assertThatThrownBy(() -> new ServerSocket(refusing.port(), 1, loopback()).close())
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void closingReleasesThePortAndAGivenPortCanBeHeldAgain() throws IOException {
    int port;
    try (RefusingPort refusing = RefusingPort.open()) {
      port = refusing.port();
    }
    try (ServerSocket server = new ServerSocket(port, 1, loopback())) {
      assertThat(server.getLocalPort()).isEqualTo(port);
    }
    try (RefusingPort again = RefusingPort.at(port)) {
      assertThat(again.port()).isEqualTo(port);
      assertThatThrownBy(() -> connect(port)).isInstanceOf(ConnectException.class);
    }
  }

  private static void connect(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(loopback(), port), 2000);
    }
  }

  private static InetAddress loopback() {
    return InetAddress.getLoopbackAddress();
  }
}
