package org.ocspconsole.fx;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Shows a {@link Banner}: severity by colour and by a word, text, one action, and a close button.
 */
public final class BannerView extends HBox {
  private final Label title = new Label();
  private final Label text = new Label();
  private final Button action = new Button();
  private final Button close = new Button("\u2715");

  public BannerView(ObservableValue<Banner> banner, Runnable onClose) {
    setId("banner");
    getStyleClass().add("banner");
    setSpacing(12);
    setAlignment(Pos.CENTER_LEFT);
    setPadding(new Insets(10, 12, 10, 12));
    title.setId("banner-title");
    title.getStyleClass().add(Styles.TEXT_BOLD);
    text.setId("banner-text");
    text.setWrapText(true);
    VBox words = new VBox(2, title, text);
    HBox.setHgrow(words, Priority.ALWAYS);
    action.setId("banner-action");
    action.setMinWidth(USE_PREF_SIZE);
    action.setMnemonicParsing(true);
    close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    close.setAccessibleText("Dismiss the message");
    close.setOnAction(e -> onClose.run());
    getChildren().addAll(words, action, close);
    banner.addListener((obs, old, now) -> show(now));
    show(banner.getValue());
  }

  /** Gives the focus to the banner's action (Retry, Undo), if it has one; says whether it did. */
  public boolean focusAction() {
    if (!isVisible() || !action.isVisible()) {
      return false;
    }
    action.requestFocus();
    return true;
  }

  private void show(Banner banner) {
    setVisible(banner != null);
    setManaged(banner != null);
    getStyleClass().removeAll("banner-error", "banner-warning", "banner-info");
    if (banner == null) {
      return;
    }
    getStyleClass().add("banner-" + banner.severity().name().toLowerCase(java.util.Locale.ROOT));
    String word =
        switch (banner.severity()) {
          case ERROR -> "Error: ";
          case WARNING -> "Warning: ";
          case INFO -> "";
        };
    title.setText(word + banner.title());
    text.setText(banner.text());
    setAccessibleText(word + banner.title() + ". " + banner.text());
    action.setVisible(banner.action() != null);
    action.setManaged(banner.action() != null);
    if (banner.action() != null) {
      action.setText(banner.actionLabel());
      action.setOnAction(e -> banner.action().run());
    }
  }
}
