package org.ocspconsole.fx;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Focus rings on radio buttons and check boxes in every window: the main window, the connection
 * screen and its profile editor, the fleet, and every dialog, whoever builds it. AtlantaFX draws
 * none, and a rule added window by window was missing wherever someone forgot it.
 */
public final class FocusRings {
  /** The stylesheet with the rings. */
  public static final String STYLESHEET =
      FocusRings.class.getResource("focus-rings.css").toExternalForm();

  private static boolean installed;

  private FocusRings() {}

  /** From now on every window's scene gets the rings, those open now included. FX thread. */
  public static void everywhere() {
    if (installed) {
      return;
    }
    installed = true;
    Window.getWindows().forEach(FocusRings::follow);
    Window.getWindows()
        .addListener(
            (ListChangeListener<Window>)
                change -> {
                  while (change.next()) {
                    change.getAddedSubList().forEach(FocusRings::follow);
                  }
                });
  }

  private static void follow(Window window) {
    if (window instanceof PopupWindow) {
      return; // tooltips and menus hold no radio buttons
    }
    addTo(window.getScene());
    window.sceneProperty().addListener((obs, old, scene) -> addTo(scene));
  }

  private static void addTo(Scene scene) {
    if (scene != null && !scene.getStylesheets().contains(STYLESHEET)) {
      scene.getStylesheets().add(STYLESHEET);
    }
  }
}
