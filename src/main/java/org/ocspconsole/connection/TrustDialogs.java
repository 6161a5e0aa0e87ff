package org.ocspconsole.connection;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.CertificateInfo;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.fx.PasswordFields;
import org.ocspconsole.fx.SafeDialogs;

/**
 * The connection dialogs: password with "Remember", an untrusted certificate, a changed pin and its
 * confirmation. In each trust dialog *Don't connect* has the focus and is the default: Enter and
 * Esc never trust (see {@link SafeDialogs}).
 */
public final class TrustDialogs implements ConnectPrompts {
  public static final ButtonType CONNECT = new ButtonType("_Connect", ButtonBar.ButtonData.OK_DONE);
  public static final ButtonType PIN =
      new ButtonType("_Trust this certificate", ButtonBar.ButtonData.OTHER);
  public static final ButtonType CA_FILE =
      new ButtonType("Choose _CA file\u2026", ButtonBar.ButtonData.OTHER);
  public static final ButtonType REFUSE =
      new ButtonType("_Don't connect", ButtonBar.ButtonData.CANCEL_CLOSE);
  public static final ButtonType REPIN =
      new ButtonType("Trust the _new certificate\u2026", ButtonBar.ButtonData.OTHER);
  public static final ButtonType REPLACE_PIN =
      new ButtonType("_Replace the pin and connect", ButtonBar.ButtonData.OTHER);

  private final Supplier<Window> owner;

  public TrustDialogs(Window owner) {
    this(() -> owner);
  }

  /** Dialogs over whichever window {@code owner} names when each is shown. */
  public TrustDialogs(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public CompletionStage<Optional<Secret>> password(
      String login, String reason, String rememberIn) {
    return later(
        () -> {
          PasswordField field = new PasswordField();
          field.setId("connect-password");
          Label label = new Label("_Password for " + login);
          label.setMnemonicParsing(true);
          label.setLabelFor(field);
          CheckBox remember = new CheckBox("_Remember in " + rememberIn);
          remember.setId("remember-password");
          remember.setVisible(rememberIn != null);
          remember.setManaged(rememberIn != null);
          Alert alert =
              alert(
                  reason == null ? "Sign in to the cluster" : reason,
                  new VBox(8, label, field, remember),
                  CONNECT,
                  ButtonType.CANCEL);
          alert.setTitle("Sign in");
          alert.getDialogPane().setId("connect-password-dialog");
          FxThread.later(field::requestFocus);
          boolean ok = alert.showAndWait().filter(CONNECT::equals).isPresent();
          char[] typed = PasswordFields.take(field);
          if (!ok) {
            java.util.Arrays.fill(typed, '\0');
            return Optional.empty();
          }
          return Optional.of(new Secret(typed, rememberIn != null && remember.isSelected()));
        });
  }

  @Override
  public CompletionStage<TrustDecision> untrusted(
      String host, ApiError error, boolean hostMatches) {
    return later(
        () -> {
          CertificateInfo cert = error.certificate();
          TrustOffer offer = TrustOffer.of(cert);
          VBox content = new VBox(12, CertificateDetails.of(cert, host, hostMatches));
          Alert alert;
          if (offer.possible()) {
            content
                .getChildren()
                .add(
                    CertificateDetails.note(
                        "trust-advice",
                        "Trust it only if its SHA-256 fingerprint is the one of the cluster's REST"
                            + " API certificate, read on the cluster itself.",
                        null));
            alert = alert(error.message(), content, PIN, CA_FILE, REFUSE);
          } else {
            content
                .getChildren()
                .add(CertificateDetails.note("trust-refusal", offer.reason(), Styles.DANGER));
            alert = alert(error.message(), content, REFUSE);
          }
          alert.setTitle("Certificate not trusted");
          alert.getDialogPane().setId("trust-dialog");
          SafeDialogs.refuseByDefault(alert, REFUSE);
          ButtonType answer = alert.showAndWait().orElse(REFUSE);
          if (answer == PIN) {
            return new TrustDecision.Pin(cert.sha256());
          }
          if (answer == CA_FILE) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("CA certificate (PEM)");
            chooser
                .getExtensionFilters()
                .add(new FileChooser.ExtensionFilter("PEM", "*.pem", "*.crt", "*.cer"));
            File file = chooser.showOpenDialog(owner.get());
            return file == null
                ? new TrustDecision.Refuse()
                : new TrustDecision.CaFile(file.toPath());
          }
          return new TrustDecision.Refuse();
        });
  }

  @Override
  public CompletionStage<Boolean> pinChanged(String host, ApiError error, boolean hostMatches) {
    return later(
        () -> {
          TrustOffer offer = TrustOffer.of(error.certificate());
          VBox content =
              new VBox(
                  12,
                  CertificateDetails.compare(
                      "pin-compare",
                      "pin",
                      "Pinned (expected)",
                      error.expectedFingerprint(),
                      "Presented now",
                      error.certificate().sha256()),
                  CertificateDetails.of(error.certificate(), host, hostMatches),
                  offer.possible()
                      ? CertificateDetails.note(
                          "pin-warning",
                          "Trust the new certificate only if you know it was replaced, and you have"
                              + " compared its fingerprint with the one on the cluster.",
                          null)
                      : CertificateDetails.note("trust-refusal", offer.reason(), Styles.DANGER));
          Alert alert =
              offer.possible()
                  ? alert(error.message(), content, REPIN, REFUSE)
                  : alert(error.message(), content, REFUSE);
          alert.setAlertType(Alert.AlertType.WARNING);
          alert.setTitle("Certificate changed");
          alert.getDialogPane().setId("pin-mismatch-dialog");
          SafeDialogs.refuseByDefault(alert, REFUSE);
          return alert.showAndWait().filter(REPIN::equals).isPresent();
        });
  }

  @Override
  public CompletionStage<Boolean> confirmRepin(String host, String pinned, String presented) {
    return later(
        () -> {
          VBox content =
              new VBox(
                  12,
                  CertificateDetails.note(
                      "repin-explanation",
                      "From now on this profile trusts only the new certificate below, and your"
                          + " password is sent to the server that presents it. The old one will be"
                          + " refused.",
                      null),
                  CertificateDetails.compare(
                      "repin-compare",
                      "repin",
                      "Old (pinned until now)",
                      pinned,
                      "New (trusted from now on)",
                      presented),
                  CertificateDetails.note(
                      "repin-warning",
                      "If you did not replace the cluster's certificate yourself, and nobody told"
                          + " you it was replaced, choose Don't connect: someone may be"
                          + " intercepting the connection.",
                      Styles.WARNING));
          Alert alert =
              alert(
                  "Replace the pinned certificate of " + host + "?", content, REPLACE_PIN, REFUSE);
          alert.setAlertType(Alert.AlertType.WARNING);
          alert.setTitle("Replace the pinned certificate");
          alert.getDialogPane().setId("repin-confirm-dialog");
          SafeDialogs.refuseByDefault(alert, REFUSE);
          return alert.showAndWait().filter(REPLACE_PIN::equals).isPresent();
        });
  }

  private Alert alert(String header, javafx.scene.Node content, ButtonType... buttons) {
    Alert alert = new Alert(Alert.AlertType.NONE, "", buttons);
    alert.initOwner(owner.get());
    alert.setHeaderText(header);
    alert.getDialogPane().setContent(content);
    alert.getDialogPane().setMinWidth(880);
    return alert;
  }

  private static <T> CompletionStage<T> later(java.util.function.Supplier<T> dialog) {
    // Shown later on the FX thread; the caller never waits for the answer.
    return CompletableFuture.supplyAsync(dialog, FxThread::later);
  }
}
