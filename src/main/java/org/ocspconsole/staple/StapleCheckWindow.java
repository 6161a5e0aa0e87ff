package org.ocspconsole.staple;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.fx.FxThread;

/**
 * The staple check in a window of its own, beside the settings: opened from the header, checking at
 * once. Esc cancels a running check, or closes the window; F5 and Ctrl+R check again.
 */
public final class StapleCheckWindow {
  private final Stage stage = new Stage();
  private final StapleCheckViewModel vm;

  private StapleCheckWindow(Window owner, String clusterName, ClusterClient client) {
    vm = new StapleCheckViewModel(client, FxThread.EXECUTOR);
    stage.initOwner(owner);
    stage.setTitle("Staple check \u2014 " + clusterName);
    Scene scene = new Scene(new StapleCheckView(vm), 1100, 760);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), vm::run);
    scene
        .getAccelerators()
        .put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), vm::run);
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(KeyCode.ESCAPE),
            () -> {
              if (vm.runningProperty().get()) {
                vm.cancel();
              } else {
                stage.close();
              }
            });
    stage.setScene(scene);
    stage.setOnHidden(e -> vm.cancel());
  }

  /** Opens the window and starts a check. */
  public static StapleCheckWindow open(Window owner, String clusterName, ClusterClient client) {
    StapleCheckWindow window = new StapleCheckWindow(owner, clusterName, client);
    window.stage.show();
    window.vm.run();
    return window;
  }

  public boolean showing() {
    return stage.isShowing();
  }

  public void toFront() {
    stage.toFront();
  }

  public void close() {
    stage.close();
  }

  StapleCheckViewModel viewModel() {
    return vm;
  }
}
