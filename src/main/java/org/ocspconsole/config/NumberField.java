package org.ocspconsole.config;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ocspconsole.api.OcspField;

/**
 * One whole-number field of the form: the text as typed, the value it parses to, the local rule's
 * message or the server's, and whether it differs from what was loaded.
 */
public final class NumberField {
  private final OcspField field;
  private final StringProperty text = new SimpleStringProperty(this, "text", "");
  private final ObjectProperty<Integer> loaded = new SimpleObjectProperty<>(this, "loaded");
  private final StringProperty serverError = new SimpleStringProperty(this, "serverError");
  private final ObjectBinding<Integer> value;
  private final StringBinding message;
  private final BooleanBinding dirty;
  private final StringBinding human;

  NumberField(OcspField field) {
    this.field = field;
    value = Bindings.createObjectBinding(() -> IntegerInput.parse(text.get()).orElse(null), text);
    StringBinding localError =
        Bindings.createStringBinding(
            () -> {
              // A field the cluster did not report may stay empty; it is then simply not sent.
              if (loaded.get() == null && text.get().isEmpty()) {
                return null;
              }
              return IntegerInput.problem(field, text.get()).orElse(null);
            },
            text,
            loaded);
    message =
        Bindings.createStringBinding(
            () -> localError.get() != null ? localError.get() : serverError.get(),
            localError,
            serverError);
    dirty =
        Bindings.createBooleanBinding(
            () -> {
              Integer current = localError.get() == null ? value.get() : null;
              if (localError.get() != null) {
                return !text.get().equals(loaded.get() == null ? "" : String.valueOf(loaded.get()));
              }
              return !Objects.equals(current, loaded.get());
            },
            text,
            loaded,
            localError,
            value);
    human =
        Bindings.createStringBinding(
            () -> {
              Integer seconds = value.get();
              return field.isSeconds() && seconds != null && localError.get() == null
                  ? Durations.human(seconds)
                  : "";
            },
            value,
            localError);
    // The server's complaint was about the value it saw; editing makes it stale.
    text.addListener((obs, old, now) -> serverError.set(null));
  }

  public OcspField field() {
    return field;
  }

  public StringProperty textProperty() {
    return text;
  }

  /** The parsed value, or null while the text is not a whole number. */
  public ObjectBinding<Integer> valueProperty() {
    return value;
  }

  public Integer loadedValue() {
    return loaded.get();
  }

  /** The message to show under the field: the local rule's, else the server's; null when fine. */
  public StringBinding messageProperty() {
    return message;
  }

  public BooleanBinding dirtyProperty() {
    return dirty;
  }

  /** The value as the Cluster Manager UI shows it ("1 h 3 min 20 s"); empty for counts. */
  public StringBinding humanProperty() {
    return human;
  }

  void setServerError(String text) {
    serverError.set(text);
  }

  void load(Integer loadedValue) {
    loaded.set(loadedValue);
    text.set(loadedValue == null ? "" : String.valueOf(loadedValue));
    serverError.set(null);
  }

  public void revert() {
    text.set(loaded.get() == null ? "" : String.valueOf(loaded.get()));
  }

  public void resetToDefault() {
    text.set(String.valueOf(field.defaultValue()));
  }

  /** Whether the field has its documented default value (what reset would set). */
  public boolean isDefault() {
    return field.defaultValue().equals(value.get());
  }
}
