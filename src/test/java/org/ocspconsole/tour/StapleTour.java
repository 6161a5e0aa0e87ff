package org.ocspconsole.tour;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus.CertState;
import org.ocspconsole.app.Theme;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.StapleSwitches;
import org.ocspconsole.staple.StapleCheckWindow;
import org.ocspconsole.testing.DemoSessions;

/**
 * Walks the staple check's window through every verdict the demo can produce and captures the X
 * screen after each. Run under Xvfb like the {@link ScreenshotTour}; not a test.
 */
public final class StapleTour {
  private static Path out;
  private static int count;

  private StapleTour() {}

  public static void main(String[] args) throws Exception {
    out = Path.of(args.length > 0 ? args[0] : "target/staple-tour");
    Files.createDirectories(out);
    DemoCluster cluster = DemoCluster.start();
    var client = DemoSessions.admin(cluster).client();
    Platform.startup(() -> Theme.apply(Boolean.getBoolean("dark")));
    fx(() -> StapleCheckWindow.open(null, "Built-in demo cluster", client));
    finished();
    shot("ocsp-off", 0);

    cluster.setConfig(OcspField.OCSP_FUNCTIONALITY, true);
    check("good-fresh", 0);
    cluster.switches().certState(CertState.REVOKED);
    check("revoked", 0);
    cluster.switches().certState(CertState.UNKNOWN);
    check("unknown", 0);
    cluster.switches().certState(CertState.GOOD).staleNextUpdate(true);
    check("expired", 0);
    cluster.switches().staleNextUpdate(false).omitNextUpdate(true);
    check("no-next-update", 0);
    cluster.switches().omitNextUpdate(false);
    StapleSwitches staples = cluster.switches().stapling();
    staples.signer(StapleSwitches.Signer.WRONG_KEY);
    check("wrong-key", 0);
    staples.signer(StapleSwitches.Signer.DELEGATED_WITHOUT_OCSP_SIGNING);
    check("delegate-without-ocsp-signing", 0);
    staples.signer(StapleSwitches.Signer.DELEGATED);
    check("delegated", 0);
    staples.signer(StapleSwitches.Signer.CA).noStaple(true);
    check("no-staple", 0);
    staples.noStaple(false).otherCertificate(true).plainDatabase(true);
    check("other-certificate", 2);
    shot("not-tls", 3);
    staples.otherCertificate(false).plainDatabase(false).responderDown(true);
    check("responder-down", 0);
    staples.responderDown(false).responderDelay(StapleSwitches.SLOW_RESPONDER);
    check("responder-slow", 0);
    staples.responderDelay(Duration.ZERO).responderUnavailable(true);
    check("responder-503", 0);
    staples.responderUnavailable(false);
    String url = cluster.switches().responderUrl();
    cluster.switches().noResponderUrl();
    check("no-responder-url", 0);
    cluster.switches().responderUrl(url);
    staples.plainDatabase(true);
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      // A port that takes the connection and never says a word: the handshake runs out of time.
      String typed =
          "127.0.0.1:1, no-such-host.invalid:6379, 127.0.0.1:"
              + cluster.stapling().plainPort()
              + ", 127.0.0.1:"
              + silent.getLocalPort();
      fx(() -> ((TextField) node("staple-typed")).setText(typed));
      check("unreachable-typed", 4);
      shot("unresolvable-typed", 5);
      shot("tls-failed-typed", 6);
      shot("timed-out-typed", 7);
    }
    // The README's picture: a few verdicts side by side, the detail of a good staple.
    staples.otherCertificate(true);
    fx(() -> ((TextField) node("staple-typed")).setText("no-such-host.invalid:6379"));
    check("readme", 0);
    staples.plainDatabase(false).otherCertificate(false);
    fx(() -> ((TextField) node("staple-typed")).setText("db.example.com"));
    shot("typed-error", 0);
    Platform.exit();
    cluster.close();
    System.exit(0);
  }

  private static void check(String name, int row) throws Exception {
    fx(() -> ((Button) node("staple-run")).fire());
    waitFor(() -> ((Button) node("staple-cancel")).isDisabled() == false);
    finished();
    shot(name, row);
  }

  private static void finished() throws Exception {
    waitFor(() -> ((Label) node("staple-summary")).getText().contains("checked in"));
  }

  private static Node node(String id) {
    for (Window window : Window.getWindows()) {
      Node found = window.getScene().lookup("#" + id);
      if (found != null) {
        return found;
      }
    }
    throw new IllegalStateException("no #" + id);
  }

  @SuppressWarnings("unchecked")
  private static void shot(String name, int row) throws Exception {
    fx(() -> ((TableView<Object>) node("staple-table")).getSelectionModel().select(row));
    pulses(6);
    Path file = out.resolve(String.format("%02d-%s.png", ++count, name));
    new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start().waitFor();
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
    reached.get(60, TimeUnit.SECONDS);
  }

  private static void pulses(int frames) throws Exception {
    int[] seen = {0};
    waitFor(() -> ++seen[0] > frames);
  }
}
