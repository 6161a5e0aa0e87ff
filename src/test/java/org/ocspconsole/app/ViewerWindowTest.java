package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A viewer's window: once a 403 proved an action cannot work, its button is disabled and says which
 * permission is missing, in a tooltip that shows although the button is disabled.
 */
@ExtendWith(ApplicationExtension.class)
class ViewerWindowTest extends WindowFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage, false);
  }

  private void hoverShowsTooltip(FxRobot robot, Button button, String text) throws Exception {
    Tooltip tip = button.getTooltip();
    assertThat(tip.getText()).contains(text);
    robot.moveTo(button);
    robot.moveBy(2, 1);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, tip::isShowing);
    robot.moveTo("#config-view");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tip.isShowing());
  }

  @Test
  void queryAndReplaceAreDisabledWithTheMissingPermissionOnceA403ProvedIt(FxRobot robot)
      throws Exception {
    waitUntilLoaded();
    Button query = robot.lookup("#status-query").queryButton();
    Button replace = robot.lookup("#certificate-replace").queryButton();
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> !window.side().status().busyProperty().get());
    assertThat(query.isDisabled()).isFalse();

    cluster.switches().viewer(true);
    robot.type(KeyCode.F5);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, query::isDisabled);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(query.isDisabled()).isTrue();
    hoverShowsTooltip(robot, query, "test_ocsp_status");
    // Reading the certificate is allowed to a viewer: nothing proves yet it may not replace it.
    assertThat(replace.isDisabled()).isFalse();

    // A refused alert change proves update_cluster missing: Replace needs the same.
    robot.interact(() -> robot.lookup("#alert-cluster-ocsp-query-failed").query().requestFocus());
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, replace::isDisabled);
    WaitForAsyncUtils.waitForFxEvents();
    hoverShowsTooltip(robot, replace, "update_cluster");
    assertThat(robot.lookup("#alert-cluster-ocsp-query-failed").query().isDisabled()).isTrue();
  }
}
