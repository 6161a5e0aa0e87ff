package org.ocspconsole.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Clients for many profiles that share one TLS context and one HTTP client (with its pool of
 * kept-alive connections) per distinct address and trust: a hundred profiles on ten clusters cost
 * ten TLS contexts and a handful of handshakes, not a hundred and three hundred. Each client keeps
 * its own credentials (the Basic header is built per request) and its own {@link
 * ClusterClient#close()}. A client certificate is part of the handshake, so such a client gets a
 * context of its own. Building a context may read key files: call {@link #create} off the FX
 * thread.
 *
 * <p>All the pool's HTTP clients do their TLS work on one executor that the caller bounds. Each JDK
 * client otherwise has a pool of its own: a hundred clusters read at once meant a hundred pools'
 * threads doing handshakes side by side, and the FX thread, one thread among them all, got a small
 * share of two cores (pulse gaps of 81 to 100 ms while the fleet filled, 32 to 71 with one lane on
 * two cores). Each context gets an executor of its own rank on those lanes, in the order the
 * contexts are built, which is the order the fleet asks for its profiles: the lanes finish the
 * first clusters' handshakes before they take up the next ones', instead of advancing sixteen
 * together. The first rows come sooner, and the whole takes as long (with 100 distinct clusters the
 * first row at 0.6 to 0.8 s instead of 1.1 to 1.4 s: README, "The fleet").
 */
public final class ClientPool {
  private record Key(String scheme, String authority, TrustSettings trust, Duration connect) {}

  private final Map<Key, Lazy> shared = new ConcurrentHashMap<>();
  private final LongFunction<Executor> httpWork;
  private final AtomicLong built = new AtomicLong();

  /** Each client with a pool of its own, as the JDK makes it. */
  public ClientPool() {
    this(null);
  }

  /**
   * @param httpWork the executor for the pool's n-th TLS context, counted from 0 in the order they
   *     are built (for example {@code LimitedExecutor::ranked}): where its client does its TLS
   *     handshakes and hands on answers; it must not block on them
   */
  public ClientPool(LongFunction<Executor> httpWork) {
    this.httpWork = httpWork;
  }

  public ClusterClient create(ClusterConnection connection) throws ApiException {
    if (connection.credentials() instanceof Credentials.ClientCertificate) {
      return ClusterClient.over(connection, Transport.Tls.build(connection, nextWork()));
    }
    Key key =
        new Key(
            connection.baseUri().getScheme(),
            connection.baseUri().getRawAuthority(),
            connection.trust(),
            connection.connectTimeout());
    return ClusterClient.over(
        connection, shared.computeIfAbsent(key, k -> new Lazy()).get(connection, this::nextWork));
  }

  private Executor nextWork() {
    return httpWork == null ? null : httpWork.apply(built.getAndIncrement());
  }

  /**
   * Built by the first client that needs it; the others of that cluster wait for it (on their
   * worker threads) rather than each building a context of their own. A failed build is not kept.
   */
  private static final class Lazy {
    private Transport.Tls tls;

    synchronized Transport.Tls get(ClusterConnection connection, Supplier<Executor> httpWork)
        throws ApiException {
      if (tls == null) {
        tls = Transport.Tls.build(connection, httpWork.get());
      }
      return tls;
    }
  }

  /** How many TLS contexts are shared: for tests and the benchmark. */
  public int contexts() {
    return shared.size();
  }

  /** Drops the shared contexts; their idle connections close as the clients are collected. */
  public void clear() {
    shared.clear();
  }
}
