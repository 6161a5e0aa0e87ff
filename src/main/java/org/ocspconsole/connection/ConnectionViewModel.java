package org.ocspconsole.connection;

import java.io.IOException;
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
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
  private final Executor fx;
  private final Executor worker;
  private final ObservableList<Profile> items = FXCollections.observableArrayList();
  private final ObjectProperty<Profile> selected = new SimpleObjectProperty<>(this, "selected");
  private final ObjectProperty<String> defaultProfile =
      new SimpleObjectProperty<>(this, "defaultProfile");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper readOnly = new ReadOnlyStringWrapper(this, "readOnly");
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
    this.fx = fx;
    this.worker = worker;
    ProfileStore.Loaded loaded = store.load();
    items.add(DEMO);
    items.addAll(loaded.contents().profiles());
    defaultProfile.set(loaded.contents().defaultProfile());
    message.set(loaded.problem());
    if (loaded.readOnly() != null) {
      readOnly.set(
          store.file().getFileName()
              + " in "
              + store.file().getParent()
              + " was "
              + loaded.readOnly()
              + ". Its profiles are shown and you can connect, but nothing is saved and the file"
              + " is never overwritten. Use the newer console to change them.");
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
    return busy.getReadOnlyProperty();
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

  /** Adds the profiles of an exported file; names already taken get a suffix. Returns how many. */
  public int importFrom(Path file) {
    if (readOnly.get() != null) {
      return 0;
    }
    try {
      List<Profile> read = ProfileStore.readExport(file);
      for (Profile p : read) {
        Profile copy = indexOf(p.id()) >= 0 ? p.copy(p.name()) : p;
        items.add(
            namesExcept(null).contains(copy.name())
                ? copy.withName(uniqueName(copy.name() + " (imported)"))
                : copy);
      }
      persist();
      message.set(
          "Imported "
              + read.size()
              + (read.size() == 1 ? " profile" : " profiles")
              + " from "
              + file.getFileName()
              + ".");
      return read.size();
    } catch (IOException e) {
      message.set(
          "Nothing was imported: "
              + file.getFileName()
              + " is not a profiles file ("
              + e.getMessage()
              + ").");
      return 0;
    }
  }

  public void exportTo(Path file) {
    try {
      store.export(file, saved());
      message.set(
          "Exported " + saved().size() + " profiles to " + file.getFileName() + " (no passwords).");
    } catch (IOException e) {
      message.set("The export failed: " + e.getMessage());
    }
  }

  /** Connects to the selected entry; completes with the session, or fails with a message set. */
  public CompletableFuture<ConnectFlow.Connected> connect(char[] given) {
    Profile target = selected.get();
    busy.set(true);
    message.set(null);
    CompletableFuture<ConnectFlow.Connected> result =
        target == DEMO
            ? demo.get().thenApply(session -> new ConnectFlow.Connected(session, DEMO))
            : flow.connect(target, given, this::put, true);
    return result.whenCompleteAsync(
        (connected, failure) -> {
          busy.set(false);
          if (failure != null) {
            message.set(org.ocspconsole.api.ApiException.errorOf(failure).message());
          }
        },
        fx);
  }

  private List<Profile> saved() {
    List<Profile> saved = new ArrayList<>(items);
    saved.remove(DEMO);
    return saved;
  }

  private void persist() {
    if (readOnly.get() != null) {
      return; // the banner says so; a trust decision made while connecting lasts for this run
    }
    try {
      store.save(saved(), defaultProfile.get());
    } catch (IOException e) {
      message.set("The profiles could not be saved: " + e.getMessage());
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
