package org.ocspconsole.profiles;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Where remembered passwords live: the operating system's credential store (Keychain, Windows
 * Credential Manager, Secret Service), never a file of ours. Calls may block (D-Bus, a keychain
 * unlock prompt), so callers run them off the FX thread.
 */
public interface CredentialStore {
  /**
   * The operating system's store, found on {@code worker} (so that not even the binding's classes
   * load on the caller's thread); empty when there is none or finding it takes over {@code
   * timeout}.
   */
  static CompletableFuture<Optional<CredentialStore>> system(Duration timeout, Executor worker) {
    return CompletableFuture.supplyAsync(() -> KeyringCredentialStore.detect(timeout), worker)
        .thenCompose(found -> found);
  }

  /** The store's name as users know it, for "Remember in ...". */
  String displayName();

  Optional<char[]> read(String key) throws CredentialStoreException;

  void write(String key, char[] secret) throws CredentialStoreException;

  /** Removes the secret; nothing happens when there is none. */
  void delete(String key) throws CredentialStoreException;

  /** A failure of the store itself; its message never carries the secret. */
  final class CredentialStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public CredentialStoreException(String message) {
      super(message, null, false, false);
    }
  }
}
