package org.ocspconsole.connection;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.ocspconsole.profiles.Profile;

/** Name in bold, then the login and address; the demo marked as such. */
final class ProfileCell extends ListCell<Profile> {
  @Override
  protected void updateItem(Profile p, boolean empty) {
    super.updateItem(p, empty);
    if (empty || p == null) {
      setGraphic(null);
      setText(null);
      return;
    }
    Label name = new Label(p.name());
    name.getStyleClass().add(Styles.TEXT_BOLD);
    Label where =
        new Label(
            p == ConnectionViewModel.DEMO
                ? "starts on this computer; nothing to set up"
                : p.login() + " @ " + p.url() + "  \u00b7  " + trustText(p));
    where.getStyleClass().add(Styles.TEXT_MUTED);
    setGraphic(new VBox(2, name, where));
    setText(null);
    setAccessibleText(p.name());
  }

  private static String trustText(Profile p) {
    return switch (p.trust()) {
      case SYSTEM -> "system CAs";
      case CA_FILE -> "CA file";
      case PINNED -> "pinned certificate";
    };
  }
}
