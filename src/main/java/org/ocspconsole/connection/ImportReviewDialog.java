package org.ocspconsole.connection;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ocspconsole.fx.DialogContent;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.profiles.Profile;

/**
 * Shows every profile of an import before anything is added: address, login, what it trusts and the
 * files it names, and why a profile is not imported or deserves a look. Adding is a trust decision,
 * so it is never the default: Enter and Esc cancel, and only "Add" (clicked, its mnemonic, or Space
 * on it) adds.
 */
final class ImportReviewDialog extends Dialog<Boolean> {
  ImportReviewDialog(ImportPlan plan, Window owner) {
    initOwner(owner);
    setTitle("Review the import");
    getDialogPane().setId("import-review");
    int accepted = plan.accepted().size();
    ButtonType add =
        new ButtonType(
            "_Add " + ProfileTransfer.count(accepted, "profile"), ButtonBar.ButtonData.APPLY);
    getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
    Button addButton = (Button) getDialogPane().lookupButton(add);
    addButton.setId("import-add");
    addButton.setDefaultButton(false);
    addButton.setDisable(accepted == 0);
    Button cancel = (Button) getDialogPane().lookupButton(ButtonType.CANCEL);
    cancel.setId("import-cancel");
    cancel.setDefaultButton(true);

    Label intro =
        new Label(
            plan.file()
                + " holds "
                + ProfileTransfer.count(plan.entries().size(), "profile")
                + ". A profile decides where its password is sent and which certificates are"
                + " trusted: add only profiles you expect, from someone you trust.");
    intro.setWrapText(true);
    intro.setMinHeight(Label.USE_PREF_SIZE);
    Label refused = new Label(ProfileTransfer.count(plan.refused(), "profile") + " not imported.");
    refused.getStyleClass().add(Styles.DANGER);
    refused.setVisible(plan.refused() > 0);
    refused.setManaged(plan.refused() > 0);

    ListView<ImportPlan.Entry> list = new ListView<>();
    list.setId("import-list");
    list.getItems().setAll(plan.entries());
    list.setCellFactory(view -> new EntryCell(view));
    list.setPrefHeight(360);
    list.setAccessibleText("Profiles in the file");
    // Once a row has the focus the list takes Enter and Esc for itself (to edit); here they cancel.
    list.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            cancel.fire();
          }
        });

    getDialogPane().setContent(DialogContent.padded(new VBox(10, intro, refused, list)));
    getDialogPane().setPrefWidth(780);
    getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
    setResizable(true);
    setResultConverter(button -> button == add);
    // The table first: Space there selects a row, it never adds.
    setOnShown(e -> FxThread.later(list::requestFocus));
  }

  /** Name and what to check first, then the address and login, then what it trusts. */
  private static final class EntryCell extends ListCell<ImportPlan.Entry> {
    private final Label name = new Label();
    private final Label where = new Label();
    private final Label trusts = new Label();
    private final Label check = new Label();
    private final VBox box = new VBox(2, name, where, trusts, check);

    EntryCell(ListView<ImportPlan.Entry> list) {
      name.getStyleClass().add(Styles.TEXT_BOLD);
      for (Label label : List.of(name, where, trusts, check)) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.maxWidthProperty().bind(list.widthProperty().subtract(40));
      }
      box.setPadding(new Insets(4, 0, 6, 0));
      setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
    }

    @Override
    protected void updateItem(ImportPlan.Entry entry, boolean empty) {
      super.updateItem(entry, empty);
      setText(null);
      if (empty || entry == null) {
        setGraphic(null);
        setAccessibleText(null);
        return;
      }
      Profile p = entry.profile();
      name.setText(p.name());
      where.setText(login(entry) + " @ " + p.url());
      trusts.setText("Trusts " + ImportPlan.trust(p));
      check.setText(entry.accepted() ? String.join("\n", entry.notes()) : entry.refusal());
      check.setVisible(!check.getText().isEmpty());
      check.setManaged(check.isVisible());
      check.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
      check.getStyleClass().add(entry.accepted() ? Styles.WARNING : Styles.DANGER);
      name.getStyleClass().remove(Styles.TEXT_MUTED);
      if (!entry.accepted()) {
        name.getStyleClass().add(Styles.TEXT_MUTED);
      }
      setGraphic(box);
      setAccessibleText(
          String.join(". ", p.name(), where.getText(), trusts.getText(), check.getText()));
    }
  }

  private static String login(ImportPlan.Entry e) {
    Profile p = e.profile();
    return p.auth() == Profile.Auth.BASIC
        ? p.user()
        : "client certificate " + p.clientCertificate();
  }
}
