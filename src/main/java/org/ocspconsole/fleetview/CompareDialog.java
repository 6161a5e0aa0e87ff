package org.ocspconsole.fleetview;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.fleet.Drift;
import org.ocspconsole.fx.DialogContent;

/** Two clusters side by side, field by field; the lines that differ are marked. Read-only. */
final class CompareDialog {
  private CompareDialog() {}

  static void show(Window owner, FleetRow left, FleetRow right) {
    Dialog<Void> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Compare " + left.member().name() + " and " + right.member().name());
    dialog.setHeaderText(null);
    GridPane grid = new GridPane();
    grid.getStyleClass().add("fleet-grid");
    grid.setId("fleet-compare-grid");
    grid.addRow(0, new Label(""), bold(left.member().name()), bold(right.member().name()));
    List<Drift.Line> lines = Drift.sideBySide(config(left), config(right));
    int row = 1;
    for (Drift.Line line : lines) {
      Label name = new Label((line.differs() ? "≠ " : "") + line.label());
      name.setMinWidth(Region.USE_PREF_SIZE); // the values give way first: a URL can be long
      Label a = new Label(line.left());
      Label b = new Label(line.right());
      if (line.differs()) {
        name.getStyleClass().add("fleet-differs");
        a.getStyleClass().add("fleet-differs");
        b.getStyleClass().add("fleet-differs");
      }
      grid.addRow(row++, name, a, b);
    }
    long differing = lines.stream().filter(Drift.Line::differs).count();
    grid.add(
        new Label(
            differing == 0
                ? "Alike in every field."
                : differing + (differing == 1 ? " field differs." : " fields differ.")),
        0,
        row,
        3,
        1);
    dialog.getDialogPane().setContent(DialogContent.padded(grid));
    // AtlantaFX caps a dialog at 600 px, which cut "≠ Recovery max tries" beside two URLs: as
    // wide as its lines, up to 800 px, where the values give way.
    dialog.getDialogPane().setMaxWidth(800);
    dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
    dialog.show();
  }

  private static OcspConfig config(FleetRow row) {
    return row.reachable() ? row.reading().config() : null;
  }

  private static Label bold(String text) {
    Label label = new Label(text);
    label.setStyle("-fx-font-weight: bold;");
    return label;
  }
}
