package org.ocspconsole.fx;

import atlantafx.base.controls.ToggleSwitch;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * AtlantaFX's switch, made usable without a mouse: it takes focus, Space toggles it, and screen
 * readers hear a toggle button with its state.
 */
public final class Switch extends ToggleSwitch {
  public Switch(String text) {
    super(text);
    setFocusTraversable(true);
    setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
    addEventHandler(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.SPACE && !isDisabled()) {
            setSelected(!isSelected());
            event.consume();
          }
        });
    setOnMouseClicked(event -> requestFocus());
    selectedProperty()
        .addListener(
            (obs, old, now) -> notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED));
  }

  @Override
  public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
    if (attribute == AccessibleAttribute.SELECTED) {
      return isSelected();
    }
    return super.queryAccessibleAttribute(attribute, parameters);
  }
}
