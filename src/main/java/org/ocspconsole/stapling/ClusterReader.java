package org.ocspconsole.stapling;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterCertificates;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.Database;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.pki.Pem;

/**
 * Reads what a staple check needs from the cluster, the four calls at once: the settings, the
 * cached status, the proxy certificate chain (the private keys in that answer are dropped by the
 * API layer's record, never read here) and the databases with their endpoints.
 */
final class ClusterReader {
  private ClusterReader() {}

  /** What the cluster says; never fails: every failure becomes a part's problem. */
  static CompletableFuture<ClusterView> read(ClusterClient client) {
    CompletableFuture<Part<OcspConfig>> config = part(client.getOcspConfig(), c -> c);
    CompletableFuture<Part<OcspStatus>> cached = part(client.getOcspStatus(), s -> s);
    CompletableFuture<Part<List<X509Certificate>>> proxy =
        part(client.getClusterCertificates(), ClusterReader::proxyChain);
    CompletableFuture<Part<List<Database>>> databases = part(client.databases(), d -> d);
    return CompletableFuture.allOf(config, cached, proxy, databases)
        .thenApply(
            done ->
                new ClusterView(
                    config.join().value(),
                    config.join().problem(),
                    cached.join().value(),
                    cached.join().problem(),
                    proxy.join().value(),
                    proxy.join().problem(),
                    databases.join().value(),
                    databases.join().problem(),
                    client.serverDate().orElse(null)));
  }

  private record Part<T>(T value, String problem) {}

  private static <A, T> CompletableFuture<Part<T>> part(
      CompletableFuture<A> call, Function<A, T> convert) {
    return call.handle(
        (value, failure) -> {
          if (failure != null) {
            return new Part<T>(null, ApiException.errorOf(failure).message());
          }
          try {
            return new Part<>(convert.apply(value), null);
          } catch (IllegalStateException e) {
            return new Part<T>(null, e.getMessage());
          }
        });
  }

  private static List<X509Certificate> proxyChain(ClusterCertificates certificates) {
    String pem =
        certificates
            .proxy()
            .orElseThrow(() -> new IllegalStateException("the cluster lists no proxy certificate"));
    try {
      return Pem.readCertificates(pem);
    } catch (CertificateException | IllegalArgumentException e) {
      throw new IllegalStateException("the cluster's proxy certificate cannot be read");
    }
  }
}
