package org.ocspconsole.connection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ocspconsole.api.ClusterAddress;
import org.ocspconsole.pki.Fingerprints;
import org.ocspconsole.profiles.Profile;

/**
 * One profile being added or edited. Each field has its message, computed as the user types (the
 * address by {@link ClusterAddress}); "Test connection" ({@link ConnectionCheck}) makes one {@code
 * GET /v1/ocsp} with what is in the fields and turns the outcome into a {@link Verdict}.
 */
public final class ProfileEditorViewModel {
  private final String id;
  private final Set<String> otherNames;
  private final StringProperty name = new SimpleStringProperty(this, "name", "");
  private final StringProperty url = new SimpleStringProperty(this, "url", "");
  private final StringProperty user = new SimpleStringProperty(this, "user", "");
  private final ObjectProperty<Profile.Auth> auth =
      new SimpleObjectProperty<>(this, "auth", Profile.Auth.BASIC);
  private final StringProperty clientCertificate =
      new SimpleStringProperty(this, "clientCertificate", "");
  private final ObjectProperty<Profile.Trust> trust =
      new SimpleObjectProperty<>(this, "trust", Profile.Trust.SYSTEM);
  private final StringProperty caFile = new SimpleStringProperty(this, "caFile", "");
  private final StringProperty pin = new SimpleStringProperty(this, "pin", "");

  private final StringBinding nameMessage;
  private final StringBinding urlMessage;
  private final StringBinding urlPreview;
  private final StringBinding loginMessage;
  private final StringBinding trustMessage;
  private final BooleanBinding valid;
  private final ConnectionCheck connectionCheck;

  /** Whether each file named in the fields can be read, checked on the worker. */
  private final FileCheck clientCertificateCheck;

  private final FileCheck caFileCheck;

  /**
   * @param worker where files are checked and the test's client is built; file checks wait for a
   *     pause in typing ({@link #DEBOUNCE_MS})
   */
  public ProfileEditorViewModel(
      Profile existing, Set<String> otherNames, Executor fx, Executor worker) {
    this(
        existing,
        otherNames,
        fx,
        worker,
        CompletableFuture.delayedExecutor(DEBOUNCE_MS, TimeUnit.MILLISECONDS, worker),
        Files::isReadable);
  }

  /** How long typing must pause before a path is looked at. */
  static final long DEBOUNCE_MS = 250;

  ProfileEditorViewModel(
      Profile existing,
      Set<String> otherNames,
      Executor fx,
      Executor worker,
      Executor fileChecks,
      Predicate<Path> readable) {
    this.id = existing == null ? null : existing.id();
    this.otherNames = Set.copyOf(otherNames);
    this.connectionCheck = new ConnectionCheck(this, fx, worker);
    if (existing != null) {
      name.set(existing.name());
      url.set(existing.url());
      user.set(existing.user() == null ? "" : existing.user());
      auth.set(existing.auth());
      clientCertificate.set(
          existing.clientCertificate() == null ? "" : existing.clientCertificate());
      trust.set(existing.trust());
      caFile.set(existing.caFile() == null ? "" : existing.caFile());
      pin.set(existing.pinSha256() == null ? "" : existing.pinSha256());
    }
    clientCertificateCheck = new FileCheck(clientCertificate, fx, fileChecks, readable);
    caFileCheck = new FileCheck(caFile, fx, fileChecks, readable);
    nameMessage =
        Bindings.createStringBinding(
            () -> ProfileRules.nameProblem(name.get(), this.otherNames), name);
    urlMessage = Bindings.createStringBinding(() -> ProfileRules.addressProblem(url.get()), url);
    urlPreview = Bindings.createStringBinding(() -> ProfileRules.preview(url.get()), url);
    loginMessage =
        Bindings.createStringBinding(
            () ->
                ProfileRules.loginProblem(
                    auth.get(),
                    user.get(),
                    clientCertificate.get(),
                    clientCertificateCheck.message()),
            auth,
            user,
            clientCertificate,
            clientCertificateCheck.readableProperty());
    trustMessage =
        Bindings.createStringBinding(
            () ->
                ProfileRules.trustProblem(
                    trust.get(), caFile.get(), caFileCheck.message(), pin.get()),
            trust,
            caFile,
            pin,
            caFileCheck.readableProperty());
    // A verdict describes the fields it was made with: any change makes it stale.
    for (javafx.beans.Observable field :
        new javafx.beans.Observable[] {url, user, auth, clientCertificate, trust, caFile, pin}) {
      field.addListener(changed -> connectionCheck.forget());
    }
    // A file not yet looked at is not yet valid (its message comes with the answer).
    BooleanBinding checking =
        Bindings.createBooleanBinding(
            () ->
                (auth.get() == Profile.Auth.CLIENT_CERTIFICATE && clientCertificateCheck.pending())
                    || (trust.get() == Profile.Trust.CA_FILE && caFileCheck.pending()),
            auth,
            trust,
            clientCertificateCheck.readableProperty(),
            caFileCheck.readableProperty());
    valid =
        nameMessage
            .isNull()
            .and(urlMessage.isNull())
            .and(loginMessage.isNull())
            .and(trustMessage.isNull())
            .and(checking.not());
  }

  /** The profile the fields describe; only when {@link #validProperty()} holds. */
  public Profile toProfile() {
    boolean basic = auth.get() == Profile.Auth.BASIC;
    Profile.Trust t = trust.get();
    return new Profile(
        id,
        name.get().trim(),
        ClusterAddress.parse(url.get()).toString(),
        basic ? user.get().trim() : null,
        auth.get(),
        basic ? null : clientCertificate.get().trim(),
        t,
        t == Profile.Trust.CA_FILE ? caFile.get().trim() : null,
        t == Profile.Trust.PINNED ? Fingerprints.normalize(pin.get()) : null);
  }

  /**
   * One {@code GET /v1/ocsp} with the fields as they are and the password typed beside them (used
   * for this test only, then wiped, as is the array given); the verdict arrives on the FX thread.
   */
  public CompletableFuture<Verdict> testConnection(char[] password) {
    return connectionCheck.run(this::toProfile, password);
  }

  /** The host name the address field names, or "" while it names none. */
  public String host() {
    return ProfileRules.host(url.get());
  }

  /** After the user trusted the certificate the test was shown. */
  public void pin(String sha256) {
    trust.set(Profile.Trust.PINNED);
    pin.set(sha256);
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty urlProperty() {
    return url;
  }

  public StringProperty userProperty() {
    return user;
  }

  public ObjectProperty<Profile.Auth> authProperty() {
    return auth;
  }

  public StringProperty clientCertificateProperty() {
    return clientCertificate;
  }

  public ObjectProperty<Profile.Trust> trustProperty() {
    return trust;
  }

  public StringProperty caFileProperty() {
    return caFile;
  }

  public StringProperty pinProperty() {
    return pin;
  }

  /** The test password was edited: a verdict made with the old one is stale. */
  public void passwordChanged() {
    connectionCheck.forget();
  }

  public StringBinding nameMessageProperty() {
    return nameMessage;
  }

  public StringBinding urlMessageProperty() {
    return urlMessage;
  }

  public StringBinding urlPreviewProperty() {
    return urlPreview;
  }

  public StringBinding loginMessageProperty() {
    return loginMessage;
  }

  public StringBinding trustMessageProperty() {
    return trustMessage;
  }

  public BooleanBinding validProperty() {
    return valid;
  }

  public ReadOnlyBooleanProperty testingProperty() {
    return connectionCheck.testingProperty();
  }

  public ReadOnlyObjectProperty<Verdict> verdictProperty() {
    return connectionCheck.verdictProperty();
  }
}
