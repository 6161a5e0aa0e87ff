package org.ocspconsole.fx;

import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * Keeps the keyboard focus where the user was across a busy period. Busy disables the form and
 * shows a Cancel button that hides again after; JavaFX moves the focus on to the next enabled
 * control each time, which after a failed save was Revert: one Space then threw every edit away.
 */
public final class FocusKeeper {
  private FocusKeeper() {}

  /**
   * When {@code busy} ends, gives the focus back to the control that had it when {@code busy}
   * began, if it can take it again; otherwise runs {@code fallback} (focus the banner's action,
   * say).
   */
  public static void keep(ObservableBooleanValue busy, Parent root, BooleanSupplier fallback) {
    Node[] before = new Node[1];
    int[] selection = new int[2];
    busy.addListener(
        (obs, was, now) -> {
          Scene scene = root.getScene();
          if (scene == null) {
            return;
          }
          if (now) {
            before[0] = scene.getFocusOwner();
            if (before[0] instanceof TextInputControl text) {
              selection[0] = text.getAnchor();
              selection[1] = text.getCaretPosition();
            }
            return;
          }
          Node owner = before[0];
          before[0] = null;
          // Later, once the bindings have enabled the form again.
          FxThread.later(
              () -> {
                if (owner != null && owner.getScene() == scene && canTakeFocus(owner)) {
                  owner.requestFocus();
                  // A text field selects all when it gains the focus: the next key would replace
                  // the user's value. Put the caret back where it was.
                  if (owner instanceof TextInputControl text) {
                    int length = text.getLength();
                    text.selectRange(
                        Math.min(selection[0], length), Math.min(selection[1], length));
                  }
                } else {
                  fallback.getAsBoolean();
                }
              });
        });
  }

  private static boolean canTakeFocus(Node node) {
    if (node.isDisabled() || !node.isFocusTraversable()) {
      return false;
    }
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }
}
