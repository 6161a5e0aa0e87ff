package org.ocspconsole.fx;

import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The one way back onto the FX thread. View-models take an {@link Executor} for continuations:
 * {@link #EXECUTOR} in the application, {@link #DIRECT} in unit tests that run without a toolkit.
 * No other class calls {@link Platform#runLater} (an architecture test checks it).
 */
public final class FxThread {
  public static final Executor EXECUTOR =
      command -> {
        if (Platform.isFxApplicationThread()) {
          command.run();
        } else {
          Platform.runLater(command);
        }
      };

  public static final Executor DIRECT = Runnable::run;

  private FxThread() {}

  /**
   * Runs {@code command} on a later turn of the FX thread, even when called on it: for focus once a
   * dialog is shown, or a modal dialog that must not hold its caller's frame.
   */
  public static void later(Runnable command) {
    Platform.runLater(command);
  }

  /**
   * Runs {@code command} on the FX thread once the frame being laid out now has been shown: at the
   * second pulse from now (the first lays the scene out and hands it to the renderer). For work
   * that would otherwise compete with a new window's first frame for the FX thread and the cores.
   */
  public static void afterNextFrame(Runnable command) {
    new AnimationTimer() {
      private int pulses;

      @Override
      public void handle(long now) {
        if (++pulses == 2) {
          stop();
          command.run();
        }
      }
    }.start();
  }
}
