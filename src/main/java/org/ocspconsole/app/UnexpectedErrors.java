package org.ocspconsole.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.log.Logs;
import org.ocspconsole.log.Redaction;

/**
 * The last resort for an exception nobody caught, on any thread: it is logged, and a dialog says
 * what happened and where the log is. The window stays as it was, usable. The stack trace is only
 * under "Details", and everything shown passes through {@link Redaction}.
 */
final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {
  static final String DIALOG_ID = "unexpected-error-dialog";
  private static final Logger LOG = Logs.get(UnexpectedErrors.class);

  private final Window owner;
  private boolean showing;

  private UnexpectedErrors(Window owner) {
    this.owner = owner;
  }

  /** Becomes the handler of every thread without one of its own, and of the FX thread. */
  static UnexpectedErrors install(Window owner) {
    UnexpectedErrors handler = new UnexpectedErrors(owner);
    Thread.setDefaultUncaughtExceptionHandler(handler);
    Runnable onFx = () -> Thread.currentThread().setUncaughtExceptionHandler(handler);
    if (Platform.isFxApplicationThread()) {
      onFx.run();
    } else {
      FxThread.later(onFx);
    }
    return handler;
  }

  @Override
  public void uncaughtException(Thread thread, Throwable error) {
    LOG.log(Level.SEVERE, "Uncaught exception on thread " + thread.getName(), error);
    try {
      if (Platform.isFxApplicationThread()) {
        show(thread, error);
      } else {
        FxThread.later(() -> show(thread, error));
      }
    } catch (IllegalStateException toolkitGone) {
      // The toolkit has shut down: the log is all there is.
    }
  }

  private void show(Thread thread, Throwable error) {
    if (showing) {
      return; // one dialog at a time; the log has every one
    }
    showing = true;
    Path logs = Logs.folder();
    Alert alert = new Alert(Alert.AlertType.ERROR, null, ButtonType.CLOSE);
    alert.setTitle("Unexpected error");
    alert.setHeaderText("Something unexpected went wrong. The console keeps running.");
    Label what =
        new Label(
            "What happened: "
                + summary(error)
                + "\nWhere: "
                + where(error, thread)
                + "\n\n"
                + (logs != null
                    ? "The details are in the log: " + logs.toAbsolutePath()
                    : "No log file could be written.")
                + "\nYour unsaved changes are still in the form.");
    what.setId("unexpected-error-text");
    what.setWrapText(true);
    alert.getDialogPane().setContent(what);
    TextArea details = new TextArea(Redaction.apply(trace(error)));
    details.setId("unexpected-error-details");
    details.setEditable(false);
    details.setPrefRowCount(14);
    alert.getDialogPane().setExpandableContent(details);
    alert.getDialogPane().setExpanded(false);
    alert.getDialogPane().setId(DIALOG_ID);
    if (owner != null && owner.isShowing()) {
      alert.initOwner(owner);
    }
    alert.setOnHidden(e -> showing = false);
    alert.show();
  }

  private static String summary(Throwable error) {
    String message = error.getMessage();
    return Redaction.apply(
        error.getClass().getSimpleName() + (message == null ? "" : ": " + message));
  }

  private static String where(Throwable error, Thread thread) {
    StackTraceElement[] stack = error.getStackTrace();
    String frame =
        stack.length == 0 ? "unknown" : stack[0].getClassName() + "." + stack[0].getMethodName();
    return frame + " (thread " + thread.getName() + ")";
  }

  private static String trace(Throwable error) {
    StringWriter text = new StringWriter();
    error.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
