package org.ocspconsole.config;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ocspconsole.api.OcspField;

/**
 * The user's answer in the conflict dialog, field by field. Nothing is chosen at first, so no key
 * press can overwrite the other administrator's value by default: "Save as chosen" waits until
 * every field has a side.
 */
final class ConflictChoices {
  private final Map<OcspField, ObjectProperty<ConflictCheck.Choice>> choices =
      new EnumMap<>(OcspField.class);
  private final BooleanBinding complete;

  ConflictChoices(List<ConflictCheck.Conflict> conflicts) {
    for (ConflictCheck.Conflict conflict : conflicts) {
      choices.put(conflict.field(), new SimpleObjectProperty<>(this, conflict.field().key()));
    }
    complete =
        Bindings.createBooleanBinding(
            () -> choices.values().stream().allMatch(c -> c.get() != null),
            choices.values().toArray(new ObjectProperty<?>[0]));
  }

  ObjectProperty<ConflictCheck.Choice> choice(OcspField field) {
    return choices.get(field);
  }

  /** Whether every field in conflict has a side. */
  BooleanBinding completeProperty() {
    return complete;
  }

  /** The sides chosen; a field without one is left out, and a save keeps theirs for it. */
  Map<OcspField, ConflictCheck.Choice> chosen() {
    Map<OcspField, ConflictCheck.Choice> chosen = new EnumMap<>(OcspField.class);
    choices.forEach(
        (field, choice) -> {
          if (choice.get() != null) {
            chosen.put(field, choice.get());
          }
        });
    return chosen;
  }

  /** The same side for every field: "Keep theirs" or "Keep mine". */
  Map<OcspField, ConflictCheck.Choice> all(ConflictCheck.Choice side) {
    Map<OcspField, ConflictCheck.Choice> all = new EnumMap<>(OcspField.class);
    choices.keySet().forEach(field -> all.put(field, side));
    return all;
  }
}
