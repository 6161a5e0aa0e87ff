package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.CertificateInfo;
import org.ocspconsole.app.Theme;
import org.ocspconsole.connection.ConnectPrompts.TrustDecision;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.testing.Shown;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The trust dialogs driven with the keyboard alone: Enter, Esc and Space never trust; trusting
 * takes a click or the mnemonic, and a changed certificate a second confirmation.
 */
@ExtendWith(ApplicationExtension.class)
class TrustDialogKeysTest {
  private static final String HOST = "cluster.test";
  private TrustDialogs dialogs;

  @Start
  void start(Stage stage) {
    Theme.apply(false);
    stage.setScene(new Scene(new StackPane(), 600, 400));
    stage.show();
    dialogs = new TrustDialogs(stage);
  }

  private static CertificateInfo certificate(Instant from, Instant until) throws Exception {
    return CertificateInfo.of(
        CertificateBuilder.create()
            .subject("CN=" + HOST)
            .dnsNames(HOST)
            .validity(from, until)
            .build()
            .certificate());
  }

  private static CertificateInfo current() throws Exception {
    Instant now = Instant.now();
    return certificate(now.minus(1, ChronoUnit.DAYS), now.plus(300, ChronoUnit.DAYS));
  }

  private static ApiError untrusted(CertificateInfo cert) {
    return new ApiError(
        ApiError.Kind.UNTRUSTED_CERTIFICATE, 0, null, "not trusted", null, null, cert, null, null);
  }

  private static ApiError changed(CertificateInfo cert, String pinned) {
    return new ApiError(
        ApiError.Kind.PIN_MISMATCH, 0, null, "changed", null, null, cert, pinned, null);
  }

  private CompletableFuture<TrustDecision> firstContact(FxRobot robot, CertificateInfo cert)
      throws Exception {
    CompletableFuture<TrustDecision> answer =
        dialogs.untrusted(HOST, untrusted(cert), true).toCompletableFuture();
    Shown.waitFor(robot, "#trust-dialog");
    waitForFocusOn(robot, "#trust-dialog", TrustDialogs.REFUSE.getText());
    return answer;
  }

  private static void waitForFocusOn(FxRobot robot, String pane, String button) throws Exception {
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> focusOwner(robot, pane) instanceof Button b && b.getText().equals(button));
  }

  private static Node focusOwner(FxRobot robot, String pane) {
    return robot.lookup(pane).query().getScene().getFocusOwner();
  }

  private static Button button(FxRobot robot, String pane, javafx.scene.control.ButtonType type) {
    return (Button) robot.lookup(pane).queryAs(DialogPane.class).lookupButton(type);
  }

  private static <T> T answer(CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  /**
   * A button's mnemonic: Alt+letter, and on macOS, where JavaFX takes mnemonics with Cmd, the
   * shortcut key.
   */
  private static void alt(FxRobot robot, KeyCode key) {
    KeyCode modifier =
        System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("mac")
            ? KeyCode.SHORTCUT
            : KeyCode.ALT;
    robot.press(modifier).type(key).release(modifier);
  }

  @Test
  void firstContactOpensOnDontConnectWhichIsTheDefaultAndEnterRefuses(FxRobot robot)
      throws Exception {
    CompletableFuture<TrustDecision> answer = firstContact(robot, current());
    Button refuse = button(robot, "#trust-dialog", TrustDialogs.REFUSE);
    assertThat(refuse.isDefaultButton()).isTrue();
    assertThat(refuse.isCancelButton()).isTrue();
    assertThat(button(robot, "#trust-dialog", TrustDialogs.PIN).isDefaultButton()).isFalse();
    robot.type(KeyCode.ENTER);
    assertThat(answer(answer)).isInstanceOf(TrustDecision.Refuse.class);
  }

  @Test
  void enterOnATabbedToTrustButtonStillRefuses(FxRobot robot) throws Exception {
    CompletableFuture<TrustDecision> answer = firstContact(robot, current());
    for (int i = 0;
        i < 20
            && !(focusOwner(robot, "#trust-dialog") instanceof Button b
                && b.getText().equals(TrustDialogs.PIN.getText()));
        i++) {
      robot.type(KeyCode.TAB);
    }
    assertThat(((Button) focusOwner(robot, "#trust-dialog")).getText())
        .isEqualTo(TrustDialogs.PIN.getText());
    robot.type(KeyCode.ENTER);
    assertThat(answer(answer)).isInstanceOf(TrustDecision.Refuse.class);
  }

  @Test
  void spaceAndEscRefuse(FxRobot robot) throws Exception {
    CompletableFuture<TrustDecision> space = firstContact(robot, current());
    robot.type(KeyCode.SPACE);
    assertThat(answer(space)).isInstanceOf(TrustDecision.Refuse.class);
    CompletableFuture<TrustDecision> esc = firstContact(robot, current());
    robot.type(KeyCode.ESCAPE);
    assertThat(answer(esc)).isInstanceOf(TrustDecision.Refuse.class);
  }

  @Test
  void theMnemonicIsTheDeliberateWayToTrust(FxRobot robot) throws Exception {
    CertificateInfo cert = current();
    CompletableFuture<TrustDecision> answer = firstContact(robot, cert);
    alt(robot, KeyCode.T);
    assertThat(answer(answer)).isEqualTo(new TrustDecision.Pin(cert.sha256()));
  }

  @Test
  void anExpiredCertificateIsNotOfferedForTrustAndTheDialogSaysWhy(FxRobot robot) throws Exception {
    Instant now = Instant.now();
    CompletableFuture<TrustDecision> answer =
        firstContact(
            robot, certificate(now.minus(400, ChronoUnit.DAYS), now.minus(3, ChronoUnit.DAYS)));
    DialogPane pane = robot.lookup("#trust-dialog").queryAs(DialogPane.class);
    assertThat(pane.getButtonTypes()).containsExactly(TrustDialogs.REFUSE);
    assertThat(robot.lookup("#trust-refusal").queryAs(Label.class).getText())
        .contains("expired on")
        .contains("3 days ago")
        .contains("cannot be trusted");
    assertThat(robot.lookup("#cert-validity").queryAs(Label.class).getText()).contains("EXPIRED");
    alt(robot, KeyCode.T);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(answer).isNotDone();
    robot.type(KeyCode.ENTER);
    assertThat(answer(answer)).isInstanceOf(TrustDecision.Refuse.class);
  }

  @Test
  void aChangedCertificateOpensOnDontConnectAndEnterRefuses(FxRobot robot) throws Exception {
    CompletableFuture<Boolean> answer =
        dialogs.pinChanged(HOST, changed(current(), "AA:BB"), false).toCompletableFuture();
    Shown.waitFor(robot, "#pin-mismatch-dialog");
    waitForFocusOn(robot, "#pin-mismatch-dialog", TrustDialogs.REFUSE.getText());
    assertThat(button(robot, "#pin-mismatch-dialog", TrustDialogs.REFUSE).isDefaultButton())
        .isTrue();
    robot.type(KeyCode.ENTER);
    assertThat(answer(answer)).isFalse();

    CompletableFuture<Boolean> again =
        dialogs.pinChanged(HOST, changed(current(), "AA:BB"), false).toCompletableFuture();
    Shown.waitFor(robot, "#pin-mismatch-dialog");
    waitForFocusOn(robot, "#pin-mismatch-dialog", TrustDialogs.REFUSE.getText());
    alt(robot, KeyCode.N);
    assertThat(answer(again)).isTrue();
  }

  @Test
  void theSecondConfirmationNamesBothFingerprintsAndOnlyItsMnemonicConfirms(FxRobot robot)
      throws Exception {
    CompletableFuture<Boolean> enter =
        dialogs.confirmRepin(HOST, "AA:AA", "BB:BB").toCompletableFuture();
    Shown.waitFor(robot, "#repin-confirm-dialog");
    waitForFocusOn(robot, "#repin-confirm-dialog", TrustDialogs.REFUSE.getText());
    assertThat(robot.lookup("#repin-expected").queryAs(TextField.class).getText())
        .isEqualTo("AA:AA");
    assertThat(robot.lookup("#repin-presented").queryAs(TextField.class).getText())
        .isEqualTo("BB:BB");
    robot.type(KeyCode.ENTER);
    assertThat(answer(enter)).isFalse();

    CompletableFuture<Boolean> space =
        dialogs.confirmRepin(HOST, "AA:AA", "BB:BB").toCompletableFuture();
    Shown.waitFor(robot, "#repin-confirm-dialog");
    waitForFocusOn(robot, "#repin-confirm-dialog", TrustDialogs.REFUSE.getText());
    robot.type(KeyCode.SPACE);
    assertThat(answer(space)).isFalse();

    CompletableFuture<Boolean> mnemonic =
        dialogs.confirmRepin(HOST, "AA:AA", "BB:BB").toCompletableFuture();
    Shown.waitFor(robot, "#repin-confirm-dialog");
    waitForFocusOn(robot, "#repin-confirm-dialog", TrustDialogs.REFUSE.getText());
    alt(robot, KeyCode.R);
    assertThat(answer(mnemonic)).isTrue();
  }
}
