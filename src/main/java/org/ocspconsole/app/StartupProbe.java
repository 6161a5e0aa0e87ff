package org.ocspconsole.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.ocspconsole.config.ConfigViewModel;

/**
 * Marks the moment the form first shows the cluster's configuration, for the start-up benchmark
 * ({@code -Docspconsole.trace=true}) and the class-data-sharing training run ({@code
 * -Docspconsole.exitAfterFirstFrame=true}). Does nothing unless asked.
 */
final class StartupProbe {
  private StartupProbe() {}

  static void watch(ConfigViewModel vm) {
    if (System.getProperty("ocspconsole.bench") != null) {
      BenchProbe.start(vm);
    }
    boolean trace = Boolean.getBoolean("ocspconsole.trace");
    boolean exit = Boolean.getBoolean("ocspconsole.exitAfterFirstFrame");
    if (!trace && !exit) {
      return;
    }
    if (vm.form().loadedProperty().get() != null) {
      // The first read can finish before the window asks: then the next frames show it.
      markFirstFrame(trace, exit);
      return;
    }
    vm.form()
        .loadedProperty()
        .addListener(
            (obs, old, config) -> {
              if (old == null && config != null) {
                markFirstFrame(trace, exit);
              }
            });
  }

  private static void markFirstFrame(boolean trace, boolean exit) {
    // The second pulse after the values are set is the first frame that shows them.
    new AnimationTimer() {
      private int pulses;

      @Override
      public void handle(long now) {
        if (++pulses < 2) {
          return;
        }
        stop();
        if (trace) {
          long t0 = Long.getLong("ocspconsole.t0", 0L);
          long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
          System.err.println(
              "ocspconsole: ready "
                  + (t0 > 0 ? (System.currentTimeMillis() - t0) + " ms since t0, " : "")
                  + uptime
                  + " ms JVM uptime");
        }
        if (exit) {
          Platform.exit();
        }
      }
    }.start();
  }
}
