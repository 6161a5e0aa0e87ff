package org.ocspconsole.config;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.fx.PasswordFields;

/** The form's dialogs. Each closes with Esc (the cancel button) and has mnemonics. */
public final class ConfigDialogs implements ConfigPrompts {

  public static final ButtonType SAVE = new ButtonType("_Save", ButtonBar.ButtonData.YES);
  public static final ButtonType DISCARD = new ButtonType("_Discard", ButtonBar.ButtonData.NO);
  public static final ButtonType RELOAD =
      new ButtonType("_Discard and reload", ButtonBar.ButtonData.OK_DONE);
  public static final ButtonType SEND =
      new ButtonType("_Send to cluster", ButtonBar.ButtonData.OK_DONE);
  public static final ButtonType SIGN_IN = new ButtonType("Sign _in", ButtonBar.ButtonData.OK_DONE);

  private final Window owner;
  private final ConflictDialog conflicts;

  public ConfigDialogs(Window owner) {
    this.owner = owner;
    this.conflicts = new ConflictDialog(owner);
  }

  @Override
  public CompletionStage<Optional<Map<OcspField, ConflictCheck.Choice>>> resolve(
      List<ConflictCheck.Conflict> conflicting, String cluster) {
    return conflicts.resolve(conflicting, cluster);
  }

  @Override
  public boolean review(
      List<ConfigForm.Change> changes, String cluster, Consumer<Boolean> rememberSkip) {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(6);
    int row = 0;
    for (ConfigForm.Change change : changes) {
      Label name = new Label(FieldLabels.plain(change.field()));
      name.getStyleClass().add(Styles.TEXT_BOLD);
      grid.addRow(
          row++,
          name,
          new Label(FieldLabels.value(change.field(), change.from())),
          new Label("\u2192"),
          new Label(FieldLabels.value(change.field(), change.to())));
    }
    CheckBox skip = new CheckBox("Don't show this review again");
    skip.setId("review-skip");
    Alert alert =
        alert(
            Alert.AlertType.CONFIRMATION,
            "Review changes",
            "Send "
                + changes.size()
                + (changes.size() == 1 ? " change" : " changes")
                + " to "
                + cluster
                + "?",
            new VBox(12, grid, skip),
            SEND,
            ButtonType.CANCEL);
    alert.getDialogPane().setId("review-dialog");
    boolean send = alert.showAndWait().filter(SEND::equals).isPresent();
    if (send && skip.isSelected()) {
      rememberSkip.accept(true);
    }
    return send;
  }

  @Override
  public Unsaved unsaved(String what, boolean canSave) {
    Alert alert =
        alert(
            Alert.AlertType.WARNING,
            "Unsaved changes",
            "The OCSP settings have unsaved changes. Save them before " + what + "?",
            null,
            SAVE,
            DISCARD,
            ButtonType.CANCEL);
    alert.getDialogPane().setId("unsaved-dialog");
    alert.getDialogPane().lookupButton(SAVE).setDisable(!canSave);
    Optional<ButtonType> answer = alert.showAndWait();
    if (answer.filter(SAVE::equals).isPresent()) {
      return Unsaved.SAVE;
    }
    return answer.filter(DISCARD::equals).isPresent() ? Unsaved.DISCARD : Unsaved.CANCEL;
  }

  @Override
  public boolean discardAndReload() {
    Alert alert =
        alert(
            Alert.AlertType.CONFIRMATION,
            "Reload",
            "Reloading replaces your unsaved changes with the cluster's current settings.",
            null,
            RELOAD,
            ButtonType.CANCEL);
    alert.getDialogPane().setId("reload-dialog");
    return alert.showAndWait().filter(RELOAD::equals).isPresent();
  }

  /** Asks for the password; shown later on the FX thread so the caller never blocks. */
  public CompletionStage<Optional<char[]>> password(String user, String reason) {
    CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
    FxThread.later(
        () -> {
          PasswordField field = new PasswordField();
          field.setId("password-field");
          field.setAccessibleText("Password for " + user);
          Label label = new Label("_Password for " + user);
          label.setMnemonicParsing(true);
          label.setLabelFor(field);
          Dialog<ButtonType> dialog =
              alert(
                  Alert.AlertType.NONE,
                  "Sign in again",
                  reason,
                  new VBox(6, label, field),
                  SIGN_IN,
                  ButtonType.CANCEL);
          dialog.getDialogPane().setId("password-dialog");
          FxThread.later(field::requestFocus);
          boolean ok =
              dialog.showAndWait().filter(SIGN_IN::equals).isPresent()
                  && !PasswordFields.isEmpty(field);
          char[] typed = PasswordFields.take(field);
          if (!ok) {
            java.util.Arrays.fill(typed, '\0');
          }
          answer.complete(ok ? Optional.of(typed) : Optional.empty());
        });
    return answer;
  }

  private Alert alert(
      Alert.AlertType type, String title, String header, Node content, ButtonType... buttons) {
    Alert alert = new Alert(type, "", buttons);
    alert.initOwner(owner);
    alert.setTitle(title);
    alert.setHeaderText(header);
    if (content != null) {
      alert.getDialogPane().setContent(content);
    }
    return alert;
  }
}
