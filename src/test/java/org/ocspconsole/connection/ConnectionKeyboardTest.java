package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.app.Theme;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.profiles.ProfileStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The connection screen closes from the keyboard as every other dialog does. */
@ExtendWith(ApplicationExtension.class)
class ConnectionKeyboardTest {
  @TempDir static Path configDir;
  private Stage screen;

  @Start
  void start(Stage stage) {
    Theme.apply(false);
    stage.setScene(new Scene(new StackPane(), 900, 600));
    stage.show();
    ConnectionViewModel vm =
        new ConnectionViewModel(
            new ProfileStore(configDir),
            new ConnectFlow(
                FxThread.EXECUTOR,
                ForkJoinPool.commonPool(),
                new FakePrompts(),
                () -> CompletableFuture.completedFuture(Optional.empty())),
            () -> CompletableFuture.failedFuture(new IllegalStateException()),
            () -> CompletableFuture.completedFuture(Optional.empty()),
            FxThread.EXECUTOR,
            ForkJoinPool.commonPool());
    screen = ConnectionWindow.show(stage, vm, connected -> {});
  }

  @Test
  void escClosesTheScreenRightAfterItOpensWhileTheListHasTheFocus(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    Node focused = screen.getScene().getFocusOwner();
    assertThat(focused).isInstanceOf(ListView.class);
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(screen.isShowing()).isFalse();
  }

  @Test
  void theScreenHasACloseButtonThatTheKeyboardReaches(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    Button close =
        robot.from(screen.getScene().getRoot()).lookup("#close-connection").queryButton();
    assertThat(close.getText()).isEqualTo("Close");
    assertThat(close.isFocusTraversable()).isTrue();
    robot.interact(close::requestFocus);
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(screen.isShowing()).isFalse();
  }
}
