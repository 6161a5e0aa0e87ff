package org.ocspconsole.app;

import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The window and taskbar icon, in the sizes desktops ask for. */
final class Icons {
  private static final int[] SIZES = {16, 32, 64, 256};

  private Icons() {}

  static void apply(Stage stage) {
    for (int size : SIZES) {
      InputStream in =
          Icons.class.getResourceAsStream("/org/ocspconsole/icons/icon-" + size + ".png");
      if (in != null) {
        stage.getIcons().add(new Image(in));
      }
    }
  }
}
