package org.ocspconsole.stapling;

import java.util.ArrayList;
import java.util.List;
import org.ocspconsole.api.Database;

/** The places a check connects to: the cluster's database endpoints and typed addresses. */
public final class Targets {
  private Targets() {}

  /** One target per endpoint of every database, in the cluster's order. */
  public static List<Target> of(List<Database> databases) {
    List<Target> targets = new ArrayList<>();
    for (Database database : databases) {
      String name = database.name() != null ? database.name() : "database " + database.uid();
      for (Database.Endpoint endpoint : database.endpoints()) {
        if (endpoint.port() == null) {
          continue;
        }
        String host =
            endpoint.dnsName() != null && !endpoint.dnsName().isBlank() ? endpoint.dnsName() : null;
        targets.add(
            new Target(
                name + " (" + Target.address(host, endpoint.addr(), endpoint.port()) + ")",
                name,
                host,
                endpoint.addr(),
                endpoint.port(),
                database.clientTls()));
      }
    }
    return targets;
  }

  /**
   * A typed {@code host:port} ({@code [v6]:port} for IPv6).
   *
   * @throws IllegalArgumentException with a message for the user
   */
  public static Target parse(String text) {
    String value = text == null ? "" : text.trim();
    if (value.isEmpty()) {
      throw new IllegalArgumentException(
          "Type host:port, for example redis-12000.example.com:12000.");
    }
    int colon = value.lastIndexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw new IllegalArgumentException(
          "Add the port: host:port, for example db.example.com:12000.");
    }
    String host = value.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    } else if (host.contains(":")) {
      throw new IllegalArgumentException("Write an IPv6 address in brackets: [2001:db8::1]:12000.");
    }
    if (host.isBlank() || host.contains("/") || host.contains(" ") || host.contains("@")) {
      throw new IllegalArgumentException("\u201c" + host + "\u201d is not a host name or address.");
    }
    int port;
    try {
      port = Integer.parseInt(value.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("The port is a whole number from 1 to 65535.");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("The port is a whole number from 1 to 65535.");
    }
    return Target.typed(host, port);
  }
}
