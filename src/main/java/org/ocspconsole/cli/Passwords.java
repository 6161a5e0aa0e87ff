package org.ocspconsole.cli;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.Profile;

/**
 * Where a command finds a password: the environment variable, the credential store entry the window
 * remembered for the profile, or the terminal. Never an argument: it would show in process lists
 * and shell history.
 */
final class Passwords {
  static final String PASSWORD_VARIABLE = "OCSP_CONSOLE_PASSWORD";
  static final String CERT_PASSWORD_VARIABLE = "OCSP_CONSOLE_CERT_PASSWORD";

  /** A keychain that wants unlocking may wait on the user; a script must not wait for ever. */
  private static final long STORE_SECONDS = 20;

  private Passwords() {}

  /**
   * The password for this login, or a failure that says where one could come from.
   *
   * @param saved whether the profile is saved (only a saved profile has a remembered password)
   */
  static char[] find(CliContext context, Profile profile, boolean saved) throws CliFailure {
    boolean certificate = profile.auth() == Profile.Auth.CLIENT_CERTIFICATE;
    if (certificate ? profile.clientCertificate() == null : profile.user() == null) {
      // A hand-edited or half-imported profile: say so rather than fail on a missing value.
      throw new CliFailure(
          Exit.USAGE,
          "The profile \u201c"
              + profile.name()
              + "\u201d names no "
              + (certificate ? "client certificate file" : "user")
              + ": complete it in the window.");
    }
    String variable = certificate ? CERT_PASSWORD_VARIABLE : PASSWORD_VARIABLE;
    String given = context.env().get(variable);
    if (given != null && !given.isEmpty()) {
      return given.toCharArray();
    }
    if (saved) {
      Optional<char[]> remembered = remembered(context, profile.credentialKey());
      if (remembered.isPresent()) {
        return remembered.get();
      }
    }
    if (context.terminal() != null) {
      String what =
          certificate ? "Password of " + profile.login() : "Password for " + profile.login();
      char[] typed = context.terminal().read(what + " at " + profile.url() + ": ");
      if (typed != null && typed.length > 0) {
        return typed;
      }
    }
    throw new CliFailure(
        Exit.NO_ANSWER,
        "No password for "
            + profile.login()
            + ": set "
            + variable
            + (saved ? ", remember it in the window (Remember password)," : "")
            + " or run the command on a terminal to be asked. Passwords are never options.");
  }

  private static Optional<char[]> remembered(CliContext context, String key) {
    try {
      Optional<CredentialStore> store = context.credentialStore().get();
      if (store.isEmpty()) {
        return Optional.empty();
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
              daemon())
          .get(STORE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception e) {
      // An unreadable or hanging store is an empty one: the user is asked, which is always safe.
      return Optional.empty();
    }
  }

  private static java.util.concurrent.Executor daemon() {
    return task -> {
      Thread thread = new Thread(task, "credential-store-read");
      thread.setDaemon(true);
      thread.start();
    };
  }
}
