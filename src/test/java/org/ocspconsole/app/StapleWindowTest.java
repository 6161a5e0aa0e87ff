package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.demo.StapleSwitches;
import org.ocspconsole.staple.StapleRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The staple check as a user opens and drives it: from the header, with the keyboard. */
@ExtendWith(ApplicationExtension.class)
class StapleWindowTest extends WindowFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage, false);
    cluster.setConfig(OcspField.OCSP_FUNCTIONALITY, true);
  }

  private static boolean stapleWindowOpen() {
    return Window.getWindows().stream()
        .anyMatch(w -> w.getScene() != null && w.getScene().lookup("#staple-check") != null);
  }

  @SuppressWarnings("unchecked")
  private static TableView<StapleRow> table(FxRobot robot) {
    return robot.lookup("#staple-table").queryAs(TableView.class);
  }

  @Test
  void altKOpensTheCheckWhichFillsARowPerEndpointAndEscClosesIt(FxRobot robot) throws Exception {
    waitUntilLoaded();
    robot.press(KeyCode.ALT).type(KeyCode.K).release(KeyCode.ALT);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, StapleWindowTest::stapleWindowOpen);
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            robot.lookup("#staple-summary").queryAs(Label.class).getText().contains("checked in"));
    WaitForAsyncUtils.waitForFxEvents();

    TableView<StapleRow> table = table(robot);
    assertThat(table.getItems()).hasSize(3);
    assertThat(table.getItems())
        .allMatch(row -> row.verdictProperty().get().equals("stapled, GOOD, fresh"));
    assertThat(robot.lookup("#staple-detail").queryAs(TextArea.class).getText())
        .contains("Verdict: stapled, GOOD, fresh.")
        .contains("no credential, no command sent");

    robot.clickOn("#staple-typed").write("db.example.com");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#staple-typed-error").queryAs(Label.class).getText())
        .startsWith("Add the port");
    assertThat(robot.lookup("#staple-run").queryAs(Button.class).isDisabled()).isTrue();
    robot.type(KeyCode.ENTER); // refused while the address is wrong: nothing starts
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#staple-cancel").queryAs(Button.class).isDisabled()).isTrue();

    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stapleWindowOpen());
  }

  @Test
  void spaceOnRunKeepsTheFocusOnRunAndTabReachesEveryPart(FxRobot robot) throws Exception {
    waitUntilLoaded();
    robot.press(KeyCode.ALT).type(KeyCode.K).release(KeyCode.ALT);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, StapleWindowTest::stapleWindowOpen);
    Button run = robot.lookup("#staple-run").queryAs(Button.class);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !run.isDisabled());
    TextField typed = robot.lookup("#staple-typed").queryAs(TextField.class);
    assertThat(typed.isFocused()).as("the address field has the focus at first").isTrue();

    robot.type(KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(run.isFocused()).isTrue();
    robot.type(KeyCode.SPACE);
    // Run is disabled while the check runs; its focus went to Cancel and comes back after.
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !run.isDisabled());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(run.isFocused()).as("focus back on Run").isTrue();

    robot.type(KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table(robot).isFocused()).as("Cancel is skipped while disabled").isTrue();
    robot.type(KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#staple-detail").queryAs(TextArea.class).isFocused()).isTrue();
    robot.type(KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#staple-more").queryAs(ScrollPane.class).isFocused())
        .as("the views and the budget below can be scrolled with the keyboard")
        .isTrue();

    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stapleWindowOpen());
  }

  @Test
  void escCancelsARunningCheckAndOnlyThenClosesTheWindow(FxRobot robot) throws Exception {
    waitUntilLoaded();
    // The responder takes longer than the check waits for it: the check runs for seconds.
    cluster.switches().stapling().responderDelay(StapleSwitches.SLOW_RESPONDER);
    robot.press(KeyCode.ALT).type(KeyCode.K).release(KeyCode.ALT);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, StapleWindowTest::stapleWindowOpen);
    Button cancel = robot.lookup("#staple-cancel").queryAs(Button.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !cancel.isDisabled());

    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, cancel::isDisabled);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stapleWindowOpen()).as("the first Esc only cancels").isTrue();
    assertThat(robot.lookup("#staple-run").queryAs(Button.class).isDisabled()).isFalse();

    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stapleWindowOpen());
  }
}
