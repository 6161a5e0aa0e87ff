package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The form on the smallest window it is made for (1200×760) with an error banner: the fields
 * scroll, Save, Revert and Refresh stay in sight.
 */
@ExtendWith(ApplicationExtension.class)
class FormFitsTest extends WindowFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage, false);
  }

  private static Bounds inScene(Node node) {
    return node.localToScene(node.getBoundsInLocal());
  }

  @Test
  void withABannerOnASmallWindowSaveStaysInSightWithoutScrolling(FxRobot robot) throws Exception {
    waitUntilLoaded();
    robot.interact(
        () -> {
          stage.setWidth(1200);
          stage.setHeight(760);
        });
    robot.clickOn("#query-frequency").eraseText(4).write("600");
    cluster.switches().serviceUnavailable(true);
    robot.clickOn("#save");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.bannerProperty().get() != null);
    waitUntilIdle();

    ScrollPane scroll = robot.lookup("#form-scroll").queryAs(ScrollPane.class);
    Button save = robot.lookup("#save").queryButton();
    Bounds form = inScene(robot.lookup("#main-split").query());
    for (String id : new String[] {"#save", "#revert", "#refresh"}) {
      Bounds button = inScene(robot.lookup(id).query());
      assertThat(button.getMaxY()).as("%s bottom within the form", id).isLessThan(form.getMaxY());
      assertThat(button.getMinY()).as("%s top within the form", id).isGreaterThan(form.getMinY());
    }
    // The fields are what scrolls; the buttons are not in the scrolling part.
    for (Node n = save; n != null; n = n.getParent()) {
      assertThat(n).isNotSameAs(scroll.getContent());
    }

    cluster.switches().serviceUnavailable(false);
    robot.clickOn("#save");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cluster.config().queryFrequency() == 600);
  }
}
