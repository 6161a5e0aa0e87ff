package org.ocspconsole.connection;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.connection.ConnectPrompts.TrustDecision;
import org.ocspconsole.fx.DialogContent;
import org.ocspconsole.fx.PasswordFields;
import org.ocspconsole.pki.HostnameMatcher;
import org.ocspconsole.profiles.Profile;

/** Adds or edits a profile. Each field shows its message underneath as the user types. */
final class ProfileEditorView extends Dialog<Profile> {
  static final ButtonType SAVE = new ButtonType("_Save profile", ButtonBar.ButtonData.OK_DONE);
  static final ButtonType SAVE_AND_CONNECT =
      new ButtonType("_Save and connect", ButtonBar.ButtonData.OK_DONE);
  static final ButtonType CONNECT_ONCE =
      new ButtonType("Connect _once", ButtonBar.ButtonData.APPLY);

  private final ProfileEditorViewModel vm;
  private ButtonType chosen;
  private final GridPane grid = new GridPane();
  private int row;

  ProfileEditorView(ProfileEditorViewModel vm, Window owner) {
    this.vm = vm;
    initOwner(owner);
    setTitle(vm.nameProperty().get().isEmpty() ? "New profile" : "Edit profile");
    getDialogPane().setId("profile-editor");
    getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
    getDialogPane().lookupButton(SAVE).disableProperty().bind(vm.validProperty().not());
    grid.setHgap(10);
    grid.setVgap(4);

    field(
        "_Name",
        text("profile-name", vm.nameProperty()),
        "profile-name-message",
        vm.nameMessageProperty());
    field(
        "_Address",
        text("profile-url", vm.urlProperty()),
        "profile-url-message",
        vm.urlMessageProperty());
    Label preview = note("profile-url-preview", vm.urlPreviewProperty());
    preview.getStyleClass().remove(Styles.DANGER);
    preview.getStyleClass().add(Styles.TEXT_MUTED);
    grid.add(preview, 1, row++);

    ToggleGroup auth = new ToggleGroup();
    RadioButton basic =
        radio("Password (_Basic)", "auth-basic", auth, vm.authProperty(), Profile.Auth.BASIC);
    RadioButton cert =
        radio(
            "Client certificate (_PKCS#12)",
            "auth-cert",
            auth,
            vm.authProperty(),
            Profile.Auth.CLIENT_CERTIFICATE);
    row("Log in with", new HBox(12, basic, cert));
    TextField user = text("profile-user", vm.userProperty());
    HBox certFile =
        withBrowse(
            text("profile-client-cert", vm.clientCertificateProperty()),
            vm.clientCertificateProperty(),
            "PKCS#12",
            "*.p12",
            "*.pfx");
    user.visibleProperty().bind(basic.selectedProperty());
    user.managedProperty().bind(user.visibleProperty());
    certFile.visibleProperty().bind(cert.selectedProperty());
    certFile.managedProperty().bind(certFile.visibleProperty());
    field(
        "_User / file",
        new HBox(user, certFile),
        "profile-login-message",
        vm.loginMessageProperty());

    ToggleGroup trust = new ToggleGroup();
    row(
        "Trust",
        new HBox(
            12,
            radio("S_ystem CAs", "trust-system", trust, vm.trustProperty(), Profile.Trust.SYSTEM),
            radio("CA _file", "trust-ca", trust, vm.trustProperty(), Profile.Trust.CA_FILE),
            radio(
                "Pinned cer_tificate",
                "trust-pin",
                trust,
                vm.trustProperty(),
                Profile.Trust.PINNED)));
    HBox caFile =
        withBrowse(
            text("profile-ca-file", vm.caFileProperty()),
            vm.caFileProperty(),
            "PEM",
            "*.pem",
            "*.crt",
            "*.cer");
    TextField pin = text("profile-pin", vm.pinProperty());
    pin.setPromptText("SHA-256 fingerprint, e.g. 3A:F0:…");
    caFile.visibleProperty().bind(vm.trustProperty().isEqualTo(Profile.Trust.CA_FILE));
    caFile.managedProperty().bind(caFile.visibleProperty());
    pin.visibleProperty().bind(vm.trustProperty().isEqualTo(Profile.Trust.PINNED));
    pin.managedProperty().bind(pin.visibleProperty());
    field("", new HBox(caFile, pin), "profile-trust-message", vm.trustMessageProperty());

    PasswordField password = new PasswordField();
    password.setId("test-password");
    // Read as characters when Test is pressed, never held as a string by the view-model.
    password.textProperty().addListener(changed -> vm.passwordChanged());
    password.setPromptText("used for the test only, not saved");
    password.setPrefColumnCount(22);
    Button test = new Button("_Test connection");
    test.setId("test-connection");
    test.setMnemonicParsing(true);
    test.disableProperty().bind(vm.validProperty().not().or(vm.testingProperty()));
    test.setOnAction(e -> vm.testConnection(PasswordFields.copy(password)));
    row("Pass_word", new HBox(8, password, test));
    VerdictView verdict =
        new VerdictView(
            vm.verdictProperty(),
            error -> {
              String host = error.certificate() == null ? "" : hostOf();
              boolean matches = HostnameMatcher.matches(host, error.certificate().certificate());
              TrustDialogs dialogs = new TrustDialogs(getDialogPane().getScene().getWindow());
              if (error.kind() == ApiError.Kind.PIN_MISMATCH) {
                // A changed certificate takes the same two confirmations here as when connecting.
                dialogs
                    .pinChanged(host, error, matches)
                    .thenCompose(
                        yes ->
                            yes
                                ? dialogs.confirmRepin(
                                    host, error.expectedFingerprint(), error.certificate().sha256())
                                : java.util.concurrent.CompletableFuture.completedFuture(false))
                    .thenAccept(
                        confirmed -> {
                          if (confirmed) {
                            vm.pin(error.certificate().sha256());
                          }
                        });
                return;
              }
              dialogs
                  .untrusted(host, error, matches)
                  .thenAccept(
                      decision -> {
                        if (decision instanceof TrustDecision.Pin p) {
                          vm.pin(p.sha256());
                        } else if (decision instanceof TrustDecision.CaFile f) {
                          vm.trustProperty().set(Profile.Trust.CA_FILE);
                          vm.caFileProperty().set(f.file().toString());
                        }
                      });
            });
    grid.add(verdict, 1, row++);
    getDialogPane().setContent(DialogContent.padded(grid));
    getDialogPane().setPrefWidth(760);
    setResultConverter(button -> button == SAVE ? vm.toProfile() : null);
  }

  /**
   * For a connection that failed: "Save profile and connect" saves the fields as a profile (so the
   * connection screen lists it from then on), "Connect without saving" only tries them.
   */
  void offerConnecting() {
    setTitle("Edit connection");
    getDialogPane().getButtonTypes().setAll(SAVE_AND_CONNECT, CONNECT_ONCE, ButtonType.CANCEL);
    getDialogPane().lookupButton(SAVE_AND_CONNECT).disableProperty().bind(vm.validProperty().not());
    getDialogPane().lookupButton(CONNECT_ONCE).disableProperty().bind(vm.validProperty().not());
    setResultConverter(
        button -> {
          chosen = button;
          return button == SAVE_AND_CONNECT || button == CONNECT_ONCE ? vm.toProfile() : null;
        });
  }

  /** After {@link #offerConnecting()}: whether the user chose to save the profile. */
  boolean saveChosen() {
    return chosen == SAVE_AND_CONNECT;
  }

  private String hostOf() {
    return vm.host();
  }

  private void field(String label, Node input, String messageId, StringBinding message) {
    row(label, input);
    grid.add(note(messageId, message), 1, row++);
  }

  private void row(String text, Node input) {
    Label label = new Label(text);
    label.setMnemonicParsing(true);
    label.setLabelFor(
        input instanceof HBox box && !box.getChildren().isEmpty()
            ? box.getChildren().get(0)
            : input);
    label.setMinWidth(90);
    HBox.setHgrow(input, Priority.ALWAYS);
    grid.add(label, 0, row);
    grid.add(input, 1, row++);
  }

  private static Label note(String id, StringBinding text) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.setMaxWidth(560);
    label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
    label.textProperty().bind(text);
    label.visibleProperty().bind(text.isNotNull());
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }

  private static TextField text(String id, StringProperty property) {
    TextField field = new TextField();
    field.setId(id);
    field.setPrefColumnCount(36);
    field.textProperty().bindBidirectional(property);
    return field;
  }

  private static <T> RadioButton radio(
      String text, String id, ToggleGroup group, ObjectProperty<T> property, T value) {
    RadioButton radio = new RadioButton(text);
    radio.setId(id);
    radio.setMnemonicParsing(true);
    radio.setToggleGroup(group);
    radio.setSelected(property.get() == value);
    radio
        .selectedProperty()
        .addListener(
            (obs, old, on) -> {
              if (on) {
                property.set(value);
              }
            });
    property.addListener((obs, old, now) -> radio.setSelected(now == value));
    return radio;
  }

  private HBox withBrowse(TextField field, StringProperty target, String kind, String... patterns) {
    Button browse = new Button("Browse\u2026");
    browse.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, patterns));
          File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
          if (file != null) {
            target.set(file.getAbsolutePath());
          }
        });
    HBox.setHgrow(field, Priority.ALWAYS);
    return new HBox(6, field, browse);
  }
}
