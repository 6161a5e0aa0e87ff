package org.ocspconsole.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClientPool;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.TrustSettings;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fleet.FleetReader;
import org.ocspconsole.fleet.Member;
import org.ocspconsole.fleet.Opener;
import org.ocspconsole.fleetview.FleetView;
import org.ocspconsole.fleetview.FleetViewModel;
import org.ocspconsole.fx.FxThread;

/**
 * The fleet window filling 100 rows: {@code clusters} demo clusters answering every call after
 * {@code latency}, each the target of several profiles (100 demo clusters with their own keys
 * would measure key generation, not the table). Measures, from Refresh to the last row: the time,
 * the largest gap between FX pulses, and heap growth (after a GC, before and after). Prints one
 * line.
 *
 * <p>usage: FleetBench [profiles, default 100] [clusters, default 10] [latency ms, default 200]
 * [parallel, default 8]
 */
public final class FleetBench {
  private FleetBench() {}

  public static void main(String[] args) throws Exception {
    int profiles = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int clusterCount = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Duration latency = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 200);
    int parallel = args.length > 3 ? Integer.parseInt(args[3]) : FleetReader.DEFAULT_PARALLEL;
    List<DemoCluster> clusters = new ArrayList<>();
    for (int i = 0; i < clusterCount; i++) {
      DemoCluster cluster = DemoCluster.start();
      cluster.switches().latency(latency);
      clusters.add(cluster);
    }
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < profiles; i++) {
      DemoCluster cluster = clusters.get(i % clusterCount);
      members.add(new Member("p" + i, "cluster-" + i, cluster.baseUri().toString()));
    }
    ClientPool pool = new ClientPool();
    Opener opener =
        member -> {
          DemoCluster cluster =
              clusters.get(Integer.parseInt(member.id().substring(1)) % clusterCount);
          try {
            return CompletableFuture.completedFuture(
                pool.create(
                    ClusterConnection.of(
                        cluster.baseUri(),
                        new Credentials.Basic(
                            cluster.admin().name(), cluster.admin().password().toCharArray()),
                        TrustSettings.pinned(cluster.fingerprint()))));
          } catch (ApiException e) {
            return CompletableFuture.failedFuture(e);
          }
        };
    CompletableFuture<String> result = new CompletableFuture<>();
    Platform.startup(
        () -> {
          FleetViewModel vm =
              new FleetViewModel(
                  members,
                  opener,
                  new FleetReader(parallel, Duration.ofSeconds(15), Clock.systemUTC()),
                  FxThread.EXECUTOR,
                  Clock.systemUTC());
          Stage stage = new Stage();
          stage.setScene(
              new Scene(
                  new FleetView(vm, Clock.systemUTC(), new FleetView.Actions(r -> {}, r -> {}, r -> {}, (r, v) -> {}, Runnable::run, org.ocspconsole.fx.FileChoices.DIALOGS)),
                  1240,
                  700));
          stage.show();
          long[] gap = {0, 0};
          AnimationTimer pulses =
              new AnimationTimer() {
                @Override
                public void handle(long now) {
                  if (gap[1] != 0) {
                    gap[0] = Math.max(gap[0], now - gap[1]);
                  }
                  gap[1] = now;
                }
              };
          long heapBefore = usedAfterGc();
          pulses.start();
          long start = System.nanoTime();
          vm.refresh()
              .whenCompleteAsync(
                  (done, failure) -> {
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    pulses.stop();
                    long grown = (usedAfterGc() - heapBefore) / (1024 * 1024);
                    long read = done.stream().filter(r -> r.reachable()).count();
                    result.complete(
                        String.format(
                            "fleet, %d profiles on %d demo clusters answering in %d ms, %d at a"
                                + " time: all rows filled in %d ms (%d read); largest FX pulse"
                                + " gap %d ms; heap growth %d MB",
                            profiles,
                            clusterCount,
                            latency.toMillis(),
                            parallel,
                            ms,
                            read,
                            gap[0] / 1_000_000,
                            grown));
                  },
                  FxThread.EXECUTOR);
        });
    System.out.println(result.get(120, TimeUnit.SECONDS));
    clusters.forEach(DemoCluster::close);
    System.exit(0);
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
