package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.demo.BrokenAnswer;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.RecordedRequest;
import org.ocspconsole.demo.RefusingPort;
import org.ocspconsole.platform.Worker;
import org.ocspconsole.profiles.ProfileStore;
import org.ocspconsole.testing.Shown;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console started with {@code --cluster}, as a user starts it: one read of the settings, and a
 * failed first connection that can be retried, edited and cancelled.
 */
@ExtendWith(ApplicationExtension.class)
class FirstConnectionTest {
  private DemoCluster cluster;
  private Stage stage;
  private Path folder;
  private String savedConfigDir;
  private Thread.UncaughtExceptionHandler savedHandler;

  private void start(FxRobot robot, DemoCluster demo) throws Exception {
    start(robot, demo, false);
  }

  /** {@code early}: the connect probe begun before the window, as {@code main()} begins it. */
  private void start(FxRobot robot, DemoCluster demo, boolean early) throws Exception {
    cluster = demo;
    folder = Files.createTempDirectory("ocsp-console-first-connection");
    savedConfigDir = System.getProperty("ocspconsole.configDir");
    System.setProperty("ocspconsole.configDir", folder.resolve("config").toString());
    savedHandler = Thread.getDefaultUncaughtExceptionHandler();
    OcspConsoleApp.options =
        CommandLine.parse(
            List.of(
                "--cluster",
                demo.baseUri().toString(),
                "--user",
                demo.admin().name(),
                "--pin-sha256",
                demo.fingerprint()),
            Map.of(CommandLine.PASSWORD_VARIABLE, demo.admin().password()));
    OcspConsoleApp.preferences = new AppPreferences(folder.resolve("settings"), Runnable::run);
    if (early) {
      OcspConsoleApp.earlyProbe =
          EarlyConnection.begin(
              OcspConsoleApp.options,
              () -> CompletableFuture.completedFuture(Optional.empty()),
              Worker.EXECUTOR);
      // Sent before the window exists: the probe is under way or answered already.
      OcspConsoleApp.earlyProbe.get(20, TimeUnit.SECONDS).orElseThrow();
    }
    robot.interact(
        () -> {
          stage = new Stage();
          new OcspConsoleApp().start(stage);
        });
  }

  @AfterEach
  void stop() throws Exception {
    OcspConsoleApp.options = null;
    OcspConsoleApp.preferences = null;
    OcspConsoleApp.earlyProbe = null;
    if (savedConfigDir == null) {
      System.clearProperty("ocspconsole.configDir");
    } else {
      System.setProperty("ocspconsole.configDir", savedConfigDir);
    }
    Thread.setDefaultUncaughtExceptionHandler(savedHandler);
    Platform.runLater(
        () -> {
          Thread.currentThread().setUncaughtExceptionHandler(null);
          if (stage != null) {
            stage.close();
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aStartReadsTheSettingsOnceAndTheColumnWithoutWaitingForASecondRead(FxRobot robot)
      throws Exception {
    start(robot, DemoCluster.start());
    waitForValues(robot);
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            paths()
                .containsAll(
                    List.of("/v1/ocsp/status", "/v1/cluster/certificates", "/v1/cluster")));

    // The connect probe's answer is the form's first load: the settings are read once.
    assertThat(paths().stream().filter("/v1/ocsp"::equals)).hasSize(1);
    assertThat(paths().get(0)).isEqualTo("/v1/ocsp");
    assertThat(cluster.requests().get(0).method()).isEqualTo("GET");
  }

  @Test
  void aProbeBegunBeforeTheWindowIsTheStartsOnlyReadOfTheSettings(FxRobot robot) throws Exception {
    start(robot, DemoCluster.start(), true);
    waitForValues(robot);
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> paths().containsAll(List.of("/v1/ocsp/status", "/v1/cluster")));

    assertThat(paths().stream().filter("/v1/ocsp"::equals)).hasSize(1);
    assertThat(paths().get(0)).isEqualTo("/v1/ocsp");
  }

  @Test
  void anEarlyProbeThatIsRefusedHandsOverToTheWindowsRetry(FxRobot robot) throws Exception {
    DemoCluster demo = DemoCluster.start();
    demo.switches().brokenAnswer(BrokenAnswer.PROXY_502);
    start(robot, demo, true);
    Shown.waitFor(robot, "#connect-failed");
    assertThat(text(robot, "#connect-failed-text")).contains("502 Bad Gateway");
    assertThat(paths()).containsExactly("/v1/ocsp"); // the early probe was the first attempt

    demo.switches().brokenAnswer(BrokenAnswer.NONE);
    robot.type(KeyCode.ENTER); // Retry: a new probe of its own
    waitForValues(robot);
    assertThat(paths().stream().filter("/v1/ocsp"::equals)).hasSize(2);
  }

  @Test
  void aProxyPageAtStartOffersRetryAndRetryConnects(FxRobot robot) throws Exception {
    DemoCluster demo = DemoCluster.start();
    demo.switches().brokenAnswer(BrokenAnswer.PROXY_502);
    start(robot, demo);
    Shown.waitFor(robot, "#connect-failed");

    assertThat(text(robot, "#connect-failed-title"))
        .isEqualTo(target() + " answered something the console cannot use");
    assertThat(text(robot, "#connect-failed-text")).contains("502 Bad Gateway");
    assertThat(robot.lookup("#edit-connection").tryQuery()).isPresent();
    assertThat(robot.lookup("#retry-connect").queryButton().isFocused()).isTrue();

    cluster.switches().brokenAnswer(BrokenAnswer.NONE);
    robot.type(KeyCode.ENTER); // Retry is the default button
    waitForValues(robot);
  }

  @Test
  void malformedJsonAtStartIsAnAnswerTheConsoleCannotUse(FxRobot robot) throws Exception {
    DemoCluster demo = DemoCluster.start();
    demo.switches().brokenAnswer(BrokenAnswer.MALFORMED_JSON);
    start(robot, demo);
    Shown.waitFor(robot, "#connect-failed");

    assertThat(text(robot, "#connect-failed-title"))
        .isEqualTo(target() + " answered something the console cannot use");
    assertThat(text(robot, "#connect-failed-text")).contains("not JSON");
  }

  @Test
  void aClusterThatIsNotThereDidNotAnswer(FxRobot robot) throws Exception {
    DemoCluster demo = DemoCluster.start();
    demo.close();
    // Held, so that no server started meanwhile is handed the port: the connection is refused.
    try (RefusingPort gone = RefusingPort.at(demo.baseUri().getPort())) {
      start(robot, demo);
      Shown.waitFor(robot, "#connect-failed");

      assertThat(target()).endsWith(":" + gone.port());
      assertThat(text(robot, "#connect-failed-title")).isEqualTo(target() + " did not answer");
      assertThat(robot.lookup("#retry-connect").tryQuery()).isPresent();
    }
  }

  @Test
  void cancelStopsConnectingAndLeavesTheWindowUsable(FxRobot robot) throws Exception {
    DemoCluster demo = DemoCluster.start();
    demo.switches().latency(Duration.ofSeconds(4));
    start(robot, demo);
    Shown.waitFor(robot, "#cancel-connect");
    assertThat(text(robot, "#connecting")).isEqualTo("Connecting to " + target() + "\u2026");

    robot.type(KeyCode.ESCAPE); // Cancel is the cancel button
    Shown.waitFor(robot, "#connect-failed");
    assertThat(text(robot, "#connect-failed-title"))
        .isEqualTo("Not connected: connecting to " + target() + " was cancelled");
    assertThat(robot.lookup("#connect-button").queryButton().isDisabled()).isFalse();
  }

  @Test
  void editConnectionIsPrefilledAndCanSaveTheClusterAsAProfile(FxRobot robot) throws Exception {
    DemoCluster demo = DemoCluster.start();
    demo.switches().brokenAnswer(BrokenAnswer.PROXY_502);
    start(robot, demo);
    Shown.click(robot, "#edit-connection");
    Shown.waitFor(robot, "#profile-editor");

    assertThat(field(robot, "#profile-url")).isEqualTo(cluster.baseUri().toString());
    assertThat(field(robot, "#profile-user")).isEqualTo(cluster.admin().name());
    assertThat(field(robot, "#profile-pin")).isEqualTo(cluster.fingerprint());
    assertThat(robot.lookup("#trust-pin").queryAs(RadioButton.class).isSelected()).isTrue();

    cluster.switches().brokenAnswer(BrokenAnswer.NONE);
    DialogPane editor = robot.lookup("#profile-editor").queryAs(DialogPane.class);
    Node save =
        editor.getButtonTypes().stream()
            .filter(type -> type.getText().equals("_Save and connect"))
            .map(editor::lookupButton)
            .findFirst()
            .orElseThrow();
    robot.clickOn(save);
    waitForValues(robot);

    assertThat(ProfileStore.user().load().contents().profiles())
        .singleElement()
        .satisfies(
            profile -> {
              assertThat(profile.url()).isEqualTo(cluster.baseUri().toString());
              assertThat(profile.pinSha256()).isEqualTo(cluster.fingerprint());
            });
  }

  private String target() {
    return cluster.baseUri().getHost() + ":" + cluster.baseUri().getPort();
  }

  private List<String> paths() {
    return cluster.requests().stream().map(RecordedRequest::path).toList();
  }

  private static void waitForValues(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("#query-frequency")
                .tryQueryAs(TextField.class)
                .map(f -> !f.getText().isEmpty())
                .orElse(false));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private static String field(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(TextField.class).getText();
  }
}
