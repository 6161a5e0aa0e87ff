package org.ocspconsole.app;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.connection.EarlyProbe;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.profiles.ProfileStore;

/**
 * The connect probe of {@code --cluster} or {@code --profile}, begun in {@code main()} on a worker
 * while the toolkit starts, as the demo's start is. Only with a secret the start already has: the
 * password in the environment, or for a saved profile the one remembered in the credential store.
 * Without one, or when the options cannot make a profile, there is none, and the connect runs as it
 * always did once the window is up.
 */
final class EarlyConnection {
  private EarlyConnection() {}

  /**
   * @param store the credential store, looked up only when a saved profile needs a remembered
   *     password
   */
  static CompletableFuture<Optional<EarlyProbe>> begin(
      CommandLine options,
      Supplier<CompletableFuture<Optional<CredentialStore>>> store,
      Executor worker) {
    if (options.cluster() == null && options.profile() == null) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return CompletableFuture.supplyAsync(() -> target(options), worker)
        .thenCompose(
            found -> {
              if (found.isEmpty()) {
                return CompletableFuture.completedFuture(Optional.<EarlyProbe>empty());
              }
              Profile profile = found.get();
              char[] given = given(options, profile);
              if (given != null) {
                try {
                  return CompletableFuture.completedFuture(
                      EarlyProbe.start(profile, given, false, worker));
                } finally {
                  Arrays.fill(given, '\0');
                }
              }
              if (options.profile() != null && profile.auth() == Profile.Auth.BASIC) {
                return EarlyProbe.remembered(profile, store.get(), worker);
              }
              return CompletableFuture.completedFuture(Optional.<EarlyProbe>empty());
            })
        .exceptionally(failure -> Optional.empty());
  }

  /** The profile the start connects to, as {@link FirstConnection} will make or find it. */
  private static Optional<Profile> target(CommandLine options) {
    if (options.cluster() != null) {
      try {
        return Optional.of(Connector.commandLineProfile(options));
      } catch (ApiException e) {
        return Optional.empty(); // the window reports it
      }
    }
    return ProfileStore.user().find(options.profile());
  }

  /** The secret from the environment for this profile's kind of login, as the window takes it. */
  private static char[] given(CommandLine options, Profile profile) {
    String value =
        profile.auth() == Profile.Auth.CLIENT_CERTIFICATE
            ? options.clientCertPassword()
            : options.password();
    return value == null || value.isEmpty() ? null : value.toCharArray();
  }
}
