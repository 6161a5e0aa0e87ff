package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.api.OcspStatus.CertState;
import org.ocspconsole.certificate.ReplaceViewModel;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.IssuedCertificate;
import org.ocspconsole.pki.KeyPems;
import org.ocspconsole.pki.Pem;
import org.ocspconsole.status.StatusViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status column of the real window: badge, responder query, certificate and replace checks. */
@ExtendWith(ApplicationExtension.class)
class StatusWindowTest extends WindowFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage, false);
  }

  private StatusViewModel status() {
    return window.side().status();
  }

  private Label label(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class);
  }

  private void waitForStatus() throws Exception {
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            !status().busyProperty().get()
                && (status().cardProperty().get() != null
                    || status().problemProperty().get() != null));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theBadgeShowsTheStateInWordsBesideTheForm(FxRobot robot) throws Exception {
    waitUntilLoaded();
    waitForStatus();
    assertThat(label(robot, "status-badge-word").getText()).isEqualTo("GOOD");
    assertThat(label(robot, "status-badge-icon").getText()).isNotBlank();
    assertThat(robot.lookup("#status-badge").queryAs(Node.class).getStyleClass())
        .contains("status-good");
    assertThat(label(robot, "status-responder").getText())
        .contains(cluster.config().responderUrl());
    assertThat(label(robot, "status-time-2").getTooltip().getText())
        .startsWith("Sent by the cluster: ");

    cluster.switches().certState(CertState.REVOKED).staleNextUpdate(true);
    robot.type(KeyCode.F5);
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () -> status().cardProperty().get() != null && status().cardProperty().get().stale());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(label(robot, "status-badge-word").getText()).isEqualTo("REVOKED");
    assertThat(label(robot, "status-stale").isVisible()).isTrue();
    assertThat(label(robot, "status-time-2").getText()).contains("stale");
    assertThat(label(robot, "status-time-3").getText()).contains("ago");
  }

  @Test
  void queryingShowsProgressCanBeCancelledAndThenSucceeds(FxRobot robot) throws Exception {
    waitUntilLoaded();
    waitForStatus();
    cluster.switches().testDuration(Duration.ofSeconds(10));
    robot.clickOn("#status-query");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status().queryingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#status-progress").queryAs(Node.class).isVisible()).isTrue();
    assertThat(robot.lookup("#status-query").queryAs(Button.class).isDisabled()).isTrue();
    robot.clickOn("#status-cancel");
    waitForStatus();
    assertThat(label(robot, "status-problem-title").getText()).contains("Query cancelled");

    cluster.switches().testDuration(Duration.ofMillis(50)).certState(CertState.UNKNOWN);
    robot.clickOn("#status-retry");
    // The card still holds the earlier GOOD until the new answer is in: wait for that answer.
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> "UNKNOWN".equals(label(robot, "status-badge-word").getText()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(label(robot, "status-badge-word").getText()).isEqualTo("UNKNOWN");
    assertThat(label(robot, "status-note").getText()).contains("Just queried");
    assertThat(robot.lookup("#status-problem").queryAs(VBox.class).isVisible()).isFalse();
  }

  @Test
  void aFailedQueryIsExplainedWhereTheResultWouldBe(FxRobot robot) throws Exception {
    waitUntilLoaded();
    waitForStatus();
    cluster.switches().testQueuedTooLong(true);
    robot.clickOn("#status-query");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status().problemProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(label(robot, "status-problem-title").getText()).contains("busy");
    assertThat(robot.lookup("#status-retry").queryAs(Button.class).isVisible()).isTrue();
    // The last known status stays; the failure stands beside it.
    assertThat(robot.lookup("#status-content").queryAs(VBox.class).isVisible()).isTrue();
    assertThat(label(robot, "status-badge-word").getText()).isEqualTo("GOOD");
  }

  @Test
  void theProxyCertificateCardShowsTheOcspUrlFromItsAia(FxRobot robot) throws Exception {
    waitUntilLoaded();
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> window.side().certificate().factsProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(label(robot, "certificate-ocsp-url").getText())
        .isEqualTo(cluster.config().responderUrl());
    assertThat(label(robot, "certificate-validity").getText()).contains("days left");
    assertThat(label(robot, "certificate-sha256").getAccessibleText()).hasSize(95);
  }

  @Test
  void theReplaceDialogChecksLocallyBeforeAnythingIsSent(FxRobot robot) throws Exception {
    waitUntilLoaded();
    robot.clickOn("#certificate-replace");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#replace-dialog").tryQuery()).isPresent();
    assertThat(robot.lookup("#replace-send").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(
            robot
                .lookup(
                    n ->
                        n instanceof Label l
                            && String.valueOf(l.getText()).contains("Choose the private key file"))
                .tryQuery())
        .isPresent();
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();

    IssuedCertificate cert =
        CertificateBuilder.create().ocspUrl("http://ocsp.example.com/").build();
    IssuedCertificate other = CertificateBuilder.create().build();
    ReplaceViewModel replace =
        WaitForAsyncUtils.asyncFx(() -> window.side().openReplace()).get(5, TimeUnit.SECONDS);
    robot.interact(
        () -> {
          replace.certificateTextProperty().set(Pem.certificates(cert.chain()));
          replace.keyTextProperty().set(KeyPems.pkcs8(other.privateKey()));
        });
    assertThat(
            robot
                .lookup(
                    n ->
                        n instanceof Label l
                            && String.valueOf(l.getText()).contains("does not belong"))
                .tryQuery())
        .isPresent();
    assertThat(robot.lookup("#replace-send").queryAs(Button.class).isDisabled()).isTrue();

    cluster.clearRequests();
    robot.interact(() -> replace.keyTextProperty().set(KeyPems.sec1(cert.privateKey())));
    assertThat(robot.lookup("#replace-send").queryAs(Button.class).isDisabled()).isFalse();
    cluster.switches().certificateUpdateDuration(Duration.ofMillis(100));
    robot.clickOn("#replace-send");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> replace.resultProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(label(robot, "replace-result").getText()).startsWith("Replaced");
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () -> "http://ocsp.example.com/".equals(vm.form().loadedProperty().get().responderUrl()));
    assertThat(cluster.config().responderUrl()).isEqualTo("http://ocsp.example.com/");
  }

  @Test
  void theAlertSwitchSavesOnlyItsOwnSetting(FxRobot robot) throws Exception {
    waitUntilLoaded();
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            window.side().alerts().loadedProperty().get()
                && !window.side().alerts().busyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    cluster.clearRequests();
    // From the keyboard: the switch takes focus and Space flips it.
    robot.interact(() -> robot.lookup("#alert-cluster-ocsp-status-revoked").query().requestFocus());
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            cluster
                .clusterObject()
                .at("/alert_settings/cluster_ocsp_status_revoked")
                .booleanValue());
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> !window.side().alerts().busyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(cluster.requests())
        .filteredOn(r -> r.method().equals("PUT"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.body())
                    .isEqualTo("{\"alert_settings\":{\"cluster_ocsp_status_revoked\":true}}"));
    assertThat(label(robot, "alerts-confirmation").getText()).startsWith("Turned on");
  }
}
