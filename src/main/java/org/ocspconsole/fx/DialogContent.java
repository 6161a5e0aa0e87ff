package org.ocspconsole.fx;

import javafx.scene.layout.Region;

/**
 * The content of a dialog without a header. AtlantaFX pads it on every side but the left, the room
 * it leaves to an alert's icon, so a form or a grid of our own touched the dialog's left edge.
 */
public final class DialogContent {
  private DialogContent() {}

  /** The content, padded as AtlantaFX pads a dialog's content under a header (in em: it scales). */
  public static <T extends Region> T padded(T content) {
    content.setStyle("-fx-padding: 1em 1em 0 1em;");
    return content;
  }
}
