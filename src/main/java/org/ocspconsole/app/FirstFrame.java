package org.ocspconsole.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.fx.FxThread;

/**
 * Marks the moment the form first shows the cluster's configuration: {@code
 * -Docspconsole.trace=true} prints it (the install checks and the benchmark wait for that line),
 * {@code -Docspconsole.exitAfterFirstFrame=true} then exits (the installer build's training run for
 * the start-up archive), after opening the fleet window and reading its rows when {@code
 * -Docspconsole.trainFleet=true} (so the archive holds what that window loads too). Both must work
 * in the installed image, so they live here; everything that measures lives in the benchmark's
 * sources and joins through {@code -Docspconsole.probe}. Does nothing unless asked.
 */
final class FirstFrame {
  private FirstFrame() {}

  /**
   * @param fleet opens the fleet window and completes once its rows are read (only called for a
   *     training run)
   */
  static void watch(ConfigViewModel vm, Supplier<CompletableFuture<Void>> fleet) {
    String probe = System.getProperty("ocspconsole.probe");
    if (probe != null) {
      startProbe(probe, vm);
    }
    boolean trace = Boolean.getBoolean("ocspconsole.trace");
    boolean exit = Boolean.getBoolean("ocspconsole.exitAfterFirstFrame");
    if (!trace && !exit) {
      return;
    }
    Runnable end = exit ? () -> exit(fleet) : () -> {};
    if (vm.form().loadedProperty().get() != null) {
      // The first read can finish before the window asks: then the next frames show it.
      markFirstFrame(trace, end);
      return;
    }
    vm.form()
        .loadedProperty()
        .addListener(
            (obs, old, config) -> {
              if (old == null && config != null) {
                markFirstFrame(trace, end);
              }
            });
  }

  /**
   * Hands the form to a class the benchmark put on the class path (a {@code
   * Consumer<ConfigViewModel>} with a public no-argument constructor). Only looked up when named,
   * so a normal start loads nothing for it.
   */
  @SuppressWarnings("unchecked") // the benchmark's contract; a wrong type fails just below
  private static void startProbe(String className, ConfigViewModel vm) {
    try {
      Object probe =
          Class.forName(className, true, FirstFrame.class.getClassLoader())
              .getConstructor()
              .newInstance();
      ((Consumer<ConfigViewModel>) probe).accept(vm);
    } catch (ReflectiveOperationException | ClassCastException e) {
      System.err.println("ocspconsole: probe " + className + " not started: " + e);
    }
  }

  private static void exit(Supplier<CompletableFuture<Void>> fleet) {
    if (!Boolean.getBoolean("ocspconsole.trainFleet")) {
      Platform.exit();
      return;
    }
    // Its slow demo cluster answers after 3 s; a training run that cannot finish still ends.
    fleet
        .get()
        .orTimeout(60, TimeUnit.SECONDS)
        .whenCompleteAsync((read, failure) -> Platform.exit(), FxThread.EXECUTOR);
  }

  private static void markFirstFrame(boolean trace, Runnable end) {
    // The first frame that shows the values: the one after the pulse that lays them out.
    FxThread.afterNextFrame(
        () -> {
          if (trace) {
            long t0 = Long.getLong("ocspconsole.t0", 0L);
            long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            System.err.println(
                "ocspconsole: ready "
                    + (t0 > 0 ? (System.currentTimeMillis() - t0) + " ms since t0, " : "")
                    + uptime
                    + " ms JVM uptime");
          }
          end.run();
        });
  }
}
