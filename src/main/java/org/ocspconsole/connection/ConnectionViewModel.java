package org.ocspconsole.connection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ocspconsole.fx.BackgroundCall;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.profiles.ProfileStore;
import org.ocspconsole.session.Session;

/**
 * The connection screen: the saved profiles after the permanent demo entry, editing them (each
 * change saved at once), import and export, the profile offered at start, and connecting.
 */
public final class ConnectionViewModel {
  /** The built-in demo cluster: always first, never saved, edited or deleted. */
  public static final Profile DEMO =
      new Profile(
          "builtin-demo",
          "Built-in demo cluster",
          "https://127.0.0.1",
          "admin@demo.local",
          Profile.Auth.BASIC,
          null,
          Profile.Trust.PINNED,
          null,
          null);

  private final ProfileStore store;
  private final ConnectFlow flow;
  private final Supplier<CompletableFuture<Session>> demo;
  private final Supplier<CompletableFuture<Optional<CredentialStore>>> credentials;
  private final Executor worker;
  private final ObservableList<Profile> items = FXCollections.observableArrayList();
  private final ObjectProperty<Profile> selected = new SimpleObjectProperty<>(this, "selected");
  private final ObjectProperty<String> defaultProfile =
      new SimpleObjectProperty<>(this, "defaultProfile");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
  private final BackgroundCall connecting;
  private final ReadOnlyStringWrapper readOnly = new ReadOnlyStringWrapper(this, "readOnly");
  private final ProfileTransfer transfer;
  private final SavedProfiles profilesFile;
  private final BooleanBinding editable =
      selected.isNotNull().and(selected.isNotEqualTo(DEMO)).and(readOnly.isNull());

  public ConnectionViewModel(
      ProfileStore store,
      ConnectFlow flow,
      Supplier<CompletableFuture<Session>> demo,
      Supplier<CompletableFuture<Optional<CredentialStore>>> credentials,
      Executor fx,
      Executor worker) {
    this.store = store;
    this.flow = flow;
    this.demo = demo;
    this.credentials = credentials;

    this.worker = worker;
    this.connecting = new BackgroundCall(fx);
    this.transfer = new ProfileTransfer(store, message::set, fx, worker);
    this.profilesFile =
        new SavedProfiles(store, worker, problem -> fx.execute(() -> message.set(problem)));
    ProfileStore.Loaded loaded = store.load();
    items.add(DEMO);
    items.addAll(loaded.contents().profiles());
    defaultProfile.set(loaded.contents().defaultProfile());
    message.set(loaded.problem());
    if (loaded.readOnly() != null) {
      readOnly.set(SavedProfiles.readOnlyText(store, loaded.readOnly()));
    }
    selected.set(
        items.stream().filter(p -> p.id().equals(defaultProfile.get())).findFirst().orElse(DEMO));
  }

  public ObservableList<Profile> items() {
    return items;
  }

  public ObjectProperty<Profile> selectedProperty() {
    return selected;
  }

  /** The id of the profile the console offers at start, or null for the demo as today. */
  public ObjectProperty<String> defaultProfileProperty() {
    return defaultProfile;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return connecting.busyProperty();
  }

  /**
   * Why the profiles cannot be changed (the file was written by a newer version), or null. Adding,
   * editing, deleting and importing are disabled then; connecting and exporting are not.
   */
  public ReadOnlyStringProperty readOnlyProperty() {
    return readOnly.getReadOnlyProperty();
  }

  /** A saved profile is selected (the demo entry cannot be edited, duplicated or deleted). */
  public BooleanBinding editableProperty() {
    return editable;
  }

  /** Where files are read and written (and a profile editor checks its files). */
  Executor worker() {
    return worker;
  }

  /** Names taken by profiles other than {@code except}, for the editor's uniqueness check. */
  public Set<String> namesExcept(Profile except) {
    Set<String> names = new HashSet<>();
    items.stream()
        .filter(p -> except == null || !p.id().equals(except.id()))
        .forEach(p -> names.add(p.name()));
    return names;
  }

  /** Adds a new profile or replaces the one with the same id. */
  public void put(Profile profile) {
    int at = indexOf(profile.id());
    if (at < 0) {
      items.add(profile);
    } else {
      items.set(at, profile);
    }
    selected.set(profile);
    persist();
  }

  public void duplicateSelected() {
    Profile source = selected.get();
    if (editable.get()) {
      put(source.copy(uniqueName(source.name() + " (copy)")));
    }
  }

  public void deleteSelected() {
    Profile gone = selected.get();
    if (!editable.get()) {
      return;
    }
    items.remove(gone);
    if (gone.id().equals(defaultProfile.get())) {
      defaultProfile.set(null);
    }
    selected.set(DEMO);
    persist();
    boolean shared = items.stream().anyMatch(p -> p.credentialKey().equals(gone.credentialKey()));
    if (!shared) {
      credentials
          .get()
          .thenAcceptAsync(
              found ->
                  found.ifPresent(
                      s -> {
                        try {
                          s.delete(gone.credentialKey());
                        } catch (CredentialStore.CredentialStoreException e) {
                          // left in the store; harmless, and removable with the OS's own tool
                        }
                      }),
              worker);
    }
  }

  /** Makes the selected profile the one shown at start (or none). */
  public void setStartWithSelected(boolean start) {
    if (readOnly.get() != null) {
      return;
    }
    Profile p = selected.get();
    defaultProfile.set(start && p != null && p != DEMO ? p.id() : null);
    persist();
  }

  /** Import and export: files are read and written on the worker. */
  public ProfileTransfer transfer() {
    return transfer;
  }

  /**
   * Reads and checks an exported file on the worker and plans its import, for review; empty when
   * the file cannot be imported (the message says why) or the profiles are read-only.
   */
  public CompletableFuture<Optional<ImportPlan>> readImport(Path file) {
    return readOnly.get() != null
        ? CompletableFuture.completedFuture(Optional.empty())
        : transfer.read(file, List.copyOf(items));
  }

  /** Adds what the user reviewed and accepted; returns how many profiles were added. */
  public int addImported(ImportPlan reviewed) {
    if (readOnly.get() != null) {
      return 0;
    }
    // The list may have changed while the dialog was open: names and ids are checked again.
    ImportPlan plan = ImportPlan.of(reviewed.file(), reviewed.accepted(), items);
    List<Profile> added = plan.accepted();
    items.addAll(added);
    persist();
    message.set(reviewed.summary(added.size()));
    return added.size();
  }

  /** Writes the saved profiles (no passwords) on the worker; the outcome is in the message. */
  public CompletableFuture<Void> exportTo(Path file) {
    return transfer.export(file, saved());
  }

  /**
   * Completes once every change made so far is in the profiles file (or failed, with a message).
   */
  public CompletableFuture<Void> persisted() {
    return profilesFile.written();
  }

  /** Connects to the selected entry; completes with the session, or fails with a message set. */
  public CompletableFuture<ConnectFlow.Connected> connect(char[] given) {
    Profile target = selected.get();
    message.set(null);
    CompletableFuture<ConnectFlow.Connected> result =
        target == DEMO
            ? demo.get().thenApply(session -> new ConnectFlow.Connected(session, DEMO))
            : flow.connect(target, given, this::put, true);
    // The caller hears of the outcome once the screen shows it: the message set, busy cleared.
    return connecting
        .run(() -> result, connected -> {}, error -> message.set(error.message()))
        .thenCompose(shown -> result);
  }

  private List<Profile> saved() {
    List<Profile> saved = new ArrayList<>(items);
    saved.remove(DEMO);
    return saved;
  }

  private void persist() {
    if (readOnly.get() == null) { // else the banner says so: a trust decision lasts for this run
      profilesFile.save(saved(), defaultProfile.get());
    }
  }

  private int indexOf(String id) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private String uniqueName(String base) {
    Set<String> taken = namesExcept(null);
    String candidate = base;
    for (int i = 2; taken.contains(candidate); i++) {
      candidate = base + " " + i;
    }
    return candidate;
  }
}
