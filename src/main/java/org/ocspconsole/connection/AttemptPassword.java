package org.ocspconsole.connection;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiError.Kind;
import org.ocspconsole.connection.ConnectPrompts.Secret;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.Profile;

/**
 * The password of one connection attempt (or the PKCS#12 file's): given, remembered in the
 * credential store, or asked; remembered once it worked if the user chose so, forgotten from the
 * store once the cluster refused it. It is held only until the attempt ends, then wiped.
 */
final class AttemptPassword {
  private final ConnectPrompts prompts;
  private final Executor fx;
  private final Executor worker;
  private RememberedPasswords remembered;
  private char[] secret;
  private boolean fromStore;
  private boolean remember;

  AttemptPassword(ConnectPrompts prompts, Executor fx, Executor worker) {
    this.prompts = prompts;
    this.fx = fx;
    this.worker = worker;
    this.remembered = new RememberedPasswords(Optional.empty(), worker);
  }

  /**
   * Finds the first password to try: {@code given}, else the remembered one, else the user's. Calls
   * {@code found} (on the FX thread when it had to wait) once there is one, or {@code cancelled}
   * when the user gave none.
   */
  void find(
      Optional<CredentialStore> store,
      char[] given,
      Profile profile,
      Runnable found,
      Consumer<ApiError> cancelled) {
    remembered = new RememberedPasswords(store, worker);
    if (given != null && given.length > 0) {
      secret = given.clone();
      found.run();
      return;
    }
    if (!remembered.available()) {
      ask(profile, null, found, cancelled);
      return;
    }
    remembered
        .read(profile.credentialKey())
        .whenCompleteAsync(
            (stored, failure) -> {
              if (stored != null && stored.isPresent()) {
                secret = stored.get();
                fromStore = true;
                found.run();
              } else {
                ask(profile, null, found, cancelled);
              }
            },
            fx);
  }

  /** Takes over the password of a probe begun before the window (its own copy, not wiped there). */
  void take(Optional<CredentialStore> store, char[] early, boolean earlyFromStore) {
    remembered = new RememberedPasswords(store, worker);
    secret = early;
    fromStore = earlyFromStore;
  }

  /** Asks the user, saying {@code reason} when not null; as {@link #find} for the outcome. */
  void ask(Profile profile, String reason, Runnable found, Consumer<ApiError> cancelled) {
    prompts
        .password(profile.login(), reason, remembered.storeName())
        .whenCompleteAsync(
            (answer, failure) -> {
              if (failure != null || answer == null || answer.isEmpty()) {
                cancelled.accept(ApiError.transport(Kind.CANCELLED, "Connecting was cancelled."));
                return;
              }
              Secret typed = answer.get();
              clear();
              secret = typed.value();
              remember = typed.remember();
              fromStore = false;
              found.run();
            },
            fx);
  }

  char[] secret() {
    return secret;
  }

  boolean fromStore() {
    return fromStore;
  }

  /** The cluster accepted it: remembered if the user chose so when typing it. */
  void accepted(Profile profile) {
    if (remember && !fromStore) {
      remembered.write(profile.credentialKey(), secret);
    }
  }

  /** The cluster refused it: a remembered one is forgotten, so the next start asks. */
  void refused(Profile profile) {
    if (fromStore) {
      remembered.forget(profile.credentialKey());
    }
  }

  void clear() {
    if (secret != null) {
      Arrays.fill(secret, '\0');
      secret = null;
    }
  }
}
