package org.ocspconsole.config;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.fx.BackgroundCall;
import org.ocspconsole.fx.Banner;
import org.ocspconsole.platform.Worker;
import org.ocspconsole.session.PasswordPrompt;
import org.ocspconsole.session.Session;

/**
 * Loads and saves the OCSP configuration of the session's cluster, and says what the form may do:
 * busy, read-only, a banner ({@link FormNotices}), whether Save is possible and why not. Results
 * come back through the given executor (the FX thread in the application), so no property is set
 * from a worker thread.
 */
public final class ConfigViewModel {
  private final Session session;
  private volatile ConflictResolver conflictResolver;
  private final ConfigRequests requests;
  private final ConfigForm form = new ConfigForm();
  private final BackgroundCall calls;
  private final ReadOnlyBooleanProperty busy;
  private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper(this, "busyText", "");
  private final FormNotices notices = new FormNotices(this, form);
  private final BooleanBinding canSave;
  private final StringBinding saveHint;
  private final FormFiles files;

  public ConfigViewModel(Session session, Executor fx, PasswordPrompt passwordPrompt) {
    this.session = session;
    this.calls = new BackgroundCall(fx);
    this.busy = calls.busyProperty();
    if (passwordPrompt != null) {
      session.usePasswordPrompt(passwordPrompt, fx);
    }
    canSave =
        form.dirtyProperty()
            .and(form.validProperty())
            .and(busy.not())
            .and(notices.readOnlyProperty().not())
            .and(form.loadedProperty().isNotNull());
    saveHint = SaveNotices.hint(form, notices.readOnlyReasonProperty(), busy);
    requests = new ConfigRequests(this, fx);
    files = new FormFiles(this, Worker.EXECUTOR);
  }

  /** Import into the form, export of the loaded settings. */
  public FormFiles files() {
    return files;
  }

  public ConfigForm form() {
    return form;
  }

  public Session session() {
    return session;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }

  public ReadOnlyStringProperty busyTextProperty() {
    return busyText.getReadOnlyProperty();
  }

  public BooleanBinding readOnlyProperty() {
    return notices.readOnlyProperty();
  }

  public ReadOnlyObjectProperty<Banner> bannerProperty() {
    return notices.bannerProperty();
  }

  /** A short note after a successful save; the view shows it briefly. */
  public ReadOnlyStringProperty confirmationProperty() {
    return notices.confirmationProperty();
  }

  public BooleanBinding canSaveProperty() {
    return canSave;
  }

  /** Why Save is (not) possible, for its tooltip. */
  public StringBinding saveHintProperty() {
    return saveHint;
  }

  public void dismissBanner() {
    notices.dismiss();
  }

  /**
   * Restores the values last loaded. One key press must not throw away every edit, so the banner
   * offers to undo it until the next load, save or dismissal.
   */
  public void revert() {
    if (!form.dirtyProperty().get() || busy.get()) {
      return;
    }
    ConfigForm.Edits edits = form.edits();
    OcspConfig loaded = form.loadedProperty().get();
    form.revert();
    notices.offerUndo(edits, loaded, session.name(), busy::get);
  }

  /** Reads the configuration; the form becomes clean and editable when it succeeds. */
  public CompletableFuture<Void> load() {
    return load(session.api().getOcspConfig());
  }

  /**
   * Shows the answer of a read that is already under way: at start-up the console sends it before
   * the window exists, so the network and the toolkit start in parallel.
   */
  public CompletableFuture<Void> load(CompletableFuture<OcspConfig> request) {
    AtomicReference<CompletableFuture<OcspConfig>> sent = new AtomicReference<>(request);
    return run(
        "Loading the OCSP settings\u2026",
        () -> {
          // The request already sent first; a new one if it has to run again after a 401.
          CompletableFuture<OcspConfig> first = sent.getAndSet(null);
          return first != null ? first : session.api().getOcspConfig();
        },
        config -> {
          notices.editable();
          form.load(config);
        },
        this::load);
  }

  /**
   * Reads the settings again to see whether the cluster accepts OCSP calls now, keeping the user's
   * edits: after a refused save the form must become editable again without losing them. (A save
   * re-reads before it sends, so the snapshot the edits were made on stays the reference.)
   */
  public CompletableFuture<Void> recheck() {
    return run(
        "Checking the cluster again\u2026",
        () -> session.api().getOcspConfig(),
        config -> {
          notices.editable();
          if (!form.dirtyProperty().get()) {
            form.load(config);
          }
        },
        this::recheck);
  }

  /** Sends the changed fields only; the form then shows the cluster's answer. */
  public CompletableFuture<Void> save() {
    if (!canSave.get()) {
      return CompletableFuture.completedFuture(null);
    }
    OcspConfig loaded = form.loadedProperty().get();
    OcspConfig edited = form.edited();
    return run(
        "Saving\u2026",
        () -> SaveFlow.run(session::api, loaded, edited, conflictResolver, session.name()),
        this::saved,
        this::save);
  }

  /**
   * Asks whose value to keep when a field was changed on the cluster and in the form. The save's
   * chain meets the conflict on a worker; the question is put on the FX thread.
   */
  public void setConflictResolver(ConflictResolver resolver) {
    this.conflictResolver = requests.askedOnFxThread(resolver);
  }

  /**
   * Who is asked before a save (the review), a reload over edits and leaving with edits, and about
   * conflicts; {@code reviewBeforeSave} is the user's setting, turned off from the review itself.
   */
  public void usePrompts(ConfigPrompts prompts, BooleanProperty reviewBeforeSave) {
    requests.use(prompts, reviewBeforeSave);
    setConflictResolver(prompts);
  }

  /** Refresh (F5, Ctrl+R, the button): asks first when that would throw away edits. */
  public void requestRefresh() {
    requests.refresh();
  }

  /** Save (Ctrl+S, the button): after the review, unless the user turned it off. */
  public void requestSave() {
    requests.save();
  }

  /**
   * Before leaving the form (closing, switching cluster): Save / Discard / Cancel over unsaved
   * edits; {@code proceed} runs when the user agreed and, after Save, once the form is clean.
   */
  public void confirmLeave(String what, Runnable proceed) {
    requests.leave(what, proceed);
  }

  private void saved(SaveFlow.Result result) {
    OcspConfig before = form.loadedProperty().get();
    if (!result.cancelled()) {
      // A value sent but left out of the answer may not have been taken: it stays an edit.
      form.loadKeeping(result.answer(), result.unconfirmed());
    }
    notices.saved(result, before);
  }

  /** Cancels the request under way, if any; the form keeps its values. */
  public void cancel() {
    calls.cancel();
  }

  private <T> CompletableFuture<Void> run(
      String what,
      Supplier<CompletableFuture<T>> call,
      Consumer<T> onSuccess,
      Supplier<CompletableFuture<Void>> retry) {
    busyText.set(what);
    notices.requestStarted();
    // A 401 asks for the password once for the whole session, then the call runs again.
    return calls.run(
        () -> session.call(call),
        value -> {
          busyText.set("");
          onSuccess.accept(value);
        },
        error -> {
          busyText.set("");
          showError(error, retry);
        });
  }

  /**
   * Work of the form's own off the FX thread (a settings file): under the same busy flag as the
   * requests, so the form cannot change beneath it, and never a 401's retry.
   */
  <T> CompletableFuture<Void> runLocal(
      String what, Supplier<CompletableFuture<T>> work, Consumer<T> onDone) {
    busyText.set(what);
    notices.requestStarted();
    return calls.run(
        work,
        value -> {
          busyText.set("");
          onDone.accept(value);
        },
        error -> {
          busyText.set("");
          notices.failed(error, null);
        });
  }

  /** Shows a message of the form's own in the banner. */
  void tell(Banner message) {
    notices.show(message);
  }

  private void showError(ApiError error, Supplier<CompletableFuture<Void>> retry) {
    // A 403 here also proves what the panels beside the form cannot do.
    session.permissions().learn(error);
    // Save and Retry are blocked while the form is read-only, so the way out is a re-read.
    Supplier<CompletableFuture<Void>> action =
        ErrorPlacement.makesReadOnly(error) && retry != null ? this::recheck : retry;
    notices.failed(error, action == null ? null : action::get);
  }
}
