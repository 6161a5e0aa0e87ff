package org.ocspconsole.fx;

import javafx.scene.control.Button;

/** The console's buttons: an id for tests and the tour, a mnemonic ({@code _Save}), an action. */
public final class Buttons {
  private Buttons() {}

  public static Button of(String text, String id, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setMnemonicParsing(true);
    button.setOnAction(e -> action.run());
    return button;
  }
}
