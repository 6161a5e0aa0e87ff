package org.ocspconsole.profiles;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ocspconsole.platform.Worker;

/**
 * The OS credential store through java-keyring. This is the only class that names the library, so
 * it (and JNA, D-Bus) is loaded only when {@link #detect} runs, off the FX thread and never on the
 * start-up path. The library takes passwords as Strings; that copy is short-lived and is the price
 * of a maintained cross-platform binding.
 */
final class KeyringCredentialStore implements CredentialStore {
  static final String SERVICE = "OCSP Console";

  /** "none" turns the OS store off (tests, kiosks). */
  static final String PROPERTY = "ocspconsole.credentialStore";

  private final Keyring keyring;

  private KeyringCredentialStore(Keyring keyring) {
    this.keyring = keyring;
  }

  /**
   * Finds the OS store, or completes empty when there is none (no D-Bus session, no Secret Service
   * under Xvfb/CI) or when finding it takes longer than {@code timeout}. Runs on a daemon thread of
   * the worker (a thread of its own there) so a hanging D-Bus call can neither block the caller nor
   * keep the JVM alive.
   */
  static CompletableFuture<Optional<CredentialStore>> detect(Duration timeout) {
    if ("none".equals(System.getProperty(PROPERTY))) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return CompletableFuture.supplyAsync(KeyringCredentialStore::open, Worker.EXECUTOR)
        .completeOnTimeout(Optional.empty(), timeout.toMillis(), TimeUnit.MILLISECONDS)
        .exceptionally(failure -> Optional.empty());
  }

  private static Optional<CredentialStore> open() {
    try {
      Keyring keyring = Keyring.create();
      // Creating a Secret Service keyring succeeds without an unlocked collection; a read proves it
      // works.
      try {
        keyring.getPassword(SERVICE, "availability-check");
      } catch (PasswordAccessException expected) {
        // no such entry: the store answered, so it works
      }
      return Optional.of(new KeyringCredentialStore(keyring));
    } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }

  @Override
  public String displayName() {
    KeyringStorageType type = keyring.getKeyringStorageType();
    if (type == null) {
      return "the system's credential store";
    }
    return switch (type) {
      case OSX_KEYCHAIN, LEGACY_OSX_KEYCHAIN -> "the macOS Keychain";
      case WINDOWS_CREDENTIAL_STORE -> "Windows Credential Manager";
      case GNOME_KEYRING -> "the Secret Service keyring";
      case KWALLET -> "KWallet";
    };
  }

  @Override
  public Optional<char[]> read(String key) throws CredentialStoreException {
    try {
      String secret = keyring.getPassword(SERVICE, key);
      return secret == null || secret.isEmpty()
          ? Optional.empty()
          : Optional.of(secret.toCharArray());
    } catch (PasswordAccessException e) {
      return Optional.empty(); // the library reports "not found" this way
    } catch (RuntimeException e) {
      throw new CredentialStoreException(
          "The credential store could not be read (" + e.getClass().getSimpleName() + ").");
    }
  }

  @Override
  public void write(String key, char[] secret) throws CredentialStoreException {
    try {
      keyring.setPassword(SERVICE, key, new String(secret));
    } catch (PasswordAccessException | RuntimeException e) {
      throw new CredentialStoreException(
          "The password could not be stored in " + displayName() + ".");
    }
  }

  @Override
  public void delete(String key) throws CredentialStoreException {
    try {
      keyring.deletePassword(SERVICE, key);
    } catch (PasswordAccessException e) {
      // nothing stored: nothing to delete
    } catch (RuntimeException e) {
      throw new CredentialStoreException(
          "The password could not be removed from " + displayName() + ".");
    }
  }
}
