package org.ocspconsole.app;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ocspconsole.fx.FxThread;

/**
 * What the window shows before it has a session: "Connecting to …" with Cancel, or why the
 * connection failed with Retry and Edit connection. The header (Connect…, the theme) stays usable
 * in both.
 */
final class ConnectingView {
  private ConnectingView() {}

  /** A spinner, the target, and Cancel (also Esc) when the attempt can be cancelled. */
  static Node connecting(String target, Runnable cancel) {
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(32, 32);
    Label connecting = new Label("Connecting to " + target + "\u2026");
    connecting.setId("connecting");
    VBox box = new VBox(12, progress, connecting);
    box.setAlignment(Pos.CENTER);
    if (cancel != null) {
      Button button = new Button("Cancel");
      button.setId("cancel-connect");
      button.setCancelButton(true);
      button.setOnAction(e -> cancel.run());
      box.getChildren().add(button);
      FxThread.later(button::requestFocus);
    }
    return box;
  }

  /**
   * The failed-connection banner: what happened, Retry (Enter) and Edit connection…; either may be
   * null when it cannot help.
   */
  static Node failed(ConnectionProblem problem, String connectKeys, Runnable retry, Runnable edit) {
    Label title = new Label(problem.title());
    title.setId("connect-failed-title");
    title.setWrapText(true);
    title.getStyleClass().add(Styles.TEXT_BOLD);
    Label text = new Label(problem.text());
    text.setId("connect-failed-text");
    text.setWrapText(true);
    HBox buttons = new HBox(8);
    Button first = null;
    if (retry != null) {
      Button button = new Button("_Retry");
      button.setId("retry-connect");
      button.setMnemonicParsing(true);
      button.setDefaultButton(true);
      button.setOnAction(e -> retry.run());
      buttons.getChildren().add(button);
      first = button;
    }
    if (edit != null) {
      Button button = new Button("_Edit connection\u2026");
      button.setId("edit-connection");
      button.setMnemonicParsing(true);
      button.setOnAction(e -> edit.run());
      buttons.getChildren().add(button);
      first = first == null ? button : first;
    }
    Label other = new Label("Or choose another cluster with Connect\u2026 (" + connectKeys + ").");
    other.getStyleClass().add(Styles.TEXT_MUTED);
    VBox words = new VBox(6, title, text);
    if (problem.hint() != null) {
      Label hint = new Label(problem.hint());
      hint.setId("connect-failed-hint");
      hint.setWrapText(true);
      words.getChildren().add(hint);
    }
    words.getChildren().addAll(buttons, other);
    HBox.setHgrow(words, Priority.ALWAYS);
    HBox banner = new HBox(words);
    banner.setId("connect-failed");
    banner.getStyleClass().addAll("banner", "banner-error");
    banner.setPadding(new Insets(12, 14, 12, 14));
    banner.setMaxWidth(760);
    banner.setMaxHeight(Region.USE_PREF_SIZE);
    banner.setAccessibleText(
        "Error: "
            + problem.title()
            + ". "
            + problem.text()
            + (problem.hint() == null ? "" : " " + problem.hint()));
    VBox page = new VBox(banner);
    page.setPadding(new Insets(24));
    page.setAlignment(Pos.TOP_CENTER);
    if (first != null) {
      FxThread.later(first::requestFocus);
    }
    return page;
  }
}
