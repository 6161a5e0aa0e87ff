package org.ocspconsole.config;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.fx.SafeDialogs;

/**
 * Shows each field changed both in the form and on the cluster with its three values, and lets the
 * user keep theirs, keep mine, or choose per field. No side is preselected and Enter only saves
 * what was chosen in every row, so no single key overwrites someone else's change. Esc cancels:
 * nothing is sent.
 */
public final class ConflictDialog implements ConflictResolver {
  public static final ButtonType KEEP_THEIRS =
      new ButtonType("Keep _theirs", ButtonBar.ButtonData.LEFT);
  public static final ButtonType KEEP_MINE =
      new ButtonType("Keep _mine", ButtonBar.ButtonData.LEFT);
  public static final ButtonType SAVE =
      new ButtonType("_Save as chosen", ButtonBar.ButtonData.OK_DONE);

  private final Window owner;

  public ConflictDialog(Window owner) {
    this.owner = owner;
  }

  @Override
  public CompletionStage<Optional<Map<OcspField, ConflictCheck.Choice>>> resolve(
      List<ConflictCheck.Conflict> conflicts, String cluster) {
    CompletableFuture<Optional<Map<OcspField, ConflictCheck.Choice>>> answer =
        new CompletableFuture<>();
    FxThread.later(() -> answer.complete(ask(conflicts, cluster)));
    return answer;
  }

  private Optional<Map<OcspField, ConflictCheck.Choice>> ask(
      List<ConflictCheck.Conflict> conflicts, String cluster) {
    ConflictChoices choices = new ConflictChoices(conflicts);
    GridPane grid = new GridPane();
    grid.setHgap(14);
    grid.setVgap(8);
    grid.addRow(0, bold(""), bold("When you loaded"), bold("Theirs, now"), bold("Yours"));
    RadioButton first = null;
    int row = 1;
    for (ConflictCheck.Conflict c : conflicts) {
      // No side is preselected: a choice is the user's, never the dialog's.
      ToggleGroup group = new ToggleGroup();
      RadioButton theirs = choice(FieldLabels.value(c.field(), c.theirs()), group, "theirs", c);
      RadioButton yours = choice(FieldLabels.value(c.field(), c.yours()), group, "yours", c);
      group
          .selectedToggleProperty()
          .addListener(
              (obs, old, now) ->
                  choices
                      .choice(c.field())
                      .set(now == null ? null : (ConflictCheck.Choice) now.getUserData()));
      first = first == null ? theirs : first;
      grid.addRow(
          row++,
          bold(FieldLabels.plain(c.field())),
          plain(FieldLabels.value(c.field(), c.loaded())),
          theirs,
          yours);
    }
    Label intro =
        new Label(
            "Since you loaded the settings, someone else (another administrator, rladmin or the"
                + " Kubernetes operator) changed the fields below on "
                + cluster
                + ". Choose whose value each keeps; fields only they changed keep their values.");
    intro.setWrapText(true);
    intro.setMaxWidth(560);
    Label pending = new Label("Choose a value in each row, or keep theirs or yours for all.");
    pending.setId("conflict-pending");
    pending.getStyleClass().add(Styles.TEXT_MUTED);
    pending.visibleProperty().bind(choices.completeProperty().not());
    Alert alert = new Alert(Alert.AlertType.WARNING, "", KEEP_THEIRS, KEEP_MINE, SAVE);
    alert.getButtonTypes().add(ButtonType.CANCEL);
    alert.initOwner(owner);
    alert.setTitle("Changed by someone else");
    alert.setHeaderText("The settings changed on the cluster while you were editing");
    alert.getDialogPane().setContent(new VBox(12, intro, grid, pending));
    alert.getDialogPane().setId("conflict-dialog");
    alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    alert.getDialogPane().setPrefWidth(760);
    alert.setResizable(true);
    // Enter is "Save as chosen", enabled only once every row has a side; Enter on a focused
    // "Keep mine" does not overwrite either (see SafeDialogs).
    alert
        .getDialogPane()
        .lookupButton(SAVE)
        .disableProperty()
        .bind(choices.completeProperty().not());
    SafeDialogs.enterFiresDefaultOnly(alert.getDialogPane());
    RadioButton firstChoice = first;
    alert.setOnShown(e -> FxThread.later(firstChoice::requestFocus));
    ButtonType pressed = alert.showAndWait().orElse(ButtonType.CANCEL);
    if (pressed == KEEP_THEIRS) {
      return Optional.of(choices.all(ConflictCheck.Choice.THEIRS));
    }
    if (pressed == KEEP_MINE) {
      return Optional.of(choices.all(ConflictCheck.Choice.YOURS));
    }
    return pressed == SAVE ? Optional.of(choices.chosen()) : Optional.empty();
  }

  private static RadioButton choice(
      String text, ToggleGroup group, String side, ConflictCheck.Conflict conflict) {
    RadioButton button = new RadioButton(text);
    button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    button.setToggleGroup(group);
    button.setId(conflict.field().key().replace('_', '-') + "-" + side);
    button.setUserData(
        side.equals("theirs") ? ConflictCheck.Choice.THEIRS : ConflictCheck.Choice.YOURS);
    button.setAccessibleText(
        "Keep " + side + " for " + FieldLabels.plain(conflict.field()) + ": " + text);
    return button;
  }

  private static Label plain(String text) {
    Label label = new Label(text);
    label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return label;
  }

  private static Label bold(String text) {
    Label label = new Label(text);
    label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    label.getStyleClass().add(Styles.TEXT_BOLD);
    return label;
  }
}
