package org.ocspconsole.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clients for many profiles that share one TLS context and one HTTP client (with its pool of
 * kept-alive connections) per distinct address and trust: a hundred profiles on ten clusters cost
 * ten TLS contexts and a handful of handshakes, not a hundred and three hundred. Each client keeps
 * its own credentials (the Basic header is built per request) and its own {@link
 * ClusterClient#close()}. A client certificate is part of the handshake, so such a client gets a
 * context of its own. Building a context may read key files: call {@link #create} off the FX
 * thread.
 */
public final class ClientPool {
  private record Key(String scheme, String authority, TrustSettings trust, Duration connect) {}

  private final Map<Key, Lazy> shared = new ConcurrentHashMap<>();

  public ClusterClient create(ClusterConnection connection) throws ApiException {
    if (connection.credentials() instanceof Credentials.ClientCertificate) {
      return ClusterClient.create(connection);
    }
    Key key =
        new Key(
            connection.baseUri().getScheme(),
            connection.baseUri().getRawAuthority(),
            connection.trust(),
            connection.connectTimeout());
    return ClusterClient.over(
        connection, shared.computeIfAbsent(key, k -> new Lazy()).get(connection));
  }

  /**
   * Built by the first client that needs it; the others of that cluster wait for it (on their
   * worker threads) rather than each building a context of their own. A failed build is not kept.
   */
  private static final class Lazy {
    private Transport.Tls tls;

    synchronized Transport.Tls get(ClusterConnection connection) throws ApiException {
      if (tls == null) {
        tls = Transport.Tls.build(connection);
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
