package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspUpdate;
import org.ocspconsole.config.ConflictDialog;
import org.ocspconsole.testing.DemoSessions;
import org.ocspconsole.testing.Keys;
import org.ocspconsole.testing.Shown;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Enter, Space and Esc in the real window where one key could lose data: the conflict dialog
 * (someone else's value), a failed save and Revert (the user's own edits).
 */
@ExtendWith(ApplicationExtension.class)
class NoSingleKeyLosesDataTest extends WindowFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage, false);
  }

  private TextField field(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(TextField.class);
  }

  private void replace(FxRobot robot, String id, String text) {
    Keys.selectAll(robot.doubleClickOn("#" + id));
    robot.write(text);
  }

  private Node focusOwner() {
    return stage.getScene().getFocusOwner();
  }

  /** The form has 900 where another administrator has just saved 600; Save opens the dialog. */
  private void conflict(FxRobot robot) throws Exception {
    waitUntilLoaded();
    replace(robot, "query-frequency", "900");
    DemoSessions.admin(cluster)
        .client()
        .updateOcspConfig(OcspUpdate.of(Map.of(OcspField.QUERY_FREQUENCY, 600)))
        .get(20, TimeUnit.SECONDS);
    Keys.shortcut(robot, KeyCode.S);
    Shown.waitFor(robot, "#conflict-dialog");
  }

  private Button conflictButton(FxRobot robot, javafx.scene.control.ButtonType type) {
    return (Button) robot.lookup("#conflict-dialog").queryAs(DialogPane.class).lookupButton(type);
  }

  private boolean conflictShowing(FxRobot robot) {
    return robot
        .lookup("#conflict-dialog")
        .tryQuery()
        .map(n -> n.getScene().getWindow().isShowing())
        .orElse(false);
  }

  @Test
  void enterInTheConflictDialogNeverOverwritesTheirValue(FxRobot robot) throws Exception {
    conflict(robot);
    RadioButton theirs = robot.lookup("#query-frequency-theirs").queryAs(RadioButton.class);
    RadioButton yours = robot.lookup("#query-frequency-yours").queryAs(RadioButton.class);
    assertThat(theirs.isSelected()).isFalse();
    assertThat(yours.isSelected()).isFalse();
    assertThat(conflictButton(robot, ConflictDialog.SAVE).isDisabled()).isTrue();

    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(conflictShowing(robot)).isTrue();

    // Tab to "Keep mine": Enter still does not overwrite.
    for (int i = 0;
        i < 20
            && !(conflictFocus(robot) instanceof Button b
                && b.getText().equals(ConflictDialog.KEEP_MINE.getText()));
        i++) {
      robot.type(KeyCode.TAB);
    }
    assertThat(((Button) conflictFocus(robot)).getText())
        .isEqualTo(ConflictDialog.KEEP_MINE.getText());
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(conflictShowing(robot)).isTrue();
    assertThat(cluster.config().queryFrequency()).isEqualTo(600);

    robot.type(KeyCode.ESCAPE);
    waitUntilIdle();
    assertThat(cluster.config().queryFrequency()).isEqualTo(600);
    assertThat(field(robot, "query-frequency").getText()).isEqualTo("900");
  }

  private Node conflictFocus(FxRobot robot) {
    return robot.lookup("#conflict-dialog").query().getScene().getFocusOwner();
  }

  @Test
  void aSideChosenInEveryRowIsWhatEnterSaves(FxRobot robot) throws Exception {
    conflict(robot);
    // The focus starts on the first row's "theirs"; Space chooses it, Enter saves that choice.
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> conflictFocus(robot) instanceof RadioButton);
    assertThat(conflictFocus(robot).getId()).isEqualTo("query-frequency-theirs");
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(conflictButton(robot, ConflictDialog.SAVE).isDisabled()).isFalse();
    robot.type(KeyCode.ENTER);
    waitUntilIdle();
    assertThat(cluster.config().queryFrequency()).isEqualTo(600);
    assertThat(field(robot, "query-frequency").getText()).isEqualTo("600");
  }

  @Test
  void afterAFailedSaveTheFocusStaysWhereTheUserWasAndSpaceDiscardsNothing(FxRobot robot)
      throws Exception {
    waitUntilLoaded();
    replace(robot, "query-frequency", "900");
    cluster.switches().serviceUnavailable(true);
    Keys.shortcut(robot, KeyCode.S);
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> vm.bannerProperty().get() != null && !vm.busyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(focusOwner().getId()).isEqualTo("query-frequency");
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.form().dirtyProperty().get()).isTrue();
    assertThat(field(robot, "query-frequency").getText()).startsWith("900");
  }

  @Test
  void revertIsUndoneWithTheNextSpace(FxRobot robot) throws Exception {
    waitUntilLoaded();
    replace(robot, "query-frequency", "900");
    robot.clickOn("#revert");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(field(robot, "query-frequency").getText()).isEqualTo("3600");
    assertThat(robot.lookup("#banner-title").queryLabeled().getText()).contains("Edits discarded");
    assertThat(focusOwner().getId()).isEqualTo("banner-action");
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(field(robot, "query-frequency").getText()).isEqualTo("900");
    assertThat(vm.form().dirtyProperty().get()).isTrue();
  }
}
