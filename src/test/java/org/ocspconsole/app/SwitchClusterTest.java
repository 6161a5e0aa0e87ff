package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.config.ConfigDialogs;
import org.ocspconsole.testing.Keys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Connect…" in the header, and Save / Discard / Cancel before leaving unsaved edits. */
@ExtendWith(ApplicationExtension.class)
class SwitchClusterTest extends WindowFixture {
  private final AtomicInteger opened = new AtomicInteger();

  @Start
  void start(Stage stage) throws Exception {
    open(stage, false);
    window.setOnConnect(opened::incrementAndGet);
  }

  @Test
  void connectOpensTheConnectionScreenAtOnceWhenNothingIsUnsaved(FxRobot robot) throws Exception {
    waitUntilLoaded();
    robot.clickOn("#connect-button");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(opened.get()).isEqualTo(1);
    Keys.shortcut(robot, KeyCode.O);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(opened.get()).isEqualTo(2);
  }

  @Test
  void unsavedEditsAskFirstAndCancelStays(FxRobot robot) throws Exception {
    waitUntilLoaded();
    Keys.selectAll(robot.doubleClickOn("#query-frequency")).write("900");
    robot.clickOn("#connect-button");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#unsaved-dialog").tryQuery()).isPresent();
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(opened.get()).isZero();
    assertThat(vm.form().dirtyProperty().get()).isTrue();

    robot.clickOn("#connect-button");
    org.ocspconsole.testing.Shown.waitFor(robot, "#unsaved-dialog");
    Node save =
        robot.lookup("#unsaved-dialog").queryAs(DialogPane.class).lookupButton(ConfigDialogs.SAVE);
    robot.clickOn(save);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened.get() == 1);
    assertThat(cluster.config().queryFrequency()).isEqualTo(900);
  }
}
