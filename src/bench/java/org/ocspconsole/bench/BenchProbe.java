package org.ocspconsole.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.stage.Window;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.config.NumberField;
import org.ocspconsole.fx.FxThread;

/**
 * Measurements for {@code run.sh}, asked for with {@code -Docspconsole.bench=pulses} or {@code
 * -Docspconsole.bench=refresh}. Each prints one line starting with {@code ocspconsole: bench} and
 * exits. The console is not built with it: run.sh puts it on the class path and names it with
 * {@code -Docspconsole.probe=org.ocspconsole.bench.BenchProbe}; the console then hands it the form
 * when the window shows it.
 */
public final class BenchProbe implements Consumer<ConfigViewModel> {
  private static final int WARM_REFRESHES = 5;
  private static final int MEASURED = 20;

  private ConfigViewModel vm;

  /** Starts the measurement named by {@code ocspconsole.bench}. */
  @Override
  public void accept(ConfigViewModel viewModel) {
    this.vm = viewModel;
    String what = System.getProperty("ocspconsole.bench", "");
    switch (what) {
      case "pulses" -> pulses();
      case "refresh" -> whenLoaded(vm, this::refresh);
      default -> System.err.println("ocspconsole: bench FAILED: no measurement named " + what);
    }
  }

  /** Runs the action once the form holds a loaded configuration, after that event has finished. */
  private static void whenLoaded(ConfigViewModel vm, Runnable action) {
    if (vm.form().loadedProperty().get() != null) {
      FxThread.later(action);
    } else {
      whenNextLoad(vm, action);
    }
  }

  /** Runs the action after the next load (or save) has put its answer in the form. */
  private static void whenNextLoad(ConfigViewModel vm, Runnable action) {
    vm.form().loadedProperty().get(); // an invalidation listener hears only a valid property
    vm.form()
        .loadedProperty()
        .addListener(
            new InvalidationListener() {
              @Override
              public void invalidated(Observable observable) {
                vm.form().loadedProperty().removeListener(this);
                // The form sets its fields after the loaded value: act once it is done.
                FxThread.later(action);
              }
            });
  }

  /**
   * Longest gap between two pulses while a request waits on the (slow) cluster: the first read, a
   * Refresh, a save of one changed field. The first read is timed from the moment the first frame
   * that shows the form is painted, so the one-time building and drawing of the form is not counted
   * as waiting.
   */
  private void pulses() {
    PulseGaps gaps = new PulseGaps();
    gaps.start();
    long[] results = new long[6];
    long[] cpu = new long[4];
    Runnable save =
        () -> {
          results[2] = gaps.takeMax();
          results[3] = gaps.takeCount();
          cpu[1] = gaps.takeMaxCpu();
          NumberField field = vm.form().number(OcspField.QUERY_FREQUENCY);
          Integer now = field.loadedValue();
          field.textProperty().set(String.valueOf(now == null || now == 3600 ? 7200 : 3600));
          vm.save()
              .whenComplete(
                  (done, failure) -> {
                    gaps.stop();
                    cpu[2] = gaps.takeMaxCpu();
                    System.err.printf(
                        "ocspconsole: bench pulses first-form-frame=%d ms"
                            + " load-max-gap=%d ms (%d pulses) reload-max-gap=%d ms (%d pulses)"
                            + " save-max-gap=%d ms (%d pulses); FX-thread CPU between two pulses,"
                            + " most: first-form-cpu=%d ms load-max-cpu=%d ms reload-max-cpu=%d ms"
                            + " save-max-cpu=%d ms%s%n",
                        gaps.firstFrame / 1_000_000,
                        results[0] / 1_000_000,
                        results[1],
                        results[2] / 1_000_000,
                        results[3],
                        gaps.takeMax() / 1_000_000,
                        gaps.takeCount(),
                        gaps.firstFrameCpu / 1_000_000,
                        cpu[0] / 1_000_000,
                        cpu[1] / 1_000_000,
                        cpu[2] / 1_000_000,
                        failure == null ? "" : " FAILED: " + failure);
                    Platform.exit();
                  });
        };
    whenLoaded(
        vm,
        () -> {
          results[0] = gaps.takeMax();
          results[1] = gaps.takeCount();
          cpu[0] = gaps.takeMaxCpu();
          // Looked up now: the form sits in a ScrollPane, whose content joins the graph with its
          // skin.
          whenNextLoad(vm, save);
          ((ButtonBase) lookup("#refresh")).fire();
        });
  }

  /** Refresh pressed until the form holds the answer, against the bare call on the same session. */
  private void refresh() {
    withRefreshButton(button -> refreshRound(button, 0, new long[MEASURED], new long[MEASURED]));
  }

  /**
   * The form sits in a ScrollPane, whose content joins the scene graph with the pane's skin: on a
   * fast start the answer can arrive before that, so look on each pulse until it is there.
   */
  private static void withRefreshButton(java.util.function.Consumer<ButtonBase> action) {
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        Node node = lookup("#refresh");
        if (node != null) {
          stop();
          action.accept((ButtonBase) node);
        }
      }
    }.start();
  }

  private void refreshRound(ButtonBase button, int round, long[] ui, long[] http) {
    if (round == WARM_REFRESHES + MEASURED) {
      report(ui, http);
      return;
    }
    int index = round - WARM_REFRESHES;
    pressAndWait(button)
        .thenCompose(
            nanos -> {
              if (index >= 0) {
                ui[index] = nanos;
              }
              return settle().thenCompose(v -> bareCall());
            })
        .whenComplete(
            (nanos, failure) -> {
              if (failure != null) {
                System.err.println("ocspconsole: bench refresh FAILED: " + failure);
                Platform.exit();
                return;
              }
              if (index >= 0) {
                http[index] = nanos;
              }
              settle()
                  .thenRun(() -> FxThread.later(() -> refreshRound(button, round + 1, ui, http)));
            });
  }

  /**
   * A pause between measurements: a form load also refreshes the status card, and neither
   * measurement should share the cluster or the CPU with that request.
   */
  private static CompletableFuture<Void> settle() {
    return CompletableFuture.runAsync(
        () -> {}, CompletableFuture.delayedExecutor(150, TimeUnit.MILLISECONDS));
  }

  /** Fires Refresh and answers the nanoseconds until the form has taken the new answer. */
  private CompletableFuture<Long> pressAndWait(ButtonBase button) {
    CompletableFuture<Long> result = new CompletableFuture<>();
    InvalidationListener listener =
        new InvalidationListener() {
          private final long started = System.nanoTime();

          @Override
          public void invalidated(Observable observable) {
            long nanos = System.nanoTime() - started;
            vm.form().loadedProperty().removeListener(this);
            result.complete(nanos);
          }
        };
    vm.form().loadedProperty().addListener(listener);
    button.fire();
    return result;
  }

  /** The same read without the form, on the same session; timed where the answer lands. */
  private CompletableFuture<Long> bareCall() {
    long started = System.nanoTime();
    return vm.session()
        .client()
        .getOcspConfig()
        .thenApply(
            config -> {
              if (config == null) {
                throw new IllegalStateException("no answer");
              }
              return System.nanoTime() - started;
            });
  }

  private static void report(long[] ui, long[] http) {
    double uiMs = median(ui);
    double httpMs = median(http);
    System.err.printf(
        "ocspconsole: bench refresh n=%d refresh-to-values=%.2f ms bare-get=%.2f ms"
            + " difference=%.2f ms%n",
        ui.length, uiMs, httpMs, uiMs - httpMs);
    Platform.exit();
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double middle = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    return middle / 1_000_000.0;
  }

  private static Node lookup(String selector) {
    for (Window window : Window.getWindows()) {
      if (window.getScene() != null) {
        Node node = window.getScene().lookup(selector);
        if (node != null) {
          return node;
        }
      }
    }
    return null;
  }

  /**
   * Records the longest gap between consecutive pulses since it was last taken, and the most CPU
   * time the FX thread spent between two pulses: a gap's length depends on the machine's load, the
   * CPU time much less (a garbage collection's pause is in neither thread's CPU time).
   */
  private static final class PulseGaps extends AnimationTimer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long last;
    private long lastCpu;
    private long max;
    private long maxCpu;
    private int count;
    private long firstFrame = -1;
    private long firstFrameCpu;
    private long firstPulse;
    private long firstPulseCpu;

    @Override
    public void handle(long now) {
      long cpu = THREADS.getCurrentThreadCpuTime();
      if (last != 0) {
        max = Math.max(max, now - last);
        maxCpu = Math.max(maxCpu, cpu - lastCpu);
      }
      last = now;
      lastCpu = cpu;
      if (firstFrame < 0) {
        // The first pulse lays out the new form; the render thread paints that frame while the
        // second pulse runs, which waits for it before handing over its own: the form is on the
        // screen when the third pulse starts. Reported on its own, from the first pulse to the
        // third.
        if (++count == 1) {
          firstPulse = now;
          firstPulseCpu = cpu;
        } else if (count == 3) {
          firstFrame = now - firstPulse;
          firstFrameCpu = cpu - firstPulseCpu;
          max = 0;
          maxCpu = 0;
          count = 0;
        }
        return;
      }
      count++;
    }

    long takeMaxCpu() {
      long value = maxCpu;
      maxCpu = 0;
      return value;
    }

    long takeMax() {
      long value = max;
      max = 0;
      return value;
    }

    int takeCount() {
      int value = count;
      count = 0;
      return value;
    }
  }
}
