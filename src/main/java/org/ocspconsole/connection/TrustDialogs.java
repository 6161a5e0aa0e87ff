package org.ocspconsole.connection;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.CertificateInfo;

/** The connection dialogs: password with "Remember", an untrusted certificate, a changed pin. */
public final class TrustDialogs implements ConnectPrompts {
  public static final ButtonType CONNECT = new ButtonType("_Connect", ButtonBar.ButtonData.OK_DONE);
  public static final ButtonType PIN =
      new ButtonType("_Trust this certificate", ButtonBar.ButtonData.OTHER);
  public static final ButtonType CA_FILE =
      new ButtonType("Choose _CA file\u2026", ButtonBar.ButtonData.OTHER);
  public static final ButtonType REFUSE =
      new ButtonType("_Don't connect", ButtonBar.ButtonData.CANCEL_CLOSE);
  public static final ButtonType REPIN =
      new ButtonType("Trust the _new certificate", ButtonBar.ButtonData.OTHER);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private final Window owner;

  public TrustDialogs(Window owner) {
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
          Platform.runLater(field::requestFocus);
          boolean ok = alert.showAndWait().filter(CONNECT::equals).isPresent();
          Optional<Secret> answer =
              ok
                  ? Optional.of(
                      new Secret(
                          field.getText().toCharArray(),
                          rememberIn != null && remember.isSelected()))
                  : Optional.empty();
          field.clear();
          return answer;
        });
  }

  @Override
  public CompletionStage<TrustDecision> untrusted(
      String host, ApiError error, boolean hostMatches) {
    return later(
        () -> {
          CertificateInfo cert = error.certificate();
          Alert alert =
              alert(error.message(), details(cert, host, hostMatches), PIN, CA_FILE, REFUSE);
          alert.setTitle("Certificate not trusted");
          alert.getDialogPane().setId("trust-dialog");
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
            File file = chooser.showOpenDialog(owner);
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
          GridPane compare = new GridPane();
          compare.setId("pin-compare");
          compare.setHgap(12);
          compare.setVgap(6);
          compare.addRow(
              0,
              bold("Pinned (expected)"),
              selectable("pin-expected", error.expectedFingerprint()));
          compare.addRow(
              1, bold("Presented now"), selectable("pin-presented", error.certificate().sha256()));
          Label warning =
              new Label(
                  "Trust the new certificate only if you know it was replaced, and you have "
                      + "compared its fingerprint with the one on the cluster.");
          warning.setWrapText(true);
          VBox content =
              new VBox(12, compare, details(error.certificate(), host, hostMatches), warning);
          Alert alert = alert(error.message(), content, REPIN, REFUSE);
          alert.setAlertType(Alert.AlertType.WARNING);
          alert.setTitle("Certificate changed");
          alert.getDialogPane().setId("pin-mismatch-dialog");
          return alert.showAndWait().filter(REPIN::equals).isPresent();
        });
  }

  /** Subject, issuer, validity, fingerprint, names and whether they cover the host. */
  static GridPane details(CertificateInfo cert, String host, boolean hostMatches) {
    GridPane grid = new GridPane();
    grid.setId("certificate-details");
    grid.setHgap(12);
    grid.setVgap(6);
    Instant now = Instant.now();
    String validity =
        when(cert.notBefore())
            + " to "
            + when(cert.notAfter())
            + (now.isAfter(cert.notAfter())
                ? "  (EXPIRED)"
                : now.isBefore(cert.notBefore()) ? "  (NOT YET VALID)" : "");
    Label match =
        new Label(
            hostMatches
                ? "Yes: the certificate names " + host
                : "No: the certificate does not name " + host);
    match.setId("host-match");
    match.getStyleClass().add(hostMatches ? Styles.SUCCESS : Styles.DANGER);
    grid.addRow(0, bold("Subject"), selectable("cert-subject", cert.subject()));
    grid.addRow(1, bold("Issuer"), selectable("cert-issuer", cert.issuer()));
    grid.addRow(2, bold("Valid"), new Label(validity));
    grid.addRow(3, bold("SHA-256"), selectable("cert-sha256", cert.sha256()));
    grid.addRow(
        4,
        bold("Names"),
        new Label(
            cert.subjectAltNames().isEmpty()
                ? "(none)"
                : String.join(", ", cert.subjectAltNames())));
    grid.addRow(5, bold("Host name"), match);
    return grid;
  }

  private static String when(Instant instant) {
    return WHEN.format(instant.atZone(ZoneId.systemDefault()));
  }

  private static Label bold(String text) {
    Label label = new Label(text);
    label.getStyleClass().add(Styles.TEXT_BOLD);
    label.setMinWidth(Label.USE_PREF_SIZE);
    return label;
  }

  /** Read-only but selectable, so a fingerprint can be copied and compared. */
  private static TextField selectable(String id, String text) {
    TextField field = new TextField(text);
    field.setId(id);
    field.setEditable(false);
    // Wide enough for a whole SHA-256 fingerprint (95 characters), so it can be compared at a
    // glance.
    field.setPrefColumnCount(96);
    field.setStyle("-fx-font-family: monospace; -fx-font-size: 11px;");
    field.getStyleClass().add("read-only");
    return field;
  }

  private Alert alert(String header, javafx.scene.Node content, ButtonType... buttons) {
    Alert alert = new Alert(Alert.AlertType.NONE, "", buttons);
    alert.initOwner(owner);
    alert.setHeaderText(header);
    alert.getDialogPane().setContent(content);
    alert.getDialogPane().setMinWidth(880);
    return alert;
  }

  private static <T> CompletionStage<T> later(java.util.function.Supplier<T> dialog) {
    // Shown later on the FX thread; the caller never waits for the answer.
    return CompletableFuture.supplyAsync(dialog, Platform::runLater);
  }
}
