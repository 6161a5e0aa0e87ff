package org.ocspconsole.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.TrustSettings;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.stapling.Cancellation;
import org.ocspconsole.stapling.CheckResult;
import org.ocspconsole.stapling.HandshakeProbe;
import org.ocspconsole.stapling.StapleCheck;
import org.ocspconsole.stapling.Target;
import org.ocspconsole.stapling.Verdict;

/**
 * The staple check against a demo cluster with N stapling TLS databases on loopback: the whole
 * check (four API reads, N handshakes 8 at a time, the responder asked, the three views compared),
 * first once in a fresh JVM, then warm. Before the clock, as in the console: the client has read
 * the settings, the status and the certificates (the window does at start, and the staple check
 * opens only from a connected window), and the endpoints have their staples cached (one handshake
 * each, as on a cluster). The first check then pays for its own code: the check, the endpoints'
 * handshakes with a status request and BouncyCastle (which the demo's responder in this same
 * process has loaded already; in the console it loads during the check, see OcspWarmUp). Prints
 * one line.
 *
 * <p>The demo's endpoint names resolve nowhere: run.sh starts this with {@code
 * -Djdk.net.hosts.file} naming a file that lists only localhost, so each lookup fails at once and
 * the figure does not depend on how the machine's resolver treats 50 unknown names.
 *
 * <p>usage: StapleBench [databases, default 50] [warm runs, default 5]
 */
public final class StapleBench {
  private StapleBench() {}

  public static void main(String[] args) throws Exception {
    int databases = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    try (DemoCluster cluster = DemoCluster.builder().databases(databases).start()) {
      cluster.setConfig(OcspField.OCSP_FUNCTIONALITY, true);
      // The endpoints listen, and have fetched their staples, before the clock starts: a real
      // cluster's endpoints have theirs cached, and the demo's fetch runs in this process.
      for (int port : cluster.stapling().tlsPorts()) {
        HandshakeProbe.probe(
            new Target("prime", null, "127.0.0.1", List.of(), port, true),
            Duration.ofSeconds(30),
            new Cancellation());
      }
      ClusterClient client =
          ClusterClient.create(
              ClusterConnection.of(
                  URI.create(cluster.baseUri().toString()),
                  new Credentials.Basic(
                      cluster.admin().name(), cluster.admin().password().toCharArray()),
                  TrustSettings.pinned(cluster.fingerprint())));
      // What the console's window has read before its staple check can be opened.
      client.getOcspConfig().get(30, TimeUnit.SECONDS);
      client.getOcspStatus().get(30, TimeUnit.SECONDS);
      client.getClusterCertificates().get(30, TimeUnit.SECONDS);
      long cpuCold = cpuMillis();
      long cold = once(client, databases);
      cpuCold = cpuMillis() - cpuCold;
      List<Long> warm = new ArrayList<>();
      long cpuBefore = cpuMillis();
      for (int i = 0; i < runs; i++) {
        warm.add(once(client, databases));
      }
      long cpuPerRun = (cpuMillis() - cpuBefore) / runs;
      Collections.sort(warm);
      System.out.println(
          "staple check, "
              + databases
              + " TLS endpoints, 8 at a time: first check "
              + cold
              + " ms (CPU "
              + cpuCold
              + " ms); warm median "
              + warm.get(warm.size() / 2)
              + " ms (runs: "
              + warm
              + "); CPU per warm check "
              + cpuPerRun
              + " ms (both sides: the demo's endpoints run in this process too)");
    }
    System.exit(0);
  }

  /** CPU time of the whole process: a figure that heavy load on the machine does not inflate. */
  private static long cpuMillis() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(Duration::toMillis)
        .orElse(-1L);
  }

  private static long once(ClusterClient client, int databases) throws Exception {
    long start = System.nanoTime();
    CheckResult result =
        new StapleCheck()
            .start(client, List.of(), new StapleCheck.Listener() {})
            .result()
            .get(60, TimeUnit.SECONDS);
    long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    long good =
        result.endpoints().stream().filter(e -> e.verdict() == Verdict.STAPLED_GOOD_FRESH).count();
    if (good != databases) {
      throw new IllegalStateException(
          "expected " + databases + " good staples, got " + good + ": " + result.endpoints());
    }
    return took;
  }
}
