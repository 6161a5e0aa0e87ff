package org.ocspconsole.fx;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * A control that may be disabled for a reason the user should be able to read. A disabled control
 * receives no mouse events, so its own tooltip never shows: the same tooltip is installed on a
 * holder around it, which still sees the pointer.
 */
public final class Explained {
  private Explained() {}

  /**
   * @param usual the tooltip while the control can be used
   * @param blocked why it cannot be used, or null while it can; disables the control
   * @return the holder to place instead of the control
   */
  public static HBox wrap(Control control, String usual, ObservableStringValue blocked) {
    Tooltip tip = new Tooltip();
    tip.setWrapText(true);
    tip.setMaxWidth(420);
    tip.textProperty()
        .bind(Bindings.createStringBinding(() -> orElse(blocked.get(), usual), blocked));
    control.setTooltip(tip);
    control
        .accessibleHelpProperty()
        .bind(Bindings.createStringBinding(() -> orElse(blocked.get(), usual), blocked));
    HBox holder = new HBox(control);
    holder.setMinWidth(HBox.USE_PREF_SIZE);
    Tooltip.install(holder, tip);
    return holder;
  }

  private static String orElse(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
