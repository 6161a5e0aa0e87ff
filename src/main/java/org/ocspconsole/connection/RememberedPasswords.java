package org.ocspconsole.connection;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.ocspconsole.profiles.CredentialStore;

/**
 * The passwords remembered in the operating system's credential store, read and changed on a worker
 * thread (the store may talk to D-Bus or the Keychain). A failing store is treated as an empty one:
 * the user is asked, which is always safe.
 */
final class RememberedPasswords {
  private final Optional<CredentialStore> store;
  private final Executor worker;

  RememberedPasswords(Optional<CredentialStore> store, Executor worker) {
    this.store = store;
    this.worker = worker;
  }

  boolean available() {
    return store.isPresent();
  }

  /** The store's name for the "Remember in …" choice, or null when there is no store. */
  String storeName() {
    return store.map(CredentialStore::displayName).orElse(null);
  }

  CompletableFuture<Optional<char[]>> read(String key) {
    if (store.isEmpty()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    CredentialStore target = store.get();
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return target.read(key);
          } catch (CredentialStore.CredentialStoreException e) {
            return Optional.<char[]>empty();
          }
        },
        worker);
  }

  /** Stores a copy of the secret; the copy is wiped once written. */
  void write(String key, char[] secret) {
    if (store.isEmpty()) {
      return;
    }
    CredentialStore target = store.get();
    char[] copy = secret.clone();
    worker.execute(
        () -> {
          try {
            target.write(key, copy);
          } catch (CredentialStore.CredentialStoreException e) {
            // Not remembered; the user is asked next time, which is safe.
          } finally {
            Arrays.fill(copy, '\0');
          }
        });
  }

  void forget(String key) {
    if (store.isEmpty()) {
      return;
    }
    CredentialStore target = store.get();
    worker.execute(
        () -> {
          try {
            target.delete(key);
          } catch (CredentialStore.CredentialStoreException e) {
            // It is refused again next time and removed then.
          }
        });
  }
}
