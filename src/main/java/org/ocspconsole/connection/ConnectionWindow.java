package org.ocspconsole.connection;

import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The connection screen in a window of its own over the main one; closes once connected. */
public final class ConnectionWindow {
  private ConnectionWindow() {}

  public static Stage show(
      Window owner, ConnectionViewModel vm, Consumer<ConnectFlow.Connected> onConnected) {
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle("Connect \u2014 OCSP Console");
    ConnectionView view =
        new ConnectionView(
            vm,
            connected -> {
              stage.close();
              onConnected.accept(connected);
            },
            stage::close);
    Scene scene = new Scene(view, 760, 540);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    }
    // A filter, not a handler: the profile list, which has the focus when the screen opens,
    // consumes Esc before it would bubble up to the scene.
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE && !vm.busyProperty().get()) {
            e.consume();
            stage.close();
          }
        });
    stage.setScene(scene);
    stage.show();
    view.lookup("#profile-list").requestFocus();
    return stage;
  }
}
