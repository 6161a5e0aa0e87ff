package org.ocspconsole.config;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ocspconsole.api.OcspField;

/** Puts one {@link NumberField} into two rows of the form's grid; binds, nothing more. */
final class NumberFieldRow {
  private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
  private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

  private NumberFieldRow() {}

  static TextField add(GridPane grid, int row, NumberField model) {
    OcspField field = model.field();
    String id = field.key().replace('_', '-');
    Label label = new Label(FieldLabels.label(field));
    label.setMnemonicParsing(true);
    TextField input = new TextField();
    input.setId(id);
    input.setPrefColumnCount(7);
    input.textProperty().bindBidirectional(model.textProperty());
    input.setAccessibleHelp(FieldLabels.explanation(field) + " " + FieldLabels.range(field));
    input.setTooltip(new Tooltip(FieldLabels.explanation(field)));
    label.setLabelFor(input);
    Label unit = new Label(field.isSeconds() ? "seconds" : "tries");
    unit.getStyleClass().add(Styles.TEXT_MUTED);
    Label human = new Label();
    human.setId(id + "-human");
    human.textProperty().bind(model.humanProperty().map(text -> text.isEmpty() ? "" : "= " + text));
    Label changed = new Label("changed");
    changed.setId(id + "-changed");
    changed.getStyleClass().addAll("changed-marker", Styles.TEXT_SMALL);
    changed.visibleProperty().bind(model.dirtyProperty());
    Button reset = new Button("Default");
    reset.setId(id + "-reset");
    reset.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    reset.setAccessibleText(
        "Reset " + FieldLabels.plain(field) + " to its default, " + field.defaultValue());
    reset.setTooltip(
        new Tooltip("Reset to the default: " + FieldLabels.value(field, field.defaultValue())));
    // Nothing to reset when the value already is the default: a press would change nothing, and
    // Tab skips a disabled button.
    reset
        .disableProperty()
        .bind(Bindings.createBooleanBinding(model::isDefault, model.valueProperty()));
    reset.setOnAction(
        e -> {
          // The field shows the new value (selected, marked "changed" when it differs from the
          // cluster's) and keeps the focus that the now disabled button would lose.
          model.resetToDefault();
          input.requestFocus();
          input.selectAll();
        });
    HBox inputLine = new HBox(8, input, unit, human);
    inputLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

    Label hint = new Label(FieldLabels.range(field));
    hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    Label message = new Label();
    message.setId(id + "-message");
    message.setWrapText(true);
    message.getStyleClass().addAll(Styles.DANGER, "field-message");
    message.textProperty().bind(model.messageProperty());
    message.visibleProperty().bind(model.messageProperty().isNotNull());
    message.managedProperty().bind(message.visibleProperty());
    model
        .messageProperty()
        .addListener(
            (obs, old, now) -> {
              input.pseudoClassStateChanged(INVALID, now != null);
              input.pseudoClassStateChanged(Styles.STATE_DANGER, now != null);
            });
    // The cluster's own out-of-range value: a note, not an error, since it is not sent.
    Label warning = new Label();
    warning.setId(id + "-warning");
    warning.setWrapText(true);
    warning.getStyleClass().addAll(Styles.WARNING, "field-message");
    warning.textProperty().bind(model.warningProperty());
    warning.visibleProperty().bind(model.warningProperty().isNotNull());
    warning.managedProperty().bind(warning.visibleProperty());
    input.pseudoClassStateChanged(Styles.STATE_WARNING, model.warningProperty().get() != null);
    model
        .warningProperty()
        .addListener(
            (obs, old, now) -> input.pseudoClassStateChanged(Styles.STATE_WARNING, now != null));
    model
        .dirtyProperty()
        .addListener((obs, old, now) -> input.pseudoClassStateChanged(CHANGED, now));

    grid.addRow(row, label, inputLine, reset, changed);
    grid.add(new VBox(2, message, warning, hint), 1, row + 1, 3, 1);
    return input;
  }
}
