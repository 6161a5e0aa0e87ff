package org.ocspconsole.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.app.Theme;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.testing.DemoSessions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status card on its own, driven as a user would: what it shows while it waits. */
@ExtendWith(ApplicationExtension.class)
class StatusViewTest {
  private DemoCluster cluster;
  private StatusViewModel vm;

  @Start
  void start(Stage stage) throws Exception {
    cluster = DemoCluster.start();
    cluster.switches().testDuration(Duration.ofMillis(50));
    vm =
        new StatusViewModel(
            DemoSessions.admin(cluster), FxThread.EXECUTOR, Clock.systemDefaultZone());
    Theme.apply(false);
    stage.setScene(new Scene(new StackPane(new StatusView(vm)), 480, 420));
    stage.show();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  void theFocusStaysOnTheQueryButtonThroughAQuery(FxRobot robot) throws Exception {
    WaitForAsyncUtils.asyncFx(vm::refresh).get(5, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
    cluster.switches().testDuration(Duration.ofMillis(600));
    Button query = robot.lookup("#status-query").queryButton();
    robot.interact(query::requestFocus);
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.queryingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#status-cancel").queryButton().isFocused())
        .as("Cancel holds the focus while the button is disabled")
        .isTrue();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.queryingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(query.isFocused()).isTrue();
    assertThat(robot.lookup("#status-note").queryAs(Label.class).getText())
        .contains("Just queried");
  }

  @Test
  void theFocusStaysOnRefreshStatusThroughARead(FxRobot robot) throws Exception {
    WaitForAsyncUtils.asyncFx(vm::refresh).get(5, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
    cluster.switches().latency(Duration.ofMillis(600));
    Button refresh = robot.lookup("#status-refresh").queryButton();
    Button query = robot.lookup("#status-query").queryButton();
    robot.interact(refresh::requestFocus);
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.loadingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(query.isFocused()).as("the focus does not move on to the next button").isFalse();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.loadingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(refresh.isFocused()).isTrue();

    // The query button keeps its focus through a read, too.
    robot.interact(query::requestFocus);
    WaitForAsyncUtils.asyncFx(vm::refresh).get(5, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(query.isFocused()).isTrue();
  }

  @Test
  void aRetryAfterQueuedTooLongIsShownWhileItRuns(FxRobot robot) throws Exception {
    cluster.switches().testQueuedEveryOther(true).testDuration(Duration.ofMillis(1500));
    robot.clickOn("#status-query");
    Label progress = robot.lookup("#status-query-progress").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> progress.getText().equals(StatusViewModel.RETRYING));
    assertThat(progress.isVisible()).isTrue();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.queryingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#status-problem").query().isVisible()).isFalse();
  }

  @Test
  void theFirstReadShowsProgressUntilTheStatusArrives(FxRobot robot) throws Exception {
    cluster.switches().latency(Duration.ofMillis(1500));
    CompletableFuture<Void> reading =
        WaitForAsyncUtils.asyncFx(vm::refresh).get(5, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#status-loading").query().isVisible()).isTrue();
    reading.get(20, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#status-loading").query().isVisible()).isFalse();
    assertThat(robot.lookup("#status-content").query().isVisible()).isTrue();
  }
}
