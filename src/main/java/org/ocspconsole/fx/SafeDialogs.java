package org.ocspconsole.fx;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Dialogs whose answer matters (trust a certificate, overwrite someone's value) follow one rule,
 * the macOS one: Enter fires the default button wherever the focus is, Space fires the focused
 * button. JavaFX alone fires the focused button on Enter, so a Tab too many and one Enter would
 * trust or overwrite.
 */
public final class SafeDialogs {
  private SafeDialogs() {}

  /**
   * {@code safe} becomes the default and the cancel button (Enter and Esc) and has the focus when
   * the dialog opens; every other button needs a click, its mnemonic, or Tab and Space.
   */
  public static void refuseByDefault(Dialog<?> dialog, ButtonType safe) {
    DialogPane pane = dialog.getDialogPane();
    Button button = (Button) pane.lookupButton(safe);
    for (ButtonType type : pane.getButtonTypes()) {
      if (pane.lookupButton(type) instanceof Button other && other != button) {
        other.setDefaultButton(false);
      }
    }
    button.setDefaultButton(true);
    button.setCancelButton(true);
    // After the dialog's own choice of initial focus, which is the first button.
    dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> FxThread.later(button::requestFocus));
    enterFiresDefaultOnly(pane);
  }

  /**
   * Enter on a focused button other than the default fires the default button (if it is enabled)
   * instead of the focused one; Space still fires the focused button. Radio buttons and check boxes
   * show when they have the focus.
   */
  public static void enterFiresDefaultOnly(DialogPane pane) {
    pane.getStylesheets().add(FocusRings.STYLESHEET);
    pane.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() != KeyCode.ENTER || pane.getScene() == null) {
            return;
          }
          Node focus = pane.getScene().getFocusOwner();
          if (!(focus instanceof ButtonBase focused)
              || (focused instanceof Button b && b.isDefaultButton())) {
            return;
          }
          event.consume();
          for (ButtonType type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof Button b
                && b.isDefaultButton()
                && !b.isDisabled()) {
              b.fire();
              return;
            }
          }
        });
  }
}
