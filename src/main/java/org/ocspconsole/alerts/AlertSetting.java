package org.ocspconsole.alerts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One boolean cluster alert: what the switch shows ({@link #onProperty()}, which the user flips)
 * and what the cluster holds. A difference between the two is a change to send.
 */
public final class AlertSetting {
  private final String key;
  private final String label;
  private final String help;
  private final BooleanProperty on = new SimpleBooleanProperty(this, "on");
  private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
  private boolean saved;

  AlertSetting(String key, String label, String help) {
    this.key = key;
    this.label = label;
    this.help = help;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public String help() {
    return help;
  }

  public BooleanProperty onProperty() {
    return on;
  }

  /** Whether the cluster has this alert at all (older versions lack the OCSP alerts). */
  public ReadOnlyBooleanProperty availableProperty() {
    return available.getReadOnlyProperty();
  }

  boolean saved() {
    return saved;
  }

  /**
   * The cluster's value could not be read: the switch is unavailable rather than a false "off" a
   * user could save.
   */
  void unknown() {
    available.set(false);
    saved = false;
    on.set(false);
  }

  /** The cluster's value: both the switch and the saved value follow it. */
  void load(Boolean value) {
    available.set(value != null);
    saved = Boolean.TRUE.equals(value);
    on.set(saved);
  }
}
