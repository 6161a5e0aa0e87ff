package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The form from the keyboard: where Tab lands, what it shows there, and what Space does. */
@ExtendWith(ApplicationExtension.class)
class FormKeyboardTest extends WindowFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage, false);
  }

  @AfterEach
  void lightAgain() {
    Theme.apply(false);
  }

  private static Node focusOwner(FxRobot robot) {
    return robot.targetWindow().getScene().getFocusOwner();
  }

  /** The colour of a button's outer background layer: its border, or its focus ring. */
  private static Paint ring(Button button) {
    return button.getBackground().getFills().get(0).getFill();
  }

  private static Paint face(Button button) {
    return button.getBackground().getFills().get(1).getFill();
  }

  @Test
  void tabSkipsDefaultWhileTheValueIsTheDefaultAndLandsOnAVisibleRingOtherwise(FxRobot robot)
      throws Exception {
    waitUntilLoaded();
    Button reset = robot.lookup("#query-frequency-reset").queryButton();
    TextField query = robot.lookup("#query-frequency").queryAs(TextField.class);
    assertThat(reset.isDisabled()).as("nothing to reset at the default").isTrue();
    robot.clickOn(query);
    robot.type(KeyCode.TAB);
    assertThat(focusOwner(robot)).isNotSameAs(reset);

    for (boolean dark : new boolean[] {false, true}) {
      robot.interact(() -> Theme.apply(dark));
      robot.clickOn(query).eraseText(4).write("120");
      robot.type(KeyCode.TAB);
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(focusOwner(robot)).isSameAs(reset);
      assertThat(((Color) ring(reset)).getOpacity())
          .as("focus ring in the %s theme", dark ? "dark" : "light")
          .isGreaterThan(0.9);

      // Space resets visibly: the field shows the default and keeps the focus.
      robot.type(KeyCode.SPACE);
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(query.getText()).isEqualTo("3600");
      assertThat(focusOwner(robot)).isSameAs(query);
      assertThat(query.getSelectedText()).isEqualTo("3600");
    }
  }

  @Test
  void resettingAValueTheClusterDoesNotHoldIsMarkedChanged(FxRobot robot) throws Exception {
    waitUntilLoaded();
    TextField query = robot.lookup("#query-frequency").queryAs(TextField.class);
    robot.clickOn(query).eraseText(4).write("120");
    robot.clickOn("#save");
    waitUntilIdle();
    assertThat(cluster.config().queryFrequency()).isEqualTo(120);
    robot.clickOn("#query-frequency-reset");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(query.getText()).isEqualTo("3600");
    assertThat(robot.lookup("#query-frequency-changed").query().isVisible()).isTrue();
  }

  @Test
  void aDisabledSaveLooksDisabledInTheDarkTheme(FxRobot robot) throws Exception {
    waitUntilLoaded();
    robot.interact(() -> Theme.apply(true));
    WaitForAsyncUtils.waitForFxEvents();
    Button save = robot.lookup("#save").queryButton();
    Button refresh = robot.lookup("#refresh").queryButton();
    assertThat(save.isDisabled()).isTrue();
    // Disabled, the accent button wears the face of any other button, not its accent blue.
    assertThat(face(save)).isEqualTo(face(refresh));
    robot.clickOn("#query-frequency").eraseText(4).write("120");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(save.isDisabled()).isFalse();
    assertThat(face(save)).isNotEqualTo(face(refresh));
  }
}
