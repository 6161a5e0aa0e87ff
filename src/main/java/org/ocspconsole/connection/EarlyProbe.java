package org.ocspconsole.connection;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.Exchange;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.Profile;

/**
 * The connect probe of a start's cluster ({@code --cluster}, {@code --profile}), sent before the
 * window exists so that its round trip overlaps the toolkit's start. It is only ever made with a
 * secret the start already has (from the environment or the credential store): nothing is asked
 * for. It decides nothing either: the first {@link ConnectFlow#connect connect} of the same profile
 * takes it over and settles its answer as its own first probe, so an untrusted certificate still
 * opens the trust dialog and a refused password the prompt. A certificate problem ends the
 * handshake before any request, so no credential reaches an untrusted server this way either.
 */
public final class EarlyProbe {
  /** What a connect takes over: a copy of the secret (the probe wipes its own) and the answer. */
  record Taken(
      char[] secret,
      boolean fromStore,
      CompletableFuture<Probe> outcome,
      List<Exchange> exchanges,
      Consumer<Exchange> recorder) {}

  private final Profile profile;
  private final boolean fromStore;
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
  private final Consumer<Exchange> recorder = exchanges::add;
  private final CompletableFuture<Probe> outcome;
  private char[] secret;
  private boolean taken;

  private EarlyProbe(
      Profile profile, char[] secret, boolean fromStore, Credentials credentials, Executor worker) {
    this.profile = profile;
    this.secret = secret.clone();
    this.fromStore = fromStore;
    this.outcome = Probe.send(profile, credentials, recorder, worker, read -> {});
  }

  /**
   * Sends the probe of {@code profile} with {@code secret} (copied; the caller wipes its own) on
   * {@code worker}. {@code fromStore}: the secret came from the credential store, so a refusal
   * forgets it there, as a connect would. Empty when the login cannot be sent at all (the connect's
   * own probe then says why).
   */
  public static Optional<EarlyProbe> start(
      Profile profile, char[] secret, boolean fromStore, Executor worker) {
    Objects.requireNonNull(secret);
    Credentials credentials;
    try {
      credentials = Probe.credentials(profile, secret);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.of(new EarlyProbe(profile, secret, fromStore, credentials, worker));
  }

  /**
   * The probe of a saved profile with the password remembered for it in {@code store}; empty when
   * nothing is remembered (the connect then asks, in the window).
   */
  public static CompletableFuture<Optional<EarlyProbe>> remembered(
      Profile profile, CompletableFuture<Optional<CredentialStore>> store, Executor worker) {
    return store
        .thenCompose(found -> new RememberedPasswords(found, worker).read(profile.credentialKey()))
        .thenApply(
            stored ->
                stored.flatMap(
                    secret -> {
                      try {
                        return start(profile, secret, true, worker);
                      } finally {
                        Arrays.fill(secret, '\0');
                      }
                    }))
        .exceptionally(failure -> Optional.empty());
  }

  /**
   * The probe for a connect of {@code target}: empty, and this probe discarded, unless it was made
   * with the same login, address and trust, and with {@code given} when a secret is given. Taken
   * once.
   */
  synchronized Optional<Taken> takeFor(Profile target, char[] given) {
    boolean same =
        !taken
            && secret != null
            && target.auth() == profile.auth()
            && target.credentialKey().equals(profile.credentialKey())
            && (given == null || given.length == 0 || Arrays.equals(given, secret));
    if (!same) {
      discard();
      return Optional.empty();
    }
    taken = true;
    char[] copy = secret.clone();
    wipe();
    return Optional.of(new Taken(copy, fromStore, outcome, exchanges, recorder));
  }

  /** Not taken over: its client is closed once the probe is done, and the secret wiped now. */
  public synchronized void discard() {
    if (taken) {
      return;
    }
    taken = true;
    wipe();
    closeWhenDone(outcome);
  }

  /** Closes the probe's client, with its copy of the secret, once the probe is done. */
  static void closeWhenDone(CompletableFuture<Probe> outcome) {
    outcome.whenComplete(
        (probe, failure) -> {
          if (probe != null && probe.client() != null) {
            probe.client().close();
          }
        });
  }

  /** The probe's outcome (for tests: what was sent). */
  CompletableFuture<Probe> outcome() {
    return outcome;
  }

  private void wipe() {
    if (secret != null) {
      Arrays.fill(secret, '\0');
      secret = null;
    }
  }
}
