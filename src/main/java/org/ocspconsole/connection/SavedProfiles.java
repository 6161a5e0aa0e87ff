package org.ocspconsole.connection;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.profiles.ProfileStore;

/**
 * The profiles file as the connection screen uses it: each change is written on the worker, one
 * write after another and each with the list as it was when changed, so the FX thread never waits
 * on the disk and an older list never replaces a newer one.
 */
final class SavedProfiles {
  private final ProfileStore store;
  private final Executor worker;
  private final Consumer<String> onFailure;
  private volatile CompletableFuture<Void> writes = CompletableFuture.completedFuture(null);

  /** {@code onFailure} receives the message for the user, on the worker. */
  SavedProfiles(ProfileStore store, Executor worker, Consumer<String> onFailure) {
    this.store = store;
    this.worker = worker;
    this.onFailure = onFailure;
  }

  /** Queues a write; call on one thread only (the FX thread). */
  void save(List<Profile> profiles, String defaultProfile) {
    List<Profile> snapshot = List.copyOf(profiles);
    writes =
        writes.thenRunAsync(
            () -> {
              try {
                store.save(snapshot, defaultProfile);
              } catch (IOException e) {
                onFailure.accept("The profiles could not be saved: " + e.getMessage());
              }
            },
            worker);
  }

  /** Completes once every write queued so far is done. */
  CompletableFuture<Void> written() {
    return writes;
  }

  /** The banner's text for a file of a newer version ({@code reason} from the store). */
  static String readOnlyText(ProfileStore store, String reason) {
    return store.file().getFileName()
        + " in "
        + store.file().getParent()
        + " was "
        + reason
        + ". Its profiles are shown and you can connect, but nothing is saved and the file is"
        + " never overwritten. Use the newer console to change them.";
  }
}
