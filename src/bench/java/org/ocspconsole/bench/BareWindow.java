package org.ocspconsole.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The benchmark's yardstick: a window with one label, the same size as the console's, started the
 * same way (a main class that is not an Application). Prints the same ready line as the console's
 * FirstFrame on the second pulse, when the first frame has been drawn, and exits.
 */
public final class BareWindow {
  private BareWindow() {}

  public static void main(String[] args) {
    Application.launch(Window.class, args);
  }

  /** Nested, so that the main class itself does not extend Application (see Main). */
  public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
    stage.setScene(new Scene(new StackPane(new Label("OCSP Console")), 1200, 760));
    stage.setTitle("bare window");
    stage.show();
    new AnimationTimer() {
      private int pulses;

      @Override
      public void handle(long now) {
        if (++pulses < 2) {
          return;
        }
        stop();
        long t0 = Long.getLong("ocspconsole.t0", 0L);
        long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        System.err.println(
            "ocspconsole: ready "
                + (t0 > 0 ? (System.currentTimeMillis() - t0) + " ms since t0, " : "")
                + uptime
                + " ms JVM uptime");
        Platform.exit();
      }
    }.start();
  }
  }
}
