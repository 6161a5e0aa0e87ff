package org.ocspconsole.fleet;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.TrustSettings;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.RefusingPort;

/** Members backed by demo clusters on loopback, opened as the console opens them: pinned. */
final class TestFleet implements Opener, AutoCloseable {
  private final Map<String, DemoCluster> clusters = new HashMap<>();
  private final Map<String, URI> dead = new HashMap<>();
  private final List<RefusingPort> refusing = new ArrayList<>();

  Member add(String name, DemoCluster cluster) {
    clusters.put(name, cluster);
    return new Member(name, name, cluster.baseUri().toString());
  }

  /** A member whose address refuses connections until this fleet is closed. */
  Member unreachable(String name) throws IOException {
    RefusingPort port = RefusingPort.open();
    refusing.add(port);
    URI uri = URI.create("https://127.0.0.1:" + port.port());
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

  @Override
  public void close() {
    refusing.forEach(RefusingPort::close);
  }
}
