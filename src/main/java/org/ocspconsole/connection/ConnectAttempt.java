package org.ocspconsole.connection;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiError.Kind;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.Exchange;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.connection.ConnectFlow.Connected;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.session.Session;

/**
 * One attempt, step by step: a password, a probe, and what its answer asks for next (a password
 * again, a trust decision, or nothing more). Runs on the FX thread between its waits.
 */
final class ConnectAttempt {
  private final Executor fx;
  private final Executor worker;
  private volatile CompletableFuture<?> inFlight;
  private final CompletableFuture<Connected> result =
      new CompletableFuture<>() {
        @Override
        public boolean cancel(boolean mayInterrupt) {
          boolean cancelled = super.cancel(mayInterrupt);
          CompletableFuture<?> running = inFlight;
          if (running != null) {
            running.cancel(mayInterrupt);
          }
          password.clear();
          return cancelled;
        }
      };
  private final Consumer<Profile> onTrustChange;
  private final AttemptPassword password;
  private final AttemptTrust trust;
  private Profile profile;

  /** Every request of this attempt (each probe, refused or not), for the session's activity. */
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  private final Consumer<Exchange> recorder = exchanges::add;

  ConnectAttempt(
      Profile profile,
      Consumer<Profile> onTrustChange,
      Executor fx,
      Executor worker,
      ConnectPrompts prompts) {
    this.profile = profile;
    this.onTrustChange = onTrustChange;
    this.fx = fx;
    this.worker = worker;
    this.password = new AttemptPassword(prompts, fx, worker);
    this.trust = new AttemptTrust(prompts, fx);
  }

  /**
   * Completes with the connection, or fails with its typed error; cancelling it stops the attempt.
   */
  CompletableFuture<Connected> result() {
    return result;
  }

  /** The profile as tried last (with the trust the user chose on the way). */
  Profile profile() {
    return profile;
  }

  void begin(Optional<CredentialStore> found, char[] given) {
    password.find(found, given, profile, this::probe, this::fail);
  }

  private void ask(String reason) {
    password.ask(profile, reason, this::probe, this::fail);
  }

  private void probe() {
    if (result.isDone()) {
      password.clear(); // cancelled while the password was looked up or asked for
      return;
    }
    Credentials credentials;
    try {
      credentials = Probe.credentials(profile, password.secret());
    } catch (IllegalArgumentException e) {
      // A user name Basic cannot carry (a colon), from a profiles file edited by hand.
      fail(ApiError.transport(Kind.LOCAL, e.getMessage()));
      return;
    }
    Profile tried = profile;
    // The CA file and the PKCS#12 file are read, and the TLS context built, on the worker: a
    // file on a slow disk or share must not hold the window.
    settleWhenDone(
        Probe.send(
            tried,
            credentials,
            recorder,
            worker,
            read -> {
              inFlight = read;
              if (result.isDone()) {
                read.cancel(true);
              }
            }));
  }

  /**
   * Takes over a probe begun before the window: its secret (wiped there) and its answer. Not
   * cancelled with the attempt: {@link #settle} closes its client when it arrives after a Cancel.
   */
  void adopt(Optional<CredentialStore> found, EarlyProbe.Taken early) {
    password.take(found, early.secret(), early.fromStore());
    settleWhenDone(
        early
            .outcome()
            .thenApply(
                outcome -> {
                  exchanges.addAll(early.exchanges());
                  if (outcome.client() != null) {
                    outcome.client().removeExchangeListener(early.recorder());
                    outcome.client().addExchangeListener(recorder);
                  }
                  return outcome;
                }));
  }

  private void settleWhenDone(CompletableFuture<Probe> sent) {
    sent.whenCompleteAsync(
        (outcome, failure) -> {
          Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
          if (cause instanceof Probe.NotBuilt notBuilt) {
            if (!result.isDone()) {
              fail(notBuilt.error);
            }
          } else {
            settle(
                failure != null ? new Probe(null, null, ApiException.errorOf(failure)) : outcome);
          }
        },
        fx);
  }

  private void settle(Probe outcome) {
    inFlight = null;
    if (result.isDone()) {
      // Cancelled: nothing more is asked or tried, and the probe's client is done.
      if (outcome.client() != null) {
        outcome.client().close();
      }
      return;
    }
    ApiError error = outcome.error();
    if (trust.saveNow(error)) {
      onTrustChange.accept(profile);
    }
    boolean connected =
        error == null
            || error.kind() == Kind.FORBIDDEN
            || error.kind() == Kind.UNSUPPORTED_BY_CAPABILITY;
    if (!connected && outcome.client() != null) {
      // This probe's client is done, and its copy of the password with it: a next attempt
      // makes its own.
      outcome.client().close();
    }
    ApiError refusedAgain = trust.refusedAgain(profile, error);
    if (refusedAgain != null) {
      fail(refusedAgain);
      return;
    }
    if (connected) {
      // The probe's answer is the form's first load (a 403 or 406 included): read once.
      succeed(
          outcome.client(),
          error == null
              ? CompletableFuture.completedFuture(outcome.config())
              : CompletableFuture.failedFuture(new ApiException(error)));
      return;
    }
    if (AttemptTrust.asks(error)) {
      String host =
          outcome.client() == null ? "" : outcome.client().connection().baseUri().getHost();
      trust.ask(
          profile,
          host,
          error,
          trusting -> {
            profile = trusting;
            probe();
          },
          this::fail);
      return;
    }
    boolean certificateLogin = profile.auth() == Profile.Auth.CLIENT_CERTIFICATE;
    switch (error.kind()) {
      case UNAUTHORIZED -> {
        if (certificateLogin) {
          fail(
              ApiError.transport(
                  Kind.UNAUTHORIZED,
                  "The cluster did not accept the client certificate "
                      + profile.login()
                      + " (401): its common name must be a user of the cluster."));
          return;
        }
        password.refused(profile);
        ask("The cluster did not accept the password for " + profile.login() + ".");
      }
      case LOCAL -> {
        if (certificateLogin && password.fromStore()) {
          password.refused(profile);
          ask(error.message());
        } else if (certificateLogin && password.secret() != null) {
          ask(error.message());
        } else {
          fail(error);
        }
      }
      default -> fail(error);
    }
  }

  private void succeed(ClusterClient client, CompletableFuture<OcspConfig> firstRead) {
    password.accepted(profile);
    password.clear();
    Session session = new Session(profile.name(), false, client, exchanges);
    client.removeExchangeListener(recorder);
    result.complete(new Connected(session, profile, firstRead));
  }

  private void fail(ApiError error) {
    password.clear();
    result.completeExceptionally(new ApiException(error));
  }
}
