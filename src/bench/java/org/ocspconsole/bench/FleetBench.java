package org.ocspconsole.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.TrustSettings;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fleet.FleetReader;
import org.ocspconsole.fleet.Member;
import org.ocspconsole.fleet.Opener;
import org.ocspconsole.fleet.Reading;
import org.ocspconsole.fleetview.FleetLine;
import org.ocspconsole.fleet.FleetChange;
import org.ocspconsole.fleetview.FleetWindow;
import org.ocspconsole.fleetview.FleetViewModel;
import org.ocspconsole.fx.FxThread;

/**
 * The fleet window filling 100 rows: {@code clusters} demo clusters answering every call after
 * {@code latency}, each the target of one profile or of several (10 clusters: profiles of one
 * cluster share its TLS context and connections, so the figure is the table's and the reads'; 100
 * clusters: 300 TLS handshakes, a real fleet's cost). The clusters run in a process of their own,
 * as real ones run elsewhere, so their keys, buffers and threads are not counted as the console's
 * heap or CPU; their CPU is reported beside it, since they share the machine's cores. As a user
 * gets there: the console's main window
 * (the app's theme and style sheets) is connected to the first cluster and has shown its form and
 * status column, then Fleet… opens the fleet window over it (FleetWindow.show, as the header's
 * button does), which reads every saved profile at once through the console's own opener, every
 * password remembered. Measures, from that click to the last row: the time, how long the window
 * took to come up (its first pulse) and the FX thread's CPU for it, the largest gap between FX
 * pulses counted from the click (building the window holds the main window's pulses too) and once
 * the window is up, and heap growth (after a GC, before and after). On a shared
 * machine those wall-clock figures mix our cost with the load's, so it also measures what the load
 * does not change: the FX thread's CPU time (in all, and the most between two pulses), the
 * process's CPU time, how many changes the table's items fired and how many cells the table made.
 * Prints one line, ending with the load average.
 *
 * <p>usage: FleetBench [profiles, default 100] [clusters, default 10] [latency ms, default 200]
 * [parallel, default the console's, FleetReader.DEFAULT_PARALLEL]
 */
public final class FleetBench {
  private FleetBench() {}

  // The clusters' CPU between their start and the click (the main window's own calls): not the
  // fleet's.
  private static final AtomicLong CLUSTERS_BEFORE_CLICK = new AtomicLong();
  private static Process clustersProcess;

  /** One cluster as its process announced it. */
  private record Served(String baseUri, String fingerprint, String user, String password) {
    static List<Served> read(Process process) throws java.io.IOException {
      List<Served> all = new ArrayList<>();
      java.io.BufferedReader lines =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.equals("ready")) {
          return all;
        }
        String[] parts = line.split(" ");
        if (parts.length == 5 && parts[0].equals("cluster")) {
          all.add(new Served(parts[1], parts[2], parts[3], parts[4]));
        }
      }
      throw new IllegalStateException("the clusters' process ended before it was ready");
    }
  }

  /**
   * Starts the clusters' process: the same JVM, class path and flags as this one (without a flight
   * recording of its own).
   */
  private static Process serve(int count, Duration latency) throws java.io.IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!option.startsWith("-XX:StartFlightRecording") && !option.startsWith("-agent")) {
        command.add(option);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Clusters.class.getName());
    command.add(Integer.toString(count));
    command.add(Long.toString(latency.toMillis()));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    clustersProcess = process;
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    return process;
  }

  private static long cpuOf(Process process) {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  /**
   * The clusters' process: starts {@code count} demo clusters answering after {@code latency} ms,
   * prints each one's address, pin and administrator, then "ready", and serves until its input ends
   * (when the benchmark exits).
   */
  public static final class Clusters {
    private Clusters() {}

    public static void main(String[] args) throws Exception {
      int count = Integer.parseInt(args[0]);
      Duration latency = Duration.ofMillis(Long.parseLong(args[1]));
      List<DemoCluster> started = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        DemoCluster cluster = DemoCluster.start();
        cluster.switches().latency(latency);
        started.add(cluster);
        System.out.printf(
            "cluster %s %s %s %s%n",
            cluster.baseUri(),
            cluster.fingerprint(),
            cluster.admin().name(),
            cluster.admin().password());
      }
      System.out.println("ready");
      System.out.flush();
      while (System.in.read() != -1) {
        // serves until the benchmark ends
      }
      started.forEach(DemoCluster::close);
    }
  }

  public static void main(String[] args) throws Exception {
    // As the console's Main does first.
    org.ocspconsole.platform.CommonPool.atLeastTwoThreads();
    int profiles = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int clusterCount = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Duration latency = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 200);
    int parallel = args.length > 3 ? Integer.parseInt(args[3]) : FleetReader.DEFAULT_PARALLEL;
    // The clusters run in a process of their own, as real ones run elsewhere: their TLS keys,
    // buffers and threads are not the console's heap or CPU (they still share the machine's cores).
    Process served = serve(clusterCount, latency);
    List<Served> clusters = Served.read(served);
    // The console's own opener over saved profiles whose passwords are remembered: the store is
    // read and each client built as when Fleet… is pressed (connection.FleetOpener).
    List<org.ocspconsole.profiles.Profile> saved = new ArrayList<>();
    Map<String, char[]> remembered = new HashMap<>();
    for (int i = 0; i < profiles; i++) {
      Served cluster = clusters.get(i % clusterCount);
      org.ocspconsole.profiles.Profile profile =
          new org.ocspconsole.profiles.Profile(
              "p" + i,
              "cluster-" + i,
              cluster.baseUri(),
              cluster.user(),
              org.ocspconsole.profiles.Profile.Auth.BASIC,
              null,
              org.ocspconsole.profiles.Profile.Trust.PINNED,
              null,
              cluster.fingerprint());
      saved.add(profile);
      remembered.put(profile.credentialKey(), cluster.password().toCharArray());
    }
    org.ocspconsole.profiles.CredentialStore store = new Remembered(remembered);
    org.ocspconsole.connection.FleetOpener opener =
        new org.ocspconsole.connection.FleetOpener(
            saved,
            new NoPrompts(),
            () -> CompletableFuture.completedFuture(java.util.Optional.of(store)),
            FxThread.EXECUTOR,
            org.ocspconsole.platform.Worker.EXECUTOR);
    List<Member> members = opener.members();
    CompletableFuture<String> result = new CompletableFuture<>();
    Platform.startup(
        () -> {
          org.ocspconsole.app.Theme.apply(false);
          Stage main = new Stage();
          org.ocspconsole.app.MainWindow window =
              new org.ocspconsole.app.MainWindow(
                  main,
                  new org.ocspconsole.app.AppPreferences(
                      Path.of("target", "bench", "home", "config"),
                      org.ocspconsole.platform.Worker.EXECUTOR),
                  "cluster-0");
          main.show();
          Served first = clusters.get(0);
          org.ocspconsole.api.ClusterClient client;
          try {
            client =
                org.ocspconsole.api.ClusterClient.create(
                    ClusterConnection.of(
                        java.net.URI.create(first.baseUri()),
                        new Credentials.Basic(first.user(), first.password().toCharArray()),
                        TrustSettings.pinned(first.fingerprint())));
          } catch (ApiException e) {
            result.completeExceptionally(e);
            return;
          }
          window
              .attach(new org.ocspconsole.session.Session("cluster-0", false, client), null)
              .load()
              // The form and its status column shown, and a moment's rest: then Fleet… is pressed.
              .thenRunAsync(() -> {}, CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS))
              .thenRunAsync(() -> openFleet(main, members, opener, parallel, profiles, clusterCount, latency, result), FxThread.EXECUTOR);
        });
    String line = result.get(120, TimeUnit.SECONDS);
    // The clusters' CPU from the click on (read after the line: they are idle by then).
    System.out.println(
        line.replace(
            "; load",
            String.format(
                "; clusters' process CPU %d ms; load",
                (cpuOf(served) - CLUSTERS_BEFORE_CLICK.get()) / 1_000_000)));
    served.destroy();
    System.exit(0);
  }

  private static void openFleet(
      Stage main,
      List<Member> members,
      Opener opener,
      int parallel,
      int profiles,
      int clusterCount,
      Duration latency,
      CompletableFuture<String> result) {
    FleetViewModel vm =
        new FleetViewModel(
            members,
            opener,
            new FleetReader(parallel, Duration.ofSeconds(15), Clock.systemUTC()),
            FxThread.EXECUTOR,
            Clock.systemUTC());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long renderer = rendererThread(threads);
    // gap: largest, last pulse; cpu: largest FX CPU between two pulses, FX CPU at the last
    long[] gap = {0, 0};
    // The largest gap once the window is up (its first pulse), apart from the opening: building the
    // window (its style sheets matched, the table laid out for the first time) is one piece of FX
    // work, reported on its own; the table fills after.
    long[] filling = {0, 0}; // largest gap since, when the window's first pulse came
    long[] opened = {0, 0}; // click to the window's first pulse; the FX CPU of that
    long[] cpu = {0, 0};
    long[] last = {0, 0}; // the renderer's CPU and the GC time at the last pulse
    List<long[]> slow = new ArrayList<>();
    // CSS and layout: in all, and the most in one pulse (the FX thread's CPU time)
    long[] layout = {0, 0, 0};
    AnimationTimer pulses =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            long fxCpu = threads.getCurrentThreadCpuTime();
            long renderCpu = renderer < 0 ? 0 : threads.getThreadCpuTime(renderer);
            long gc = gcMillis();
            if (filling[1] == 0) {
              filling[1] = now;
              opened[0] = now - gap[1];
              opened[1] = fxCpu - cpu[1];
            }
            if (gap[1] != 0) {
              gap[0] = Math.max(gap[0], now - gap[1]);
              if (filling[1] != 0 && gap[1] >= filling[1]) {
                filling[0] = Math.max(filling[0], now - gap[1]);
              }
              cpu[0] = Math.max(cpu[0], fxCpu - cpu[1]);
              if (now - gap[1] > 50_000_000L) {
                // What a long gap was made of, to read beside a flight recording.
                slow.add(
                    new long[] {
                      System.currentTimeMillis(),
                      now - gap[1],
                      fxCpu - cpu[1],
                      renderCpu - last[0],
                      gc - last[1]
                    });
              }
            }
            gap[1] = now;
            cpu[1] = fxCpu;
            last[0] = renderCpu;
            last[1] = gc;
          }
        };
    long heapBefore = usedAfterGc();
    CLUSTERS_BEFORE_CLICK.set(cpuOf(clustersProcess));
    long fxCpuBefore = threads.getCurrentThreadCpuTime();
    long processCpuBefore = processCpu();
    Map<Long, Long> threadCpuBefore = threadCpu(threads);
    long gcBefore = gcMillis();
    long[] changes = {0, -1}; // all, and how many the window's own Refresh made
    // When the 1st, 25th, 50th, 75th and 100th row were filled.
    long[] filledAt = new long[5];
    pulses.start();
    long start = System.nanoTime();
    // The click is a pulse's moment too: the FX thread's time building and showing the window,
    // before its first pulse, is a gap the main window shows as well.
    gap[1] = start;
    cpu[1] = fxCpuBefore;
    last[0] = renderer < 0 ? 0 : threads.getThreadCpuTime(renderer);
    last[1] = gcBefore;
    AtomicLong[] cells = {new AtomicLong()};
    boolean[] finished = {false};
    Runnable finish =
        () -> {
          long ms = (System.nanoTime() - start) / 1_000_000;
          long fxCpu = (threads.getCurrentThreadCpuTime() - fxCpuBefore) / 1_000_000;
          long layoutCpu = layout[0] / 1_000_000;
          long layoutMost = layout[1] / 1_000_000;
          long processCpu = (processCpu() - processCpuBefore) / 1_000_000;
          long gc = gcMillis() - gcBefore;
          pulses.stop();
          System.err.printf(
              "filled from %tT.%<tL to %tT.%<tL%n",
              System.currentTimeMillis() - ms, System.currentTimeMillis());
          for (long[] g : slow) {
            System.err.printf(
                "%tT.%<tL gap %d ms: FX CPU %d ms, renderer CPU %d ms, GC %d ms%n",
                g[0], g[1] / 1_000_000, g[2] / 1_000_000, g[3] / 1_000_000, g[4]);
          }
          System.err.println("CPU by thread, ms: " + cpuByGroup(threads, threadCpuBefore));
          long grown = (usedAfterGc() - heapBefore) / (1024 * 1024);
          long read = vm.allRows().stream().filter(r -> r.reachable()).count();
          String line =
              String.format(
                  "fleet, %d profiles on %d demo clusters answering in %d ms, %d at a"
                      + " time: all rows filled in %d ms (%d read); window up in %d ms (FX CPU"
                      + " %d ms); largest FX pulse gap %d ms, %d ms once the window was up;"
                      + " heap growth %d"
                      + " MB; FX thread CPU %d ms, at most"
                      + " %d ms between two pulses, CSS and layout %d ms, at most %d ms"
                      + " in one pulse; process CPU %d ms, GC %d ms; table"
                      + " changes %d on Refresh, %d as rows came; %d cells made; rows"
                      + " filled at %s ms; load %s",
                  profiles,
                  clusterCount,
                  latency.toMillis(),
                  parallel,
                  ms,
                  read,
                  opened[0] / 1_000_000,
                  opened[1] / 1_000_000,
                  gap[0] / 1_000_000,
                  filling[0] / 1_000_000,
                  grown,
                  fxCpu,
                  cpu[0] / 1_000_000,
                  layoutCpu,
                  layoutMost,
                  processCpu,
                  gc,
                  changes[1],
                  changes[0] - changes[1],
                  cells[0].get(),
                  java.util.Arrays.toString(filledAt),
                  loadAverage());
          // What a pulse costs the FX thread with nothing to do, after the fill: the floor under
          // the FX thread's CPU above (the timer pulses 60 times a second, a window at rest does
          // not pulse at all).
          long[] idle = {0, 0};
          new AnimationTimer() {
            @Override
            public void handle(long now) {
              if (idle[0]++ == 0) {
                idle[1] = threads.getCurrentThreadCpuTime();
              } else if (idle[0] == 61) {
                stop();
                long each = (threads.getCurrentThreadCpuTime() - idle[1]) / 60;
                result.complete(line + String.format("; %d us FX CPU per idle pulse", each / 1000));
              }
            }
          }.start();
        };
    vm.lines()
        .addListener(
            (ListChangeListener<FleetLine>)
                c -> {
                  changes[0]++;
                  long filled = vm.lines().stream().filter(line -> !line.row().loading()).count();
                  for (int q = 0; q < filledAt.length; q++) {
                    if (filledAt[q] == 0 && filled >= Math.max(1, q * profiles / 4)) {
                      filledAt[q] = (System.nanoTime() - start) / 1_000_000;
                    }
                  }
                  if (filled == profiles && changes[1] >= 0 && !finished[0]) {
                    finished[0] = true;
                    FxThread.EXECUTOR.execute(finish);
                  }
                });
    // Fleet… as the main window opens it: the window shows, then reads every profile.
    Stage stage =
        FleetWindow.show(
            main,
            vm,
            new FleetChange(),
            member -> {},
            () -> {},
            org.ocspconsole.platform.Worker.EXECUTOR);
    changes[1] = changes[0];
    cells[0] = countCells((TableView<?>) stage.getScene().lookup("#fleet-table"));
    stage.getScene().addPreLayoutPulseListener(() -> layout[2] = threads.getCurrentThreadCpuTime());
    stage
        .getScene()
        .addPostLayoutPulseListener(
            () -> {
              if (layout[2] != 0) {
                long used = threads.getCurrentThreadCpuTime() - layout[2];
                layout[0] += used;
                layout[1] = Math.max(layout[1], used);
              }
            });
  }

  /**
   * Counts the cells the table makes from now on (a rebuilt table makes them anew), by looking at
   * its cells at every pulse: replacing the columns' cell factories to count would itself make the
   * table build every cell again.
   */
  private static AtomicLong countCells(TableView<?> table) {
    java.util.Set<javafx.scene.Node> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    seen.addAll(table.lookupAll(".table-cell"));
    AtomicLong made = new AtomicLong();
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        for (javafx.scene.Node cell : table.lookupAll(".table-cell")) {
          if (seen.add(cell)) {
            made.incrementAndGet();
          }
        }
        if (table.getScene() == null || !table.getScene().getWindow().isShowing()) {
          stop();
        }
      }
    }.start();
    return made;
  }

  private static Map<Long, Long> threadCpu(ThreadMXBean threads) {
    Map<Long, Long> cpu = new HashMap<>();
    for (long id : threads.getAllThreadIds()) {
      cpu.put(id, threads.getThreadCpuTime(id));
    }
    return cpu;
  }

  /** CPU used since {@code before} by the live threads, summed by name without its number. */
  private static Map<String, Long> cpuByGroup(ThreadMXBean threads, Map<Long, Long> before) {
    Map<String, Long> groups = new TreeMap<>();
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long used = threads.getThreadCpuTime(info.getThreadId()) - before.getOrDefault(info.getThreadId(), 0L);
      groups.merge(info.getThreadName().replaceAll("[-0-9]+", "-"), used / 1_000_000, Long::sum);
    }
    groups.values().removeIf(ms -> ms < 5);
    return groups;
  }

  /** The thread that draws the frames (Prism's), or -1. */
  private static long rendererThread(ThreadMXBean threads) {
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("QuantumRenderer")) {
        return info.getThreadId();
      }
    }
    return -1;
  }

  /** Every password remembered, as a credential store that answers at once. */
  private record Remembered(Map<String, char[]> secrets)
      implements org.ocspconsole.profiles.CredentialStore {
    @Override
    public String displayName() {
      return "memory";
    }

    @Override
    public java.util.Optional<char[]> read(String key) {
      char[] secret = secrets.get(key);
      return java.util.Optional.ofNullable(secret == null ? null : secret.clone());
    }

    @Override
    public void write(String key, char[] secret) {
      secrets.put(key, secret.clone());
    }

    @Override
    public void delete(String key) {
      secrets.remove(key);
    }
  }

  /** Nothing is asked: every password is remembered and every certificate pinned. */
  private static final class NoPrompts implements org.ocspconsole.connection.ConnectPrompts {
    @Override
    public java.util.concurrent.CompletionStage<java.util.Optional<Secret>> password(
        String login, String reason, String rememberIn) {
      throw new IllegalStateException("asked for a password: " + reason);
    }

    @Override
    public java.util.concurrent.CompletionStage<TrustDecision> untrusted(
        String host, org.ocspconsole.api.ApiError error, boolean hostMatches) {
      throw new IllegalStateException("asked about trust: " + error);
    }

    @Override
    public java.util.concurrent.CompletionStage<Boolean> pinChanged(
        String host, org.ocspconsole.api.ApiError error, boolean hostMatches) {
      throw new IllegalStateException("asked about a changed pin: " + error);
    }

    @Override
    public java.util.concurrent.CompletionStage<Boolean> confirmRepin(
        String host, String pinned, String presented) {
      throw new IllegalStateException("asked to re-pin");
    }
  }

  private static long processCpu() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  private static String loadAverage() {
    try {
      String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return load[0] + " " + load[1] + " " + load[2];
    } catch (java.io.IOException | RuntimeException e) {
      return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
