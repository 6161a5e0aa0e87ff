package org.ocspconsole.stapling;

import java.util.List;

/**
 * One place to check: a database endpoint of the cluster or a {@code host:port} the user typed.
 *
 * @param label what the user sees, e.g. {@code orders (redis-12000.example.com:12000)}
 * @param database the database's name, or null for a typed address
 * @param host the DNS name clients use (SNI is sent for it), or an IP literal, or null
 * @param addresses the endpoint's addresses as the cluster lists them (its {@code addr}); tried
 *     when the name does not resolve from this workstation
 * @param port the TCP port
 * @param tls false for a database without TLS: nothing to staple, never connected to
 */
public record Target(
    String label, String database, String host, List<String> addresses, int port, boolean tls) {

  public Target {
    addresses = List.copyOf(addresses);
  }

  /** A {@code host:port} typed by the user: TLS is assumed, that is what is being checked. */
  public static Target typed(String host, int port) {
    return new Target(host + ":" + port, null, host, List.of(), port, true);
  }

  /** {@code host:port}, for the detail and the logs. */
  public String address() {
    return address(host, addresses, port);
  }

  static String address(String host, List<String> addresses, int port) {
    String shown = host != null ? host : addresses.isEmpty() ? "?" : addresses.get(0);
    return (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + port;
  }
}
