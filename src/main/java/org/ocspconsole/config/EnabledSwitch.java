package org.ocspconsole.config;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import org.ocspconsole.api.OcspConfig;

/**
 * The OCSP on/off switch of the form: its value, whether it changed, the rule that it cannot be
 * turned on without a responder URL, and the one message shown at it.
 */
final class EnabledSwitch {
  private final ObservableObjectValue<OcspConfig> loaded;
  private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
  private final StringProperty serverError = new SimpleStringProperty(this, "serverError");
  private final BooleanProperty refused = new SimpleBooleanProperty(this, "refused");
  private final StringBinding message;
  private final StringBinding note;
  private final BooleanBinding dirty;

  EnabledSwitch(ObservableObjectValue<OcspConfig> loaded) {
    this.loaded = loaded;
    message =
        Bindings.createStringBinding(
            () -> {
              if (serverError.get() != null) {
                return serverError.get();
              }
              return enabled.get() && turningOnWithoutUrl() ? NoResponderUrl.CANNOT_ENABLE : null;
            },
            enabled,
            loaded,
            serverError);
    // One message at the switch: an error when there is one, else the note about a certificate
    // without a responder URL, which is shown before anyone tries the switch.
    note =
        Bindings.createStringBinding(
            () -> {
              if (message.get() != null) {
                return message.get();
              }
              OcspConfig config = loaded.get();
              return config != null && !config.hasResponderUrl()
                  ? NoResponderUrl.note(Boolean.TRUE.equals(config.ocspFunctionality()))
                  : null;
            },
            message,
            loaded);
    dirty =
        Bindings.createBooleanBinding(
            () ->
                loaded.get() != null
                    && !Objects.equals(
                        enabled.get(), Boolean.TRUE.equals(loaded.get().ocspFunctionality())),
            enabled,
            loaded);
    enabled.addListener((obs, old, now) -> serverError.set(null));
  }

  BooleanProperty enabled() {
    return enabled;
  }

  StringBinding message() {
    return message;
  }

  StringBinding note() {
    return note;
  }

  BooleanProperty refused() {
    return refused;
  }

  BooleanBinding dirty() {
    return dirty;
  }

  /** Turning on from a loaded "off" while the proxy certificate names no responder. */
  private boolean turningOnWithoutUrl() {
    OcspConfig config = loaded.get();
    return config != null
        && !config.hasResponderUrl()
        && !Boolean.TRUE.equals(config.ocspFunctionality());
  }

  boolean accepts(boolean on) {
    boolean refuse = on && !enabled.get() && turningOnWithoutUrl();
    refused.set(refuse);
    return !refuse;
  }

  void load(OcspConfig config) {
    enabled.set(Boolean.TRUE.equals(config.ocspFunctionality()));
    serverError.set(null);
    refused.set(false);
  }

  void setServerError(String text) {
    serverError.set(text);
  }
}
