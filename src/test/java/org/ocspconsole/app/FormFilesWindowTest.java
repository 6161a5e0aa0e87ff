package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.RecordedRequest;
import org.ocspconsole.fx.FileChoices;
import org.ocspconsole.testing.Keys;
import org.ocspconsole.testing.Shown;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Settings files through the real form, by keyboard alone; the file dialog is answered by the test
 * (a robot cannot type into the platform's dialog), everything after it is the window's own.
 */
@ExtendWith(ApplicationExtension.class)
class FormFilesWindowTest extends WindowFixture {
  @TempDir Path folder;
  private final Answers answers = new Answers();

  /** The file dialogs' answers, in order, and what each dialog was asked. */
  private static final class Answers implements FileChoices {
    final Deque<Path> paths = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Path> open(Window owner, String title, List<Kind> kinds) {
      asked.add("open " + title + " " + kinds.get(0).patterns());
      return Optional.ofNullable(paths.poll());
    }

    @Override
    public Optional<Path> save(Window owner, String title, String initialName, List<Kind> kinds) {
      asked.add("save " + initialName + " " + kinds.get(0).patterns());
      return Optional.ofNullable(paths.poll());
    }
  }

  @Start
  void start(Stage stage) throws Exception {
    files = answers;
    open(stage, false);
  }

  @Test
  void ctrlIPutsAFileIntoTheFormAsEditsAndOnlySaveSendsThem(FxRobot robot) throws Exception {
    waitUntilLoaded();
    answers.paths.add(
        file(
            "prod-eu.json",
            "{\"responder_url\": \"http://ocsp.example.com\", \"query_frequency\": 600,"
                + " \"response_timeout\": 1}"));
    cluster.clearRequests();
    robot.clickOn("#response-timeout");
    Keys.shortcut(robot, KeyCode.I);
    waitUntilIdle();
    assertThat(answers.asked)
        .containsExactly("open Import OCSP settings into the form [*.json, *.yaml, *.yml]");
    assertThat(robot.lookup("#query-frequency").queryAs(TextField.class).getText())
        .isEqualTo("600");
    assertThat(robot.lookup("#query-frequency-changed").query().isVisible()).isTrue();
    assertThat(robot.lookup("#response-timeout-changed").query().isVisible()).isFalse();
    assertThat(bannerText(robot))
        .contains("Nothing was sent: one value from prod-eu.json is now in the form.")
        .contains("responder_url is read-only (it comes from the proxy certificate) and was")
        .contains("may revert changes made through the REST API");
    assertThat(puts()).isEmpty();

    Keys.shortcut(robot, KeyCode.S);
    waitUntilIdle();
    assertThat(puts()).containsExactly("{\"query_frequency\":600}");
  }

  @Test
  void aBadFileFromTheMenuNamesEachFieldAndTheTypedValueStays(FxRobot robot) throws Exception {
    waitUntilLoaded();
    answers.paths.add(
        file("bad.json", "{\"query_frequency\": 10, \"recovery_max_tries\": 2.5, \"x\": 1}"));
    TextField timeout = robot.lookup("#response-timeout").queryAs(TextField.class);
    robot.clickOn(timeout).eraseText(1).write("7");
    // Alt+I opens the menu, Down reaches its first item (Import), Enter takes it.
    robot.press(KeyCode.ALT).type(KeyCode.I).release(KeyCode.ALT);
    Shown.waitFor(robot, "#form-file-import");
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
    waitUntilIdle();
    assertThat(answers.asked)
        .containsExactly("open Import OCSP settings into the form [*.json, *.yaml, *.yml]");
    assertThat(robot.lookup("#banner-title").queryAs(Label.class).getText())
        .isEqualTo("Error: bad.json was not used");
    assertThat(bannerText(robot).split("\n"))
        .hasSize(4)
        .anyMatch(line -> line.startsWith("Query frequency (query_frequency): 10 is out of range"))
        .anyMatch(line -> line.startsWith("Recovery max tries (recovery_max_tries): must be a"))
        .anyMatch(line -> line.startsWith("x: not a setting of /v1/ocsp"))
        .anyMatch(line -> line.equals("Nothing was put into the form; it keeps your edits."));
    assertThat(timeout.getText()).isEqualTo("7");
    assertThat(robot.lookup("#query-frequency").queryAs(TextField.class).getText())
        .isEqualTo("3600");
  }

  @Test
  void ctrlEExportsTheLoadedSettingsUnderTheClustersName(FxRobot robot) throws Exception {
    waitUntilLoaded();
    Path target = folder.resolve("exported.json");
    answers.paths.add(target);
    robot.clickOn("#query-frequency").eraseText(4).write("900"); // an edit: not exported
    Keys.shortcut(robot, KeyCode.E);
    waitUntilIdle();
    assertThat(answers.asked).hasSize(1);
    assertThat(answers.asked.get(0)).startsWith("save ").endsWith("-ocsp.json [*.json]");
    assertThat(Files.readString(target))
        .contains("\"query_frequency\" : 3600")
        .doesNotContain("responder_url");
    assertThat(robot.lookup("#banner-title").queryAs(Label.class).getText())
        .isEqualTo("Saved exported.json");
  }

  @Test
  void afterSwitchingClusterTheShortcutImportsIntoTheNewForm(FxRobot robot) throws Exception {
    waitUntilLoaded();
    ConfigViewModel first = vm;
    try (DemoCluster second = DemoCluster.start()) {
      robot.interact(
          () -> {
            try {
              vm = window.attach(Connector.demo(second), second);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
      waitUntilLoaded();
      assertThat(vm).isNotSameAs(first);
      answers.paths.add(file("next.json", "{\"recovery_max_tries\": 9}"));
      robot.clickOn("#query-frequency");
      Keys.shortcut(robot, KeyCode.I);
      waitUntilIdle();
      assertThat(answers.asked).hasSize(1);
      assertThat(vm.form().number(OcspField.RECOVERY_MAX_TRIES).textProperty().get())
          .isEqualTo("9");
      assertThat(first.form().dirtyProperty().get()).isFalse();
    }
  }

  private Path file(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String bannerText(FxRobot robot) throws Exception {
    Shown.waitFor(robot, "#banner-text");
    return robot.lookup("#banner-text").queryAs(Label.class).getText();
  }

  private List<String> puts() {
    return cluster.requests().stream()
        .filter(r -> r.method().equals("PUT"))
        .map(RecordedRequest::body)
        .toList();
  }
}
