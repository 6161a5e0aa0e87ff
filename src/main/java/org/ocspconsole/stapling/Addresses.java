package org.ocspconsole.stapling;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Where to connect for a target: what its DNS name resolves to from here (within the lookup's wait,
 * see {@link NameLookups}), then the addresses the cluster lists for the endpoint.
 */
final class Addresses {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private Addresses() {}

  /**
   * Where to connect, in order, and why the name gave no address.
   *
   * @param candidates the name's addresses first, then the endpoint's own not among them
   * @param fromName how many of the first candidates the DNS name gave (an IP literal as host
   *     counts as none)
   * @param problem why the name gave none, or null
   */
  record Resolved(List<InetSocketAddress> candidates, int fromName, String problem) {}

  /**
   * @param lookup the lookup of the target's DNS name; null when the host is an IP literal or none
   */
  static Resolved resolve(Target target, NameLookups.Lookup lookup, long deadline) {
    Set<InetSocketAddress> found = new LinkedHashSet<>();
    String problem = null;
    String host = target.host();
    if (host != null && !host.isBlank()) {
      if (isIpLiteral(host)) {
        found.add(new InetSocketAddress(literal(host), target.port()));
      } else if (lookup != null) {
        try {
          long wait = Math.min(lookup.millisLeft(), HandshakeProbe.millisLeft(deadline));
          for (InetAddress address : lookup.answer().get(wait, TimeUnit.MILLISECONDS)) {
            found.add(new InetSocketAddress(address, target.port()));
          }
        } catch (TimeoutException e) {
          problem = "the name " + host + " did not resolve within " + Ages.limit(lookup.allowed());
        } catch (ExecutionException e) {
          problem = "the name " + host + " does not resolve from this workstation";
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          problem = "interrupted";
        }
      }
    }
    // Counted before the listed addresses join: a name usually resolves to the very addresses the
    // cluster lists, and those connections are still made through the name.
    int fromName = hasName(target) ? found.size() : 0;
    for (String address : target.addresses()) {
      if (isIpLiteral(address)) {
        found.add(new InetSocketAddress(literal(address), target.port()));
      }
    }
    if (found.isEmpty() && problem == null) {
      problem = "the endpoint has neither a DNS name nor an address";
    }
    return new Resolved(List.copyOf(found), fromName, problem);
  }

  /** Whether the target's host is a name to look up (not an IP literal, not missing). */
  static boolean hasName(Target target) {
    return target.host() != null && !target.host().isBlank() && !isIpLiteral(target.host());
  }

  static boolean isIpLiteral(String text) {
    if (text == null) {
      return false;
    }
    String bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    return IPV4.matcher(bare).matches() || (bare.contains(":") && bare.matches("[0-9A-Fa-f:.%]+"));
  }

  static InetAddress literal(String text) {
    String bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    try {
      return InetAddress.getByName(bare); // a literal is parsed, never looked up
    } catch (IOException e) {
      throw new IllegalArgumentException("not an address: " + text, e);
    }
  }
}
