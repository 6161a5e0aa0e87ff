package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.log.Logs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nobody caught: a dialog says what and where the log is; the form keeps working. */
@ExtendWith(ApplicationExtension.class)
class UnexpectedErrorsTest extends WindowFixture {
  private Thread.UncaughtExceptionHandler previousDefault;
  private Thread.UncaughtExceptionHandler previousFx;

  @Start
  void start(Stage stage) throws Exception {
    open(stage, false);
    previousDefault = Thread.getDefaultUncaughtExceptionHandler();
    previousFx = Thread.currentThread().getUncaughtExceptionHandler();
    Logs.configure();
    UnexpectedErrors.install(stage);
  }

  @AfterEach
  void restoreHandlers() throws Exception {
    Thread.setDefaultUncaughtExceptionHandler(previousDefault);
    WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(previousFx))
        .get(10, TimeUnit.SECONDS);
  }

  @Test
  void anExceptionOnTheFxThreadShowsADialogAndTheFormStillWorks(FxRobot robot) throws Exception {
    waitUntilLoaded();
    robot.interact(() -> vm.form().number(OcspField.QUERY_FREQUENCY).textProperty().set("900"));

    Platform.runLater(
        () -> {
          throw new IllegalStateException("the sky fell while password=hunter2 was typed");
        });
    DialogPane dialog = waitForDialog(robot);

    String text = robot.lookup("#unexpected-error-text").queryAs(Label.class).getText();
    assertThat(text)
        .contains("IllegalStateException: the sky fell")
        .contains("UnexpectedErrorsTest")
        .contains("The details are in the log: " + Logs.folder().toAbsolutePath())
        .doesNotContain("hunter2")
        .doesNotContain("\tat ");
    assertThat(dialog.isExpanded()).as("stack trace hidden by default").isFalse();
    assertThat(dialog.getExpandableContent().toString()).doesNotContain("hunter2");

    robot.clickOn(dialog.lookupButton(ButtonType.CLOSE));
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> robot.lookup("#" + UnexpectedErrors.DIALOG_ID).tryQuery().isEmpty());
    robot.clickOn("#save");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cluster.config().queryFrequency() == 900);
  }

  @Test
  void anExceptionOnAnotherThreadShowsTheDialogToo(FxRobot robot) throws Exception {
    waitUntilLoaded();
    CompletableFuture.runAsync(
        () -> {
          Thread worker =
              new Thread(
                  () -> {
                    throw new UnsupportedOperationException("worker gave up");
                  },
                  "test-worker");
          worker.start();
        });
    waitForDialog(robot);
    assertThat(robot.lookup("#unexpected-error-text").queryAs(Label.class).getText())
        .contains("UnsupportedOperationException: worker gave up")
        .contains("thread test-worker");
    robot.clickOn(
        robot
            .lookup("#" + UnexpectedErrors.DIALOG_ID)
            .queryAs(DialogPane.class)
            .lookupButton(ButtonType.CLOSE));
  }

  private static DialogPane waitForDialog(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> robot.lookup("#" + UnexpectedErrors.DIALOG_ID).tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#" + UnexpectedErrors.DIALOG_ID).queryAs(DialogPane.class);
  }
}
