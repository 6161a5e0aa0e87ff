package org.ocspconsole.fleetview;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.ocspconsole.api.Durations;
import org.ocspconsole.api.FieldWords;
import org.ocspconsole.api.OcspField;

/**
 * A tick and a value per setting: a ticked field with a value is part of the change, an unticked
 * one is left out altogether. A value that is not a whole number is said at once, under its field.
 */
final class ChangeChooser extends GridPane {
  private CheckBox first;

  ChangeChooser(ChangeViewModel vm) {
    getStyleClass().add("fleet-grid");
    int row = 0;
    for (OcspField field : OcspField.values()) {
      CheckBox tick =
          new CheckBox(
              field == OcspField.OCSP_FUNCTIONALITY
                  ? "Set OCSP stapling"
                  : "Set " + FieldWords.label(field).toLowerCase(java.util.Locale.ROOT));
      tick.setId("fleet-set-" + field.key());
      if (first == null) {
        first = tick;
      }
      // "= 1 h" for a good value, plainly; what is wrong with a bad one, in the danger colour.
      Label note = new Label();
      note.setId("fleet-note-" + field.key());
      Control input;
      if (field.isInteger()) {
        TextField text = new TextField(String.valueOf(field.defaultValue()));
        text.setId("fleet-value-" + field.key());
        text.setPrefColumnCount(8);
        text.setPromptText(field.min() + "–" + field.max());
        Runnable update =
            () -> vm.valueProperty(field).set(tick.isSelected() ? parse(field, text, note) : null);
        text.textProperty().addListener((o, a, b) -> update.run());
        tick.selectedProperty().addListener((o, a, b) -> update.run());
        Consumer<Object> show =
            value -> {
              if (value != null && !String.valueOf(value).equals(text.getText())) {
                text.setText(String.valueOf(value));
              }
              if (value != null) {
                tick.setSelected(true);
              }
            };
        vm.valueProperty(field).addListener((o, a, value) -> show.accept(value));
        // Values loaded from a file before the window opened: shown ticked, as they will be sent.
        show.accept(vm.valueProperty(field).get());
        input = text;
      } else {
        ChoiceBox<String> onOff = new ChoiceBox<>();
        onOff.setId("fleet-value-" + field.key());
        onOff.getItems().setAll("on", "off");
        onOff.setValue("on");
        Runnable update =
            () ->
                vm.valueProperty(field)
                    .set(tick.isSelected() ? "on".equals(onOff.getValue()) : null);
        onOff.valueProperty().addListener((o, a, b) -> update.run());
        tick.selectedProperty().addListener((o, a, b) -> update.run());
        Consumer<Object> show =
            value -> {
              if (value instanceof Boolean on) {
                onOff.setValue(on ? "on" : "off");
                tick.setSelected(true);
              }
            };
        vm.valueProperty(field).addListener((o, a, value) -> show.accept(value));
        show.accept(vm.valueProperty(field).get());
        input = onOff;
      }
      input.disableProperty().bind(tick.selectedProperty().not());
      input.setAccessibleText(FieldWords.label(field));
      Label unit =
          new Label(
              field.isSeconds()
                  ? "seconds (" + field.min() + "–" + field.max() + ")"
                  : field.isInteger() ? "(" + field.min() + "–" + field.max() + ")" : "");
      addRow(row++, tick, input, unit, note);
    }
  }

  void focusFirst() {
    first.requestFocus();
  }

  /**
   * The value typed, or null when it is no whole number; an out-of-range one is kept, so that the
   * review can say why it will not be sent.
   */
  private static Integer parse(OcspField field, TextField text, Label note) {
    Integer value;
    String problem = null;
    try {
      value = Integer.parseInt(text.getText().trim());
      if (!field.inRange(value)) {
        problem = "out of range: " + field.min() + " to " + field.max();
      }
    } catch (NumberFormatException e) {
      value = null;
      problem = "a whole number from " + field.min() + " to " + field.max();
    }
    note.setText(
        problem != null ? problem : field.isSeconds() ? "= " + Durations.human(value) : "");
    note.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
    text.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
    return value;
  }
}
