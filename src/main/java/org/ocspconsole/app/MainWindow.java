package org.ocspconsole.app;

import java.util.concurrent.CompletableFuture;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.ocspconsole.activity.ActivityLog;
import org.ocspconsole.activity.ActivityView;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.config.ConfigDialogs;
import org.ocspconsole.config.ConfigView;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.demo.DemoSituations;
import org.ocspconsole.fx.FileChoices;
import org.ocspconsole.fx.FocusRings;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.session.PasswordPrompt;
import org.ocspconsole.session.Session;

/**
 * The window: a header naming the cluster, the settings form with the status column beside it, and
 * the activity pane. Shown at once with a "connecting" placeholder; the session arrives when it is
 * ready.
 */
public final class MainWindow {
  static final KeyCombination SAVE =
      new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination REFRESH =
      new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination F5 = new KeyCodeCombination(KeyCode.F5);
  static final KeyCombination CONNECT =
      new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);

  private static final java.util.logging.Logger LOG =
      org.ocspconsole.log.Logs.get(MainWindow.class);

  private final Stage stage;
  private final AppPreferences preferences;
  private final BorderPane root = new BorderPane();
  private final Header header;

  private Runnable onConnect = () -> {};
  private Runnable onFleet = () -> {};
  private Session session;
  private ConfigView configView;
  private ConfigViewModel viewModel;
  private SidePanel side;
  private FileChoices fileChoices = FileChoices.DIALOGS;

  public MainWindow(Stage stage, AppPreferences preferences, String connectingTo) {
    this.stage = stage;
    this.preferences = preferences;
    FocusRings.everywhere();
    root.setId("main");
    header = new Header(preferences, this::requestConnect, () -> onFleet.run());
    root.setTop(header);
    root.setCenter(ConnectingView.connecting(connectingTo, null));
    Scene scene = new Scene(root, 1200, 760);
    scene.getStylesheets().add(MainWindow.class.getResource("console.css").toExternalForm());
    scene.getAccelerators().put(SAVE, () -> ifReady(() -> viewModel.requestSave()));
    scene.getAccelerators().put(REFRESH, () -> ifReady(this::refreshAll));
    scene.getAccelerators().put(F5, () -> ifReady(this::refreshAll));
    scene.getAccelerators().put(CONNECT, this::requestConnect);
    stage.setScene(scene);
    stage.setTitle("OCSP Console");
    stage.setOnCloseRequest(
        event -> {
          if (configView != null && viewModel.form().dirtyProperty().get()) {
            event.consume();
            viewModel.confirmLeave("closing", stage::close);
          }
        });
  }

  /** What "Fleet…" opens: the fleet window. */
  public void setOnFleet(Runnable action) {
    this.onFleet = action;
  }

  /** What "Connect…" opens: the connection screen. */
  public void setOnConnect(Runnable action) {
    this.onConnect = action;
  }

  /** Opens the connection screen, first asking Save / Discard / Cancel over unsaved changes. */
  public void requestConnect() {
    if (configView != null) {
      viewModel.confirmLeave("switching to another cluster", onConnect);
    } else {
      onConnect.run();
    }
  }

  /** Who picks settings files for the forms attached from now on: window tests answer for it. */
  void useFileChoices(FileChoices choices) {
    this.fileChoices = choices;
  }

  /** Whether the window shows the built-in demo: its fleet is the demo's then. */
  public boolean onDemo() {
    return session != null && session.isDemo();
  }

  /** Runs {@code action} once unsaved changes are saved or discarded (or at once if none). */
  public void leaveThen(Runnable action) {
    if (configView != null) {
      viewModel.confirmLeave("switching to another cluster", action);
    } else {
      action.run();
    }
  }

  /** Shows the session's form and starts loading it. */
  public ConfigViewModel attach(Session session, DemoSituations demo) {
    return attach(session, demo, new ConfigDialogs(stage)::password, null);
  }

  /**
   * As {@link #attach(Session, DemoSituations)}, with the prompt used after a 401 (a profile's
   * remembers).
   */
  public ConfigViewModel attach(
      Session session, DemoSituations demo, PasswordPrompt passwordPrompt) {
    return attach(session, demo, passwordPrompt, null);
  }

  /**
   * Shows the session's form and loads it; {@code firstRead}, if given, is a read already under way
   * (start-up sends it while the toolkit starts).
   */
  public ConfigViewModel attach(
      Session session,
      DemoSituations demo,
      PasswordPrompt passwordPrompt,
      CompletableFuture<OcspConfig> firstRead) {
    if (this.session != null && this.session != session) {
      // Switching clusters disconnects from the previous one: its password is wiped.
      this.session.close();
    }
    this.session = session;
    viewModel = new ConfigViewModel(session, FxThread.EXECUTOR, passwordPrompt);
    viewModel.usePrompts(new ConfigDialogs(stage), preferences.reviewBeforeSaveProperty());
    configView = new ConfigView(viewModel, fileChoices);
    ActivityView activity = new ActivityView(new ActivityLog(session, FxThread.EXECUTOR));
    side = null;
    javafx.scene.control.SplitPane split =
        new javafx.scene.control.SplitPane(configView, new javafx.scene.layout.StackPane());
    split.setId("main-split");
    split.setDividerPositions(0.6);
    root.setCenter(split);
    root.setBottom(activity);
    header.show(session, demo);
    stage.setTitle("OCSP Console \u2014 " + session.name());
    LOG.info(
        () ->
            "Connected to "
                + session.name()
                + " at "
                + session.connection().baseUri()
                + " as "
                + session.connection().credentials().displayName());
    CompletableFuture<Void> loaded =
        firstRead != null ? viewModel.load(firstRead) : viewModel.load();
    // The column beside the form is made once the form's first read has answered: start-up sends
    // its one request alone. Its reads go out at once; its cards are built after the frame that
    // shows the form, one per pulse (see SidePanel). From then on the status follows every form
    // load by itself. side() answers once the cards are there.
    loaded.whenCompleteAsync(
        (done, failure) -> {
          SidePanel panel =
              new SidePanel(
                  session, stage, viewModel::requestRefresh, viewModel.form().loadedProperty());
          panel.status().refresh();
          panel.refreshAroundForm();
          panel.buildOverPulses(
              column -> {
                split.getItems().set(1, column);
                split.setDividerPositions(0.6);
              },
              () -> this.session == session && root.getCenter() == split,
              () -> side = panel);
        },
        FxThread.EXECUTOR);
    return viewModel;
  }

  /** The status, certificate and alerts column, once the form's first read has finished. */
  SidePanel side() {
    return side;
  }

  private void refreshAll() {
    viewModel.requestRefresh();
    if (side != null) {
      side.refreshAroundForm();
    }
  }

  /** No cluster yet: the connection screen is open over the window. */
  public void notConnected() {
    Label text =
        new Label(
            "Not connected. Choose a cluster with Connect\u2026 ("
                + CONNECT.getDisplayText()
                + ").");
    text.setId("not-connected");
    VBox box = new VBox(12, text);
    box.setAlignment(Pos.CENTER);
    root.setCenter(box);
  }

  /** Shows why no session could be made, with no way to retry (no such profile, say). */
  public void fail(String message) {
    root.setCenter(
        ConnectingView.failed(
            new ConnectionProblem("The console could not connect", message, null, false),
            CONNECT.getDisplayText(),
            null,
            null));
  }

  /** "Connecting to …" with Cancel (Esc), until a session is attached or the attempt fails. */
  void connecting(String target, Runnable cancel) {
    root.setCenter(ConnectingView.connecting(target, cancel));
  }

  /** The failed first connection: what happened, with Retry and Edit connection… . */
  void connectionFailed(ConnectionProblem problem, Runnable retry, Runnable edit) {
    root.setCenter(
        ConnectingView.failed(
            problem, CONNECT.getDisplayText(), problem.retry() ? retry : null, edit));
  }

  private void ifReady(Runnable action) {
    if (configView != null) {
      action.run();
    }
  }
}
