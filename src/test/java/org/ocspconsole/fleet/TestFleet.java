package org.ocspconsole.fleet;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.TrustSettings;
import org.ocspconsole.demo.DemoCluster;

/** Members backed by demo clusters on loopback, opened as the console opens them: pinned. */
final class TestFleet implements Opener {
  private final Map<String, DemoCluster> clusters = new HashMap<>();
  private final Map<String, URI> dead = new HashMap<>();

  Member add(String name, DemoCluster cluster) {
    clusters.put(name, cluster);
    return new Member(name, name, cluster.baseUri().toString());
  }

  /** A member whose address refuses connections: a port bound a moment ago and released. */
  Member unreachable(String name) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    URI uri = URI.create("https://127.0.0.1:" + port);
    dead.put(name, uri);
    return new Member(name, name, uri.toString());
  }

  @Override
  public CompletableFuture<ClusterClient> open(Member member) {
    try {
      DemoCluster cluster = clusters.get(member.id());
      if (cluster == null) {
        return CompletableFuture.completedFuture(
            ClusterClient.create(
                ClusterConnection.of(
                    dead.get(member.id()),
                    new Credentials.Basic("admin", "x".toCharArray()),
                    TrustSettings.system())));
      }
      return CompletableFuture.completedFuture(
          ClusterClient.create(
              ClusterConnection.of(
                  cluster.baseUri(),
                  new Credentials.Basic(
                      cluster.admin().name(), cluster.admin().password().toCharArray()),
                  TrustSettings.pinned(cluster.fingerprint()))));
    } catch (ApiException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
