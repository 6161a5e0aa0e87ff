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
import org.ocspconsole.api.Durations;
import org.ocspconsole.api.IntegerInput;
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
  private final StringBinding localError;
  private final StringBinding message;
  private final StringBinding warning;
  private final ObjectBinding<Integer> validValue;
  private final BooleanBinding dirty;
  private final StringBinding human;

  NumberField(OcspField field) {
    this.field = field;
    // The cluster's own value stands as it is, even outside today's documented range (or negative):
    // it is never sent unless the user changes it, so it must not be read as an error.
    BooleanBinding asLoaded =
        Bindings.createBooleanBinding(
            () -> loaded.get() != null && text.get().equals(String.valueOf(loaded.get())),
            text,
            loaded);
    value =
        Bindings.createObjectBinding(
            () -> asLoaded.get() ? loaded.get() : IntegerInput.parse(text.get()).orElse(null),
            text,
            loaded,
            asLoaded);
    localError =
        Bindings.createStringBinding(
            () -> {
              // A field the cluster did not report may stay empty; it is then simply not sent.
              if (loaded.get() == null && text.get().isEmpty()) {
                return null;
              }
              if (asLoaded.get()) {
                return null;
              }
              return IntegerInput.problem(field, text.get()).orElse(null);
            },
            text,
            loaded,
            asLoaded);
    message =
        Bindings.createStringBinding(
            () -> localError.get() != null ? localError.get() : serverError.get(),
            localError,
            serverError);
    warning =
        Bindings.createStringBinding(
            () ->
                asLoaded.get() && !field.inRange(loaded.get()) && serverError.get() == null
                    ? outOfRange(field, loaded.get())
                    : null,
            asLoaded,
            loaded,
            serverError);
    validValue =
        Bindings.createObjectBinding(
            () ->
                message.get() == null && value.get() != null && field.inRange(value.get())
                    ? value.get()
                    : null,
            message,
            value);
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
              return field.isSeconds()
                      && seconds != null
                      && seconds >= 0
                      && localError.get() == null
                  ? Durations.human(seconds)
                  : "";
            },
            value,
            localError);
    // The server's complaint was about the value it saw; editing makes it stale.
    text.addListener((obs, old, now) -> serverError.set(null));
  }

  private static String outOfRange(OcspField field, int held) {
    return "The cluster holds "
        + held
        + (field.isSeconds() ? " s" : "")
        + ", outside today's documented range ("
        + FieldLabels.span(field)
        + "). It is kept and not sent unless you change it; the other fields can be saved.";
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

  /**
   * A note rather than an error: the cluster holds a value outside today's documented range, which
   * the form keeps and does not send. Null when there is nothing to note.
   */
  public StringBinding warningProperty() {
    return warning;
  }

  /** The value when it is free of errors and within the documented range; null otherwise. */
  public ObjectBinding<Integer> validValueProperty() {
    return validValue;
  }

  /** Why the settings summary cannot use this field's value, or null when it can. */
  String unusableReason() {
    if (validValue.get() != null) {
      return null;
    }
    if (warning.get() != null) {
      return "the cluster holds "
          + loaded.get()
          + (field.isSeconds() ? " s" : "")
          + ", outside the documented range "
          + FieldLabels.span(field);
    }
    if (text.get().isEmpty()) {
      return loaded.get() == null ? "the cluster did not report it" : "it is empty";
    }
    if (serverError.get() != null && message.get() != null && message.get() == serverError.get()) {
      return "the cluster refused \u201c" + text.get() + "\u201d";
    }
    return "\u201c" + text.get() + "\u201d is not a valid value";
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
