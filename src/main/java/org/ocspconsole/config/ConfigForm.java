package org.ocspconsole.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspUpdate;

/**
 * The editable OCSP settings and everything derived from them: which fields changed, whether all
 * are valid, what a save would send. No network here; {@link ConfigViewModel} does that.
 */
public final class ConfigForm {
  /** One changed field, for the review before saving. */
  public record Change(OcspField field, Object from, Object to) {}

  /** The form's values as the user left them, invalid text included, to undo a revert. */
  public record Edits(boolean enabled, Map<OcspField, String> texts) {
    public Edits {
      texts = Map.copyOf(texts);
    }
  }

  private final ObjectProperty<OcspConfig> loaded = new SimpleObjectProperty<>(this, "loaded");
  private final EnabledSwitch toggle = new EnabledSwitch(loaded);
  private final BooleanProperty enabled = toggle.enabled();
  private final Map<OcspField, NumberField> numbers = new EnumMap<>(OcspField.class);
  private final BooleanBinding dirty;
  private final BooleanBinding valid;
  private final StringBinding summary;

  public ConfigForm() {
    for (OcspField field : OcspField.values()) {
      if (field.isInteger()) {
        numbers.put(field, new NumberField(field));
      }
    }
    StringBinding enabledMessage = toggle.message();
    BooleanBinding enabledDirty = toggle.dirty();
    List<Observable> dirtyInputs = new ArrayList<>(List.of(enabledDirty));
    List<Observable> messages = new ArrayList<>(List.of(enabledMessage));
    numbers
        .values()
        .forEach(
            n -> {
              dirtyInputs.add(n.dirtyProperty());
              messages.add(n.messageProperty());
            });
    dirty =
        Bindings.createBooleanBinding(
            () ->
                enabledDirty.get()
                    || numbers.values().stream().anyMatch(n -> n.dirtyProperty().get()),
            dirtyInputs.toArray(Observable[]::new));
    valid =
        Bindings.createBooleanBinding(
            () ->
                enabledMessage.get() == null
                    && numbers.values().stream().allMatch(n -> n.messageProperty().get() == null),
            messages.toArray(Observable[]::new));
    List<Observable> summaryInputs = new ArrayList<>(List.of(enabled));
    numbers
        .values()
        .forEach(
            n ->
                summaryInputs.addAll(
                    List.of(n.validValueProperty(), n.messageProperty(), n.warningProperty())));
    summary =
        Bindings.createStringBinding(
            () -> SettingsSummary.describe(enabled.get(), numbers),
            summaryInputs.toArray(Observable[]::new));
  }

  public ObjectProperty<OcspConfig> loadedProperty() {
    return loaded;
  }

  public BooleanProperty enabledProperty() {
    return enabled;
  }

  public StringBinding enabledMessageProperty() {
    return toggle.message();
  }

  /** The one message to show at the switch, or null. */
  public StringBinding switchNoteProperty() {
    return toggle.note();
  }

  /** Whether the user's last attempt to turn OCSP on was refused (the note then reads as such). */
  public BooleanProperty refusedProperty() {
    return toggle.refused();
  }

  /**
   * Whether the switch may move to {@code on}. Turning OCSP on is refused while the proxy
   * certificate carries no responder URL, so the switch never shows a state the cluster would
   * refuse; the refusal is remembered for the message.
   */
  public boolean accepts(boolean on) {
    return toggle.accepts(on);
  }

  /** Moves the switch as the user would; returns false when that was refused. */
  public boolean requestEnabled(boolean on) {
    if (!accepts(on)) {
      return false;
    }
    enabled.set(on);
    return true;
  }

  public BooleanBinding enabledDirtyProperty() {
    return toggle.dirty();
  }

  public NumberField number(OcspField field) {
    return numbers.get(field);
  }

  public Collection<NumberField> numbers() {
    return numbers.values();
  }

  public BooleanBinding dirtyProperty() {
    return dirty;
  }

  public BooleanBinding validProperty() {
    return valid;
  }

  /** What the current values mean, in plain words. */
  public StringBinding summaryProperty() {
    return summary;
  }

  /**
   * Shows a configuration as loaded (or as the server answered a save): the form is clean after.
   */
  public void load(OcspConfig config) {
    loaded.set(config);
    toggle.load(config);
    numbers.forEach((field, number) -> number.load((Integer) config.get(field)));
  }

  /** Shows a save's answer, keeping the user's values of the given fields as unsaved edits. */
  void loadKeeping(OcspConfig config, Collection<OcspField> keep) {
    Edits before = edits();
    load(config);
    for (OcspField field : keep) {
      if (field == OcspField.OCSP_FUNCTIONALITY) {
        enabled.set(before.enabled());
      } else {
        numbers.get(field).textProperty().set(before.texts().get(field));
      }
    }
  }

  public void revert() {
    OcspConfig config = loaded.get();
    if (config != null) {
      enabled.set(Boolean.TRUE.equals(config.ocspFunctionality()));
      numbers.values().forEach(NumberField::revert);
    }
  }

  public Edits edits() {
    Map<OcspField, String> texts = new EnumMap<>(OcspField.class);
    numbers.forEach((field, number) -> texts.put(field, number.textProperty().get()));
    return new Edits(enabled.get(), texts);
  }

  /** Puts edits back over the same loaded configuration, as they were typed. */
  public void restore(Edits edits) {
    enabled.set(edits.enabled());
    edits.texts().forEach((field, text) -> numbers.get(field).textProperty().set(text));
  }

  /** The loaded configuration with the user's valid edits applied. */
  public OcspConfig edited() {
    OcspConfig config = loaded.get();
    if (config.ocspFunctionality() != null || enabled.get()) {
      config = config.with(OcspField.OCSP_FUNCTIONALITY, enabled.get());
    }
    for (NumberField number : numbers.values()) {
      if (number.valueProperty().get() != null) {
        config = config.with(number.field(), number.valueProperty().get());
      }
    }
    return config;
  }

  /** Exactly the fields a save sends. */
  public OcspUpdate update() {
    return OcspUpdate.between(loaded.get(), edited());
  }

  public List<Change> changes() {
    List<Change> list = new ArrayList<>();
    update()
        .changes()
        .forEach((field, to) -> list.add(new Change(field, loaded.get().get(field), to)));
    return list;
  }

  void setServerError(OcspField field, String message) {
    if (field == OcspField.OCSP_FUNCTIONALITY) {
      toggle.setServerError(message);
    } else {
      numbers.get(field).setServerError(message);
    }
  }
}
