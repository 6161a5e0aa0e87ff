package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.api.Exchange;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.fx.Switch;
import org.ocspconsole.testing.Keys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window against the demo cluster through each user-visible path of the form. */
@ExtendWith(ApplicationExtension.class)
class ConfigWindowTest extends WindowFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage, false);
  }

  private TextField field(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(TextField.class);
  }

  private Label label(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class);
  }

  private void replace(FxRobot robot, String id, String text) {
    Keys.selectAll(robot.doubleClickOn("#" + id));
    if (text.isEmpty()) {
      robot.type(KeyCode.BACK_SPACE);
    } else {
      robot.write(text);
    }
  }

  @Test
  void showsTheDemoClusterAndItsConfiguration(FxRobot robot) throws Exception {
    waitUntilLoaded();
    assertThat(label(robot, "cluster-name").getText()).isEqualTo("Built-in demo cluster");
    assertThat(robot.lookup("#demo-badge").queryAs(Label.class).isVisible()).isTrue();
    assertThat(field(robot, "query-frequency").getText()).isEqualTo("3600");
    assertThat(label(robot, "query-frequency-human").getText()).isEqualTo("= 1 h");
    assertThat(field(robot, "responder-url").getText()).isEqualTo(cluster.config().responderUrl());
    assertThat(field(robot, "responder-url").isEditable()).isFalse();
    assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isTrue();
  }

  @Test
  void invalidInputShowsItsMessageUnderTheFieldAndDisablesSave(FxRobot robot) throws Exception {
    waitUntilLoaded();
    replace(robot, "response-timeout", "61");
    WaitForAsyncUtils.waitForFxEvents();
    Label message = label(robot, "response-timeout-message");
    assertThat(message.isVisible()).isTrue();
    assertThat(message.getText()).contains("maximum is 60");
    assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isTrue();
    replace(robot, "response-timeout", "2.5");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message.getText()).contains("no decimals");
  }

  @Test
  void aValueTheClusterHoldsOutsideTheRangeIsAWarningThatLetsOtherFieldsBeSaved(FxRobot robot)
      throws Exception {
    waitUntilLoaded();
    cluster.setConfig(OcspField.RECOVERY_FREQUENCY, 30);
    robot.interact(() -> vm.load());
    waitUntilIdle();
    Label warning = label(robot, "recovery-frequency-warning");
    assertThat(warning.isVisible()).isTrue();
    assertThat(warning.getText()).contains("The cluster holds 30 s");
    assertThat(label(robot, "recovery-frequency-message").isVisible()).isFalse();
    assertThat(label(robot, "summary").getText())
        .doesNotContain("every 30 s")
        .contains("Recovery frequency is left out");
    robot.interact(() -> field(robot, "query-frequency").setText("120"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isFalse();
    robot.clickOn("#save");
    waitUntilIdle();
    assertThat(cluster.config().queryFrequency()).isEqualTo(120);
    assertThat(cluster.config().recoveryFrequency()).isEqualTo(30);
    assertThat(label(robot, "recovery-frequency-warning").isVisible()).isTrue();
  }

  @Test
  void editingMarksTheFieldAndSavingWithTheShortcutSendsIt(FxRobot robot) throws Exception {
    waitUntilLoaded();
    replace(robot, "query-frequency", "7200");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(label(robot, "query-frequency-changed").isVisible()).isTrue();
    assertThat(label(robot, "query-frequency-human").getText()).isEqualTo("= 2 h");
    assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isFalse();
    Keys.shortcut(robot, KeyCode.S);
    waitUntilIdle();
    assertThat(cluster.config().queryFrequency()).isEqualTo(7200);
    assertThat(label(robot, "query-frequency-changed").isVisible()).isFalse();
    assertThat(label(robot, "confirmation").getText()).startsWith("Saved 1 change");
  }

  @Test
  void serverErrorsKeepTheUsersEdits(FxRobot robot) throws Exception {
    waitUntilLoaded();
    replace(robot, "recovery-max-tries", "42");
    cluster.switches().htmlErrorPage(true);
    robot.clickOn("#save");
    waitUntilIdle();
    assertThat(robot.lookup("#banner").queryAs(Node.class).isVisible()).isTrue();
    assertThat(label(robot, "banner-text").getText()).contains("502");
    assertThat(field(robot, "recovery-max-tries").getText()).isEqualTo("42");

    cluster.switches().htmlErrorPage(false);
    cluster.switches().unsupportedCapability(true);
    robot.clickOn("#banner-action"); // Retry
    waitUntilIdle();
    assertThat(label(robot, "banner-title").getText()).contains("not available on every node");
    assertThat(field(robot, "recovery-max-tries").isDisabled()).isTrue();
    assertThat(field(robot, "recovery-max-tries").getText()).isEqualTo("42");
  }

  @Test
  void enablingWithoutResponderUrlKeepsTheSwitchOffWithOneMessage(FxRobot robot) throws Exception {
    cluster.switches().noResponderUrl();
    waitUntilLoaded();
    robot.interact(() -> vm.load());
    waitUntilLoaded();
    Switch toggle = robot.lookup("#ocsp-functionality").queryAs(Switch.class);
    Label message = label(robot, "ocsp-functionality-message");
    assertThat(message.isVisible()).isTrue();
    assertThat(message.getStyleClass()).contains("warning").doesNotContain("danger");
    assertThat(messagesAboutTheMissingUrl(robot)).containsExactly(message);

    robot.clickOn("#ocsp-functionality");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(toggle.isSelected()).isFalse();
    assertThat(toggle.getText()).isEqualTo("Off");
    assertThat(message.getStyleClass()).contains("danger");
    assertThat(message.getText()).contains("Let's Encrypt").contains("August 2025");
    assertThat(messagesAboutTheMissingUrl(robot)).containsExactly(message);
    assertThat(label(robot, "summary").getText()).startsWith("OCSP stapling is off");
    assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isTrue();

    robot.interact(toggle::requestFocus);
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(toggle.isSelected()).isFalse();
    assertThat(vm.form().enabledProperty().get()).isFalse();
  }

  /** The visible labels of the window that speak of the missing responder URL. */
  private static List<Label> messagesAboutTheMissingUrl(FxRobot robot) {
    return robot
        .lookup(
            (Node n) ->
                n instanceof Label l
                    && NodeQueryUtils.isVisible().test(l)
                    && l.getText() != null
                    && Stream.of("cannot be enabled", "no OCSP URL", "no OCSP responder URL")
                        .anyMatch(l.getText()::contains))
        .queryAllAs(Label.class)
        .stream()
        .toList();
  }

  @Test
  void refreshOverUnsavedEditsAsksFirst(FxRobot robot) throws Exception {
    waitUntilLoaded();
    replace(robot, "query-frequency", "900");
    robot.type(KeyCode.F5);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#reload-dialog").tryQuery()).isPresent();
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(field(robot, "query-frequency").getText()).isEqualTo("900");
    Keys.shortcut(robot, KeyCode.R);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Discard and reload");
    waitUntilIdle();
    assertThat(field(robot, "query-frequency").getText()).isEqualTo("3600");
  }

  @Test
  void theReviewListsEachChangeBeforeSending(FxRobot robot) throws Exception {
    waitUntilLoaded();
    robot.interact(() -> preferences.reviewBeforeSaveProperty().set(true));
    replace(robot, "recovery-frequency", "120");
    robot.clickOn("#save");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#review-dialog").tryQuery()).isPresent();
    assertThat(robot.lookup("60 s (1 min)").tryQuery()).isPresent();
    assertThat(robot.lookup("120 s (2 min)").tryQuery()).isPresent();
    robot.clickOn("#review-skip");
    robot.clickOn("Send to cluster");
    waitUntilIdle();
    assertThat(cluster.config().recoveryFrequency()).isEqualTo(120);
    assertThat(preferences.reviewBeforeSaveProperty().get()).isFalse();
  }

  @Test
  void theWholeFormWorksFromTheKeyboard(FxRobot robot) throws Exception {
    waitUntilLoaded();
    robot.interact(() -> robot.lookup("#ocsp-functionality").queryAs(Switch.class).requestFocus());
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.form().enabledProperty().get()).isTrue();
    robot.type(KeyCode.TAB); // responder URL (read-only, selectable)
    robot.type(KeyCode.TAB); // query frequency
    assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("query-frequency");
    Keys.selectAll(robot).write("1800");
    Keys.shortcut(robot, KeyCode.S);
    waitUntilIdle();
    assertThat(cluster.config().ocspFunctionality()).isTrue();
    assertThat(cluster.config().queryFrequency()).isEqualTo(1800);
  }

  @Test
  void activityLogListsRequestsAndCopiesThemAsCurl(FxRobot robot) throws Exception {
    waitUntilLoaded();
    robot.clickOn("Activity");
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> robot.lookup("#activity").queryAs(TitledPane.class).isExpanded());
    @SuppressWarnings("unchecked")
    TableView<Exchange> table = robot.lookup("#activity-table").queryAs(TableView.class);
    assertThat(table.getItems())
        .anySatisfy(
            e -> {
              assertThat(e.method()).isEqualTo("GET");
              assertThat(e.status()).isEqualTo(200);
            });
    robot.interact(() -> table.getSelectionModel().select(0));
    robot.clickOn("#copy-curl");
    WaitForAsyncUtils.waitForFxEvents();
    String copied =
        WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
            .get(5, TimeUnit.SECONDS);
    assertThat(copied)
        .contains("curl")
        .contains("-u 'admin@demo.local'")
        .contains("/v1/ocsp")
        .doesNotContain(cluster.admin().password());
  }

  @Test
  void aSlowRequestShowsProgressAndCanBeCancelled(FxRobot robot) throws Exception {
    waitUntilLoaded();
    cluster.switches().latency(Duration.ofSeconds(10));
    robot.type(KeyCode.F5);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.busyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#progress").queryAs(Node.class).isVisible()).isTrue();
    assertThat(field(robot, "query-frequency").isDisabled()).isTrue();
    robot.clickOn("#cancel");
    waitUntilIdle();
    assertThat(label(robot, "banner-title").getText()).isEqualTo("Cancelled");
    assertThat(field(robot, "query-frequency").isDisabled()).isFalse();
    assertThat(vm.form().number(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("3600");
  }

  @Test
  void aChangeBySomeoneElseIsResolvedInTheConflictDialog(FxRobot robot) throws Exception {
    waitUntilLoaded();
    replace(robot, "query-frequency", "900");
    // Another administrator, with a client of their own, saves a different value meanwhile.
    org.ocspconsole.testing.DemoSessions.admin(cluster)
        .client()
        .updateOcspConfig(
            org.ocspconsole.api.OcspUpdate.of(java.util.Map.of(OcspField.QUERY_FREQUENCY, 600)))
        .get(20, TimeUnit.SECONDS);
    Keys.shortcut(robot, KeyCode.S);
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
    assertThat(robot.lookup("#query-frequency-theirs").queryLabeled().getText())
        .startsWith("600 s");
    assertThat(robot.lookup("#query-frequency-yours").queryLabeled().getText()).startsWith("900 s");
    org.ocspconsole.testing.Shown.click(robot, "#query-frequency-theirs");
    robot.clickOn(
        robot
            .lookup("#conflict-dialog")
            .queryAs(javafx.scene.control.DialogPane.class)
            .lookupButton(org.ocspconsole.config.ConflictDialog.SAVE));
    waitUntilIdle();
    assertThat(cluster.config().queryFrequency()).isEqualTo(600);
    assertThat(field(robot, "query-frequency").getText()).isEqualTo("600");
  }

  @Test
  void theThemeSwitchesToDarkAndIsRemembered(FxRobot robot) throws Exception {
    waitUntilLoaded();
    robot.clickOn("#dark-theme");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(preferences.darkThemeProperty().get()).isTrue();
    assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");
    robot.clickOn("#dark-theme");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-light");
  }
}
