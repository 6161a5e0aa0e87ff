package org.ocspconsole.testing;

import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobotInterface;

/**
 * Key presses for window tests. The console's accelerators use the platform's shortcut key (Cmd on
 * macOS, Ctrl elsewhere), and so do text fields for select-all: a test that pressed Ctrl would miss
 * them on macOS. {@link KeyCode#SHORTCUT} is resolved per OS by the robot.
 */
public final class Keys {
  private Keys() {}

  /** The platform's shortcut key with {@code key}, e.g. Ctrl+S or Cmd+S. */
  public static FxRobotInterface shortcut(FxRobotInterface robot, KeyCode key) {
    return robot.press(KeyCode.SHORTCUT).type(key).release(KeyCode.SHORTCUT);
  }

  /** Selects everything in the focused text field, as Ctrl+A (Cmd+A on macOS) does. */
  public static FxRobotInterface selectAll(FxRobotInterface robot) {
    return shortcut(robot, KeyCode.A);
  }
}
