package org.ocspconsole.connection;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.session.Session;

/**
 * Connecting to a profile: find the password (given, remembered, or asked), probe with {@code GET
 * /v1/ocsp}, and settle what the probe says: a certificate to trust, a pin that changed, a password
 * the cluster refused. Certificate problems surface during the handshake, before any request, so no
 * credential ever reaches an untrusted server.
 */
public final class ConnectFlow {
  /**
   * The session, the profile as it ended up (pinned during the flow, say), and the probe's answer
   * to {@code GET /v1/ocsp}: the form's first load, so a start reads the settings once.
   *
   * @param firstRead the probe's answer (or its 403/406), or null when there was no probe
   */
  public record Connected(
      Session session, Profile profile, CompletableFuture<OcspConfig> firstRead) {
    public Connected(Session session, Profile profile) {
      this(session, profile, null);
    }
  }

  private final Executor fx;
  private final Executor worker;
  private final ConnectPrompts prompts;
  private final Supplier<CompletableFuture<Optional<CredentialStore>>> store;

  public ConnectFlow(
      Executor fx,
      Executor worker,
      ConnectPrompts prompts,
      Supplier<CompletableFuture<Optional<CredentialStore>>> store) {
    this.fx = fx;
    this.worker = worker;
    this.prompts = prompts;
    this.store = store;
  }

  /** Where files are read and clients built. */
  public Executor worker() {
    return worker;
  }

  /**
   * Connects. {@code given} is a password from the environment, or null; {@code onTrustChange}
   * receives the profile whenever the user trusts a certificate (to save it, or not, for a profile
   * that exists only on the command line). Remembering is offered only with {@code useStore}.
   * Cancelling the result aborts the request under way and asks nothing more.
   */
  public CompletableFuture<Connected> connect(
      Profile profile, char[] given, Consumer<Profile> onTrustChange, boolean useStore) {
    return connect(profile, given, onTrustChange, useStore, null);
  }

  /**
   * Connects, taking over {@code early}, a probe of this profile begun before the window existed,
   * when it was made with the same login, address and trust: its answer is settled as this
   * attempt's first probe (a trust dialog, a password prompt after a 401), so nothing changes for
   * the user but the wait. Any other early probe is discarded.
   */
  public CompletableFuture<Connected> connect(
      Profile profile,
      char[] given,
      Consumer<Profile> onTrustChange,
      boolean useStore,
      CompletableFuture<Optional<EarlyProbe>> early) {
    ConnectAttempt attempt = new ConnectAttempt(profile, onTrustChange, fx, worker, prompts);
    CompletableFuture<Optional<CredentialStore>> found =
        useStore ? store.get() : CompletableFuture.completedFuture(Optional.empty());
    CompletableFuture<Optional<EarlyProbe>> probe =
        early == null
            ? CompletableFuture.completedFuture(Optional.empty())
            : early.exceptionally(failure -> Optional.empty());
    char[] givenCopy = given == null ? null : given.clone();
    found
        .exceptionally(failure -> Optional.empty())
        .thenCombine(probe, Begin::new)
        .whenCompleteAsync(
            (begin, failure) -> {
              Optional<EarlyProbe.Taken> taken =
                  begin.early().flatMap(p -> p.takeFor(attempt.profile(), givenCopy));
              if (givenCopy != null) {
                Arrays.fill(givenCopy, '\0');
              }
              if (attempt.result().isDone()) {
                // Cancelled while the store or the early probe was awaited: nothing is asked.
                taken.ifPresent(t -> Arrays.fill(t.secret(), '\0'));
                taken.ifPresent(t -> EarlyProbe.closeWhenDone(t.outcome()));
                return;
              }
              if (taken.isPresent()) {
                attempt.adopt(begin.store(), taken.get());
              } else {
                attempt.begin(begin.store(), given);
              }
            },
            fx);
    return attempt.result();
  }

  private record Begin(Optional<CredentialStore> store, Optional<EarlyProbe> early) {}
}
