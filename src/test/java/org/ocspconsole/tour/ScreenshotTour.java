package org.ocspconsole.tour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.app.AppPreferences;
import org.ocspconsole.app.MainWindow;
import org.ocspconsole.app.Theme;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.testing.DemoSessions;

/**
 * Walks the real window through each state of the form and captures the X screen after each, so a
 * person can look at them. Run under Xvfb (see the README's "Looking at every state"); not a test.
 */
public final class ScreenshotTour {
  private static Path out;
  private static int count;

  private ScreenshotTour() {}

  public static void main(String[] args) {
    try {
      tour(args);
    } catch (Exception | AssertionError e) {
      // A state that never appeared: say which and end, rather than leave the window open.
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void tour(String[] args) throws Exception {
    out = Path.of(args.length > 0 ? args[0] : "target/tour");
    Files.createDirectories(out);
    DemoCluster cluster = DemoCluster.start();
    AppPreferences preferences = new AppPreferences(out.resolve("settings"), Runnable::run);
    CompletableFuture<ConfigViewModel> started = new CompletableFuture<>();
    // Long enough that the loading state is still on screen after the first frames, even on a
    // loaded machine where those take seconds, and within the 15 s request timeout.
    cluster.switches().latency(Duration.ofSeconds(10));
    Platform.startup(
        () -> {
          Theme.apply(Boolean.getBoolean("dark"));
          Stage stage = new Stage();
          MainWindow window = new MainWindow(stage, preferences, "demo");
          stage.show();
          started.complete(window.attach(demoSession(cluster), cluster));
        });
    ConfigViewModel vm = started.get();
    waitFor(() -> vm.busyProperty().get());
    pulses(30); // the first frames of a fresh JVM take longest
    shot("loading", () -> vm.busyProperty().get());
    waitFor(() -> !vm.busyProperty().get());
    cluster.switches().latency(Duration.ZERO);
    shot("loaded", () -> true);

    fx(
        () -> {
          vm.form().number(OcspField.QUERY_FREQUENCY).textProperty().set("59");
          vm.form().number(OcspField.RESPONSE_TIMEOUT).textProperty().set("abc");
          vm.form().number(OcspField.RECOVERY_MAX_TRIES).textProperty().set("2.5");
        });
    shot("invalid", () -> true);

    fx(
        () -> {
          vm.form().revert();
          vm.form().number(OcspField.QUERY_FREQUENCY).textProperty().set("3800");
          vm.form().number(OcspField.RECOVERY_MAX_TRIES).textProperty().set("20");
          vm.form().enabledProperty().set(true);
        });
    shot("changed", () -> true);
    Platform.runLater(() -> lookup("save").fire());
    shot("review", () -> Window.getWindows().size() > 1);
    Platform.runLater(() -> closeDialogs());
    waitFor(() -> Window.getWindows().size() == 1);
    fx(() -> preferences.reviewBeforeSaveProperty().set(false));
    fx(vm::save);
    waitFor(() -> !vm.busyProperty().get());
    shot("saved", () -> vm.confirmationProperty().get() != null);

    cluster.switches().noResponderUrl();
    fx(() -> vm.form().enabledProperty().set(false));
    fx(vm::save);
    waitFor(() -> !vm.busyProperty().get());
    fx(vm::load);
    waitFor(() -> !vm.busyProperty().get());
    fx(() -> vm.form().requestEnabled(true));
    shot("no-responder-url", () -> true);
    cluster.switches().responderUrl(cluster.switches().defaultResponderUrl());
    fx(vm::load);
    waitFor(() -> !vm.busyProperty().get());

    fx(() -> vm.form().number(OcspField.RESPONSE_TIMEOUT).textProperty().set("5"));
    cluster.switches().htmlErrorPage(true);
    fx(vm::save);
    shot("error-html-502", () -> !vm.busyProperty().get() && vm.bannerProperty().get() != null);
    cluster.switches().htmlErrorPage(false);
    cluster.switches().dropConnections(true);
    fx(vm::save);
    shot("error-dropped", () -> !vm.busyProperty().get() && vm.bannerProperty().get() != null);
    cluster.switches().dropConnections(false);
    cluster.switches().unsupportedCapability(true);
    fx(vm::save);
    shot(
        "error-406-read-only", () -> !vm.busyProperty().get() && vm.bannerProperty().get() != null);
    cluster.switches().unsupportedCapability(false);
    fx(vm::load);
    waitFor(() -> !vm.busyProperty().get());

    fx(() -> vm.form().number(OcspField.QUERY_FREQUENCY).textProperty().set("900"));
    DemoSessions.admin(cluster)
        .client()
        .updateOcspConfig(
            org.ocspconsole.api.OcspUpdate.of(java.util.Map.of(OcspField.QUERY_FREQUENCY, 600)))
        .get();
    fx(vm::save);
    shot("conflict", () -> Window.getWindows().size() > 1);
    Platform.runLater(() -> closeDialogs());
    waitFor(() -> !vm.busyProperty().get());
    shot("conflict-cancelled", () -> vm.bannerProperty().get() != null);
    fx(vm::load);
    waitFor(() -> !vm.busyProperty().get());

    fx(() -> ((javafx.scene.control.TitledPane) lookupNode("activity")).setExpanded(true));
    shot("activity", () -> true);

    // The status column: REVOKED, stale, a query in progress and a failed query.
    cluster.switches().certState(org.ocspconsole.api.OcspStatus.CertState.REVOKED);
    fx(() -> lookup("status-refresh").fire());
    pulses(10);
    shot("status-revoked", () -> !lookup("status-refresh").isDisabled());
    cluster.switches().certState(org.ocspconsole.api.OcspStatus.CertState.GOOD);
    cluster.switches().staleNextUpdate(true);
    fx(() -> lookup("status-refresh").fire());
    pulses(10);
    shot("status-stale", () -> !lookup("status-refresh").isDisabled());
    cluster.switches().staleNextUpdate(false);
    cluster.switches().testDuration(java.time.Duration.ofSeconds(4));
    fx(() -> lookup("status-query").fire());
    shot("status-querying", () -> lookup("status-query").isDisabled());
    waitFor(() -> !lookup("status-query").isDisabled());
    cluster.switches().testQueuedTooLong(true);
    fx(() -> lookup("status-query").fire());
    pulses(10);
    shot("status-query-failed", () -> !lookup("status-query").isDisabled());
    cluster.switches().testQueuedTooLong(false);

    Platform.runLater(
        () -> {
          Stage viewerStage = new Stage();
          MainWindow viewer = new MainWindow(viewerStage, preferences, "demo");
          viewerStage.show();
          viewer.attach(DemoSessions.as(cluster, cluster.viewer()), null);
        });
    shot("error-403-viewer", () -> Window.getWindows().size() > 1);
    Platform.exit();
    cluster.close();
    System.out.println("tour: " + count + " screenshots in " + out.toAbsolutePath());
  }

  private static org.ocspconsole.session.Session demoSession(DemoCluster cluster) {
    return new org.ocspconsole.session.Session(
        "Built-in demo cluster", true, DemoSessions.admin(cluster).client());
  }

  private static javafx.scene.control.Button lookup(String id) {
    return (javafx.scene.control.Button) lookupNode(id);
  }

  private static javafx.scene.Node lookupNode(String id) {
    return Window.getWindows().get(0).getScene().lookup("#" + id);
  }

  private static void closeDialogs() {
    for (Window window : Window.getWindows().toArray(Window[]::new)) {
      if (window.getScene().getRoot() instanceof javafx.scene.control.DialogPane) {
        window.hide();
      }
    }
  }

  private static void fx(Runnable action) throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          action.run();
          done.complete(null);
        });
    done.get();
  }

  /** Checks the condition on every FX pulse, so the wait ends at the frame the state appears. */
  private static void waitFor(BooleanSupplier condition) throws Exception {
    CompletableFuture<Void> reached = new CompletableFuture<>();
    Platform.runLater(
        () ->
            new AnimationTimer() {
              @Override
              public void handle(long now) {
                if (condition.getAsBoolean()) {
                  stop();
                  reached.complete(null);
                }
              }
            }.start());
    reached.get(20, TimeUnit.SECONDS);
  }

  /** Lets a few frames render, so the X server holds the painted state when it is captured. */
  private static void pulses(int count) throws Exception {
    int[] seen = {0};
    waitFor(() -> ++seen[0] > count);
  }

  private static void shot(String name, BooleanSupplier ready) throws Exception {
    waitFor(ready);
    pulses(4);
    Path file = out.resolve(String.format("%02d-%s.png", ++count, name));
    new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start().waitFor();
  }
}
