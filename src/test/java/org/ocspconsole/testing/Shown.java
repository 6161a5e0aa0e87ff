package org.ocspconsole.testing;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dialogs opened from a background answer exist a moment before their window shows; a robot that
 * clicks in that moment finds the node but cannot see it. These wait for the window first.
 */
public final class Shown {
  private Shown() {}

  /** Waits until a node matching the query is visible in a showing window. */
  public static void waitFor(FxRobot robot, String query) throws Exception {
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup(query)
                .match(
                    (Node n) ->
                        n.isVisible()
                            && n.getScene() != null
                            && n.getScene().getWindow() != null
                            && n.getScene().getWindow().isShowing())
                .tryQuery()
                .isPresent());
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Clicks a node once it can be seen. */
  public static void click(FxRobot robot, String query) throws Exception {
    waitFor(robot, query);
    robot.clickOn(query);
  }
}
