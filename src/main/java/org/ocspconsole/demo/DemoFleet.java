package org.ocspconsole.demo;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus;

/**
 * Several demo clusters on loopback with differing settings, so that the fleet view can be tried
 * with no real cluster: alike production clusters but one drifted, a staging cluster, one whose
 * proxy certificate is REVOKED, one answering slowly, and one that is not there at all.
 */
public final class DemoFleet implements AutoCloseable {
  /** How long the slow member takes for each answer. */
  public static final Duration SLOW = Duration.ofSeconds(3);

  /** One member; {@code cluster} is null for the unreachable one. */
  public record Entry(String name, URI baseUri, DemoCluster cluster) {}

  private final List<Entry> entries;
  private final RefusingPort decommissioned;

  private DemoFleet(List<Entry> entries, RefusingPort decommissioned) {
    this.entries = List.copyOf(entries);
    this.decommissioned = decommissioned;
  }

  public static DemoFleet start() throws IOException {
    List<Entry> entries = new ArrayList<>();
    RefusingPort decommissioned = null;
    try {
      DemoCluster prodEu = add(entries, "prod-eu");
      prodEu.setConfig(OcspField.OCSP_FUNCTIONALITY, true);
      prodEu.setConfig(OcspField.QUERY_FREQUENCY, 1800);
      DemoCluster prodUs = add(entries, "prod-us");
      prodUs.setConfig(OcspField.OCSP_FUNCTIONALITY, true);
      prodUs.setConfig(OcspField.QUERY_FREQUENCY, 3600); // drifted from prod-eu
      prodUs.setConfig(OcspField.RECOVERY_MAX_TRIES, 10);
      DemoCluster staging = add(entries, "staging");
      staging.switches().noResponderUrl().proxyCertificateValidFor(Duration.ofDays(12));
      DemoCluster revoked = add(entries, "prod-ap (revoked)");
      revoked.setConfig(OcspField.OCSP_FUNCTIONALITY, true);
      revoked.setConfig(OcspField.QUERY_FREQUENCY, 1800);
      revoked.switches().certState(OcspStatus.CertState.REVOKED);
      DemoCluster slow = add(entries, "dr-site (slow)");
      slow.switches().latency(SLOW);
      decommissioned = RefusingPort.open();
      entries.add(
          new Entry(
              "decommissioned", URI.create("https://127.0.0.1:" + decommissioned.port()), null));
    } catch (IOException | RuntimeException e) {
      new DemoFleet(entries, decommissioned).close();
      throw e;
    }
    return new DemoFleet(entries, decommissioned);
  }

  public List<Entry> entries() {
    return entries;
  }

  @Override
  public void close() {
    entries.stream().filter(e -> e.cluster() != null).forEach(e -> e.cluster().close());
    if (decommissioned != null) {
      decommissioned.close();
    }
  }

  private static DemoCluster add(List<Entry> entries, String name) throws IOException {
    DemoCluster cluster = DemoCluster.start();
    entries.add(new Entry(name, cluster.baseUri(), cluster));
    return cluster;
  }
}
