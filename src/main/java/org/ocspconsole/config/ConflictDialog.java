package org.ocspconsole.config;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
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

/**
 * Shows each field changed both in the form and on the cluster with its three values, and lets the
 * user keep theirs, keep mine, or choose per field. Esc cancels: nothing is sent.
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
    Platform.runLater(() -> answer.complete(ask(conflicts, cluster)));
    return answer;
  }

  private Optional<Map<OcspField, ConflictCheck.Choice>> ask(
      List<ConflictCheck.Conflict> conflicts, String cluster) {
    GridPane grid = new GridPane();
    grid.setHgap(14);
    grid.setVgap(8);
    grid.addRow(0, bold(""), bold("When you loaded"), bold("Theirs, now"), bold("Yours"));
    Map<OcspField, ToggleGroup> groups = new EnumMap<>(OcspField.class);
    int row = 1;
    for (ConflictCheck.Conflict c : conflicts) {
      ToggleGroup group = new ToggleGroup();
      RadioButton theirs = choice(FieldLabels.value(c.field(), c.theirs()), group, "theirs", c);
      RadioButton yours = choice(FieldLabels.value(c.field(), c.yours()), group, "yours", c);
      yours.setSelected(true);
      groups.put(c.field(), group);
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
    Alert alert = new Alert(Alert.AlertType.WARNING, "", KEEP_THEIRS, KEEP_MINE, SAVE);
    alert.getButtonTypes().add(ButtonType.CANCEL);
    alert.initOwner(owner);
    alert.setTitle("Changed by someone else");
    alert.setHeaderText("The settings changed on the cluster while you were editing");
    alert.getDialogPane().setContent(new VBox(12, intro, grid));
    alert.getDialogPane().setId("conflict-dialog");
    alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    alert.getDialogPane().setPrefWidth(760);
    alert.setResizable(true);
    ButtonType pressed = alert.showAndWait().orElse(ButtonType.CANCEL);
    if (pressed == ButtonType.CANCEL) {
      return Optional.empty();
    }
    Map<OcspField, ConflictCheck.Choice> choices = new EnumMap<>(OcspField.class);
    groups.forEach(
        (field, group) -> {
          ConflictCheck.Choice choice;
          if (pressed == KEEP_THEIRS) {
            choice = ConflictCheck.Choice.THEIRS;
          } else if (pressed == KEEP_MINE) {
            choice = ConflictCheck.Choice.YOURS;
          } else {
            choice = (ConflictCheck.Choice) group.getSelectedToggle().getUserData();
          }
          choices.put(field, choice);
        });
    return Optional.of(choices);
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
