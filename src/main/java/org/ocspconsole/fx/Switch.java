package org.ocspconsole.fx;

import atlantafx.base.controls.ToggleSwitch;
import java.util.function.Predicate;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * AtlantaFX's switch, made usable without a mouse: it takes focus, Space toggles it, and screen
 * readers hear a toggle button with its state. A guard can refuse a toggle, in which case the
 * switch does not move at all (rather than moving and being set back).
 */
public final class Switch extends ToggleSwitch {
  private Predicate<Boolean> guard = wanted -> true;

  public Switch(String text) {
    super(text);
    setFocusTraversable(true);
    setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
    addEventHandler(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.SPACE && !isDisabled()) {
            if (guard.test(!isSelected())) {
              setSelected(!isSelected());
            }
            event.consume();
          }
        });
    // The skin toggles on the release over its thumb; a filter runs before it and can stop it.
    addEventFilter(
        MouseEvent.MOUSE_RELEASED,
        event -> {
          if (onThumb(event) && !guard.test(!isSelected())) {
            event.consume();
          }
        });
    setOnMouseClicked(event -> requestFocus());
    selectedProperty()
        .addListener(
            (obs, old, now) -> notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED));
  }

  /** Decides whether the user may move the switch to the given state. */
  public void setGuard(Predicate<Boolean> guard) {
    this.guard = guard;
  }

  private static boolean onThumb(MouseEvent event) {
    for (Node n = event.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
      if (n.getStyleClass().contains("thumb") || n.getStyleClass().contains("thumb-area")) {
        return true;
      }
      if (n instanceof Switch) {
        return false;
      }
    }
    return false;
  }

  @Override
  public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
    if (attribute == AccessibleAttribute.SELECTED) {
      return isSelected();
    }
    return super.queryAccessibleAttribute(attribute, parameters);
  }
}
