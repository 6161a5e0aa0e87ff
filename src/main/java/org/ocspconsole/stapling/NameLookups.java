package org.ocspconsole.stapling;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The lookups of endpoints' DNS names. A check starts them all as it begins, beside the handshakes:
 * a name the resolver is slow on then holds none of the handshake places, and a slow resolver costs
 * the check one {@link #DNS_WAIT}, not one per round of {@link StapleCheck#PARALLEL}. A lookup
 * still running is shared: a later check, or another endpoint with the same name, joins it and
 * waits only for what is left of its wait. A new lookup would not help: the JDK makes it wait for
 * the running one, and a resolver that lost a query answers only after its retry (5 s later with
 * glibc).
 */
final class NameLookups {
  /** How long an endpoint's DNS name may take to resolve before its addr is used instead. */
  static final Duration DNS_WAIT = Duration.ofSeconds(2);

  /** The system's lookups, for every check of this process. */
  static final NameLookups SYSTEM = new NameLookups(NameLookups::system, DNS_WAIT);

  /** Starts resolving one name and answers at once; the future completes with the addresses. */
  interface Resolver {
    CompletableFuture<InetAddress[]> resolve(String host);
  }

  /** One name's lookup and when it began: the name is given the wait from then, once. */
  record Lookup(CompletableFuture<InetAddress[]> answer, long startedNanos, Duration allowed) {
    /** What is left of the wait from now, zero once it has run out. */
    long millisLeft() {
      long left = startedNanos + allowed.toNanos() - System.nanoTime();
      return Math.max(0, left / 1_000_000);
    }
  }

  // A lookup cannot be interrupted: a thread each, so a slow one holds no other.
  private static final ExecutorService RESOLVERS =
      Executors.newCachedThreadPool(DaemonThreads.named("staple-dns"));

  private final Resolver resolver;
  private final Duration wait;
  private final ConcurrentHashMap<String, Lookup> running = new ConcurrentHashMap<>();

  NameLookups(Resolver resolver, Duration wait) {
    this.resolver = resolver;
    this.wait = wait;
  }

  /** The running lookup of {@code host}, or a new one; never blocks. */
  Lookup lookup(String host) {
    return running.compute(
        host,
        (name, current) -> current != null && !current.answer().isDone() ? current : start(name));
  }

  private Lookup start(String host) {
    Lookup lookup = new Lookup(resolver.resolve(host), System.nanoTime(), wait);
    // A finished lookup is not kept: the next check asks again (the JDK caches answers). Removed
    // on another thread, never inside the map's own update.
    lookup
        .answer()
        .whenCompleteAsync((addresses, failure) -> running.remove(host, lookup), RESOLVERS);
    return lookup;
  }

  private static CompletableFuture<InetAddress[]> system(String host) {
    CompletableFuture<InetAddress[]> answer = new CompletableFuture<>();
    RESOLVERS.execute(
        () -> {
          try {
            answer.complete(InetAddress.getAllByName(host));
          } catch (IOException | RuntimeException e) {
            answer.completeExceptionally(e);
          }
        });
    return answer;
  }
}
