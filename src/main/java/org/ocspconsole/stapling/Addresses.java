package org.ocspconsole.stapling;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Where to connect for a target: what its DNS name resolves to from here (within {@link #DNS_WAIT},
 * the lookup runs apart so a slow resolver holds no probe past it), then the addresses the cluster
 * lists for the endpoint.
 */
final class Addresses {
  /** How long the endpoint's DNS name may take to resolve before its addr is used instead. */
  static final Duration DNS_WAIT = Duration.ofSeconds(2);

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final ExecutorService RESOLVER =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "staple-dns");
            thread.setDaemon(true);
            return thread;
          });

  private Addresses() {}

  /**
   * Fills {@code candidates}: the name's addresses first, then the endpoint's own. Answers why the
   * name gave none, or null.
   */
  static String resolve(Target target, long deadline, List<InetSocketAddress> candidates) {
    Set<InetSocketAddress> found = new LinkedHashSet<>();
    String problem = null;
    String host = target.host();
    if (host != null && !host.isBlank()) {
      if (isIpLiteral(host)) {
        found.add(new InetSocketAddress(literal(host), target.port()));
      } else {
        Future<InetAddress[]> lookup = RESOLVER.submit(() -> InetAddress.getAllByName(host));
        try {
          long wait = Math.min(DNS_WAIT.toMillis(), HandshakeProbe.millisLeft(deadline));
          for (InetAddress address : lookup.get(wait, TimeUnit.MILLISECONDS)) {
            found.add(new InetSocketAddress(address, target.port()));
          }
        } catch (TimeoutException e) {
          lookup.cancel(true);
          problem = "the name " + host + " did not resolve within " + DNS_WAIT.toSeconds() + " s";
        } catch (ExecutionException e) {
          problem = "the name " + host + " does not resolve from this workstation";
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          problem = "interrupted";
        }
      }
    }
    for (String address : target.addresses()) {
      if (isIpLiteral(address)) {
        found.add(new InetSocketAddress(literal(address), target.port()));
      }
    }
    candidates.addAll(found);
    if (candidates.isEmpty() && problem == null) {
      problem = "the endpoint has neither a DNS name nor an address";
    }
    return problem;
  }

  static int dnsCount(Target target, List<InetSocketAddress> candidates) {
    if (target.host() == null || isIpLiteral(target.host())) {
      return 0;
    }
    int listed = 0;
    for (String address : target.addresses()) {
      if (isIpLiteral(address)) {
        listed++;
      }
    }
    return Math.max(0, candidates.size() - listed);
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
