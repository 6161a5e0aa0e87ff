package org.ocspconsole.soak;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.testing.DemoSessions;

/**
 * Load/save cycles through {@link ConfigViewModel} against the demo cluster in one process, with
 * heap after a full GC, thread count and open file descriptors at start, middle and end. A program,
 * not a test:
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.ocspconsole.soak.Soak
 * </pre>
 *
 * An optional argument sets the number of cycles (default 1,000).
 */
public final class Soak {
  private record Sample(String when, int cycle, long heapKib, int threads, long fds) {}

  private Soak() {}

  public static void main(String[] args) throws Exception {
    int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    List<Sample> samples = new ArrayList<>();
    long started = System.nanoTime();
    try (DemoCluster cluster = DemoCluster.start()) {
      ConfigViewModel vm = new ConfigViewModel(DemoSessions.admin(cluster), FxThread.DIRECT, null);
      // Warm up class loading, TLS and the connection pool before the first sample.
      vm.load().get(30, TimeUnit.SECONDS);
      samples.add(sample("start", 0));
      for (int i = 1; i <= cycles; i++) {
        vm.load().get(30, TimeUnit.SECONDS);
        if (vm.bannerProperty().get() != null) {
          throw new IllegalStateException("load " + i + ": " + vm.bannerProperty().get().text());
        }
        int value = 600 + (i % 2) * 60;
        vm.form().number(OcspField.QUERY_FREQUENCY).textProperty().set(String.valueOf(value));
        vm.save().get(30, TimeUnit.SECONDS);
        if (cluster.config().queryFrequency() != value || vm.form().dirtyProperty().get()) {
          throw new IllegalStateException("save " + i + " did not take");
        }
        if (i % 100 == 0) {
          cluster.clearRequests(); // the demo records every request; that is not ours to measure
        }
        if (i == cycles / 2) {
          samples.add(sample("middle", i));
        }
      }
      samples.add(sample("end", cycles));
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    System.out.printf(
        "%d load/save cycles (%d requests) in %d s%n%n", cycles, 2 * cycles + 1, seconds);
    System.out.println("| point  | cycle | heap after full GC | threads | open fds |");
    System.out.println("|--------|------:|-------------------:|--------:|---------:|");
    for (Sample s : samples) {
      System.out.printf(
          "| %-6s | %5d | %14.1f MiB | %7d | %8s |%n",
          s.when(), s.cycle(), s.heapKib() / 1024.0, s.threads(), s.fds() < 0 ? "n/a" : s.fds());
    }
    System.exit(0);
  }

  /** The smallest of several heap readings, each after a full GC, so noise cannot inflate it. */
  private static Sample sample(String when, int cycle) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100); // give the collector and reference processing a moment
      least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
    }
    int threads = ManagementFactory.getThreadMXBean().getThreadCount();
    String[] fds = new File("/proc/self/fd").list();
    return new Sample(when, cycle, least / 1024, threads, fds == null ? -1 : fds.length);
  }
}
