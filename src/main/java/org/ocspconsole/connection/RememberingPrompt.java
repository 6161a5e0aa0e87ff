package org.ocspconsole.connection;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.session.PasswordPrompt;

/**
 * The form's "sign in again" after a 401 in the middle of work, for a profile: the remembered
 * password was just refused, so it is removed from the credential store at once; a new one is
 * stored only if the user ticks "Remember" again.
 */
public final class RememberingPrompt implements PasswordPrompt {
  private final Profile profile;
  private final ConnectPrompts prompts;
  private final Supplier<CompletableFuture<Optional<CredentialStore>>> store;
  private final Executor fx;
  private final Executor worker;

  public RememberingPrompt(
      Profile profile,
      ConnectPrompts prompts,
      Supplier<CompletableFuture<Optional<CredentialStore>>> store,
      Executor fx,
      Executor worker) {
    this.profile = profile;
    this.prompts = prompts;
    this.store = store;
    this.fx = fx;
    this.worker = worker;
  }

  @Override
  public CompletionStage<Optional<char[]>> ask(String user, String reason) {
    String key = profile.credentialKey();
    return store
        .get()
        .thenApplyAsync(
            found -> {
              found.ifPresent(
                  s -> {
                    try {
                      s.delete(key);
                    } catch (CredentialStore.CredentialStoreException e) {
                      // refused again next time, and removed then
                    }
                  });
              return found;
            },
            worker)
        .thenComposeAsync(
            found ->
                prompts
                    .password(user, reason, found.map(CredentialStore::displayName).orElse(null))
                    .thenApplyAsync(
                        answer -> {
                          if (answer.isEmpty()) {
                            return Optional.<char[]>empty();
                          }
                          char[] typed = answer.get().value();
                          if (answer.get().remember() && found.isPresent()) {
                            char[] copy = typed.clone();
                            try {
                              found.get().write(key, copy);
                            } catch (CredentialStore.CredentialStoreException e) {
                              // not remembered: asked again next time
                            } finally {
                              Arrays.fill(copy, '\0');
                            }
                          }
                          return Optional.of(typed);
                        },
                        worker),
            fx);
  }
}
