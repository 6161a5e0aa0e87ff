package org.ocspconsole.fx;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * The one way back onto the FX thread. View-models take an {@link Executor} for continuations:
 * {@link #EXECUTOR} in the application, {@link #DIRECT} in unit tests that run without a toolkit.
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
}
