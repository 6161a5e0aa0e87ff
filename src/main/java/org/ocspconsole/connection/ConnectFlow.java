package org.ocspconsole.connection;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiError.Kind;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.Exchange;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.connection.ConnectPrompts.Secret;
import org.ocspconsole.connection.ConnectPrompts.TrustDecision;
import org.ocspconsole.pki.HostnameMatcher;
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
    Attempt attempt = new Attempt(profile, onTrustChange);
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
                  begin.early().flatMap(p -> p.takeFor(attempt.profile, givenCopy));
              if (givenCopy != null) {
                Arrays.fill(givenCopy, '\0');
              }
              if (attempt.result.isDone()) {
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
    return attempt.result;
  }

  private record Begin(Optional<CredentialStore> store, Optional<EarlyProbe> early) {}

  /**
   * Builds the profile's client on {@code worker} and sends the probe, {@code GET /v1/ocsp}. Fails
   * with {@link NotBuilt} when the profile's files cannot make a client; otherwise completes with
   * the answer or the error. The credentials are wiped when no client was made to hold them.
   */
  static CompletableFuture<Probe> send(
      Profile tried,
      Credentials credentials,
      Consumer<Exchange> recorder,
      Executor worker,
      Consumer<CompletableFuture<?>> onRequest) {
    return CompletableFuture.supplyAsync(() -> newClient(tried, credentials, recorder), worker)
        .thenCompose(
            client -> {
              CompletableFuture<OcspConfig> read = client.getOcspConfig();
              onRequest.accept(read);
              return read.handle(
                  (config, failure) -> {
                    ApiError error = failure == null ? null : ApiException.errorOf(failure);
                    return new Probe(client, config, error);
                  });
            })
        .whenComplete(
            (outcome, failure) -> {
              if (failure != null) {
                credentials.wipe();
              }
            });
  }

  /** On the worker: reads the files the profile names and builds its client. */
  private static ClusterClient newClient(
      Profile tried, Credentials credentials, Consumer<Exchange> recorder) {
    if (tried.auth() == Profile.Auth.CLIENT_CERTIFICATE
        && (tried.clientCertificate() == null
            || !java.nio.file.Files.isReadable(java.nio.file.Path.of(tried.clientCertificate())))) {
      throw new NotBuilt(
          ApiError.transport(
              Kind.LOCAL,
              "The client certificate file " + tried.clientCertificate() + " cannot be read."));
    }
    ClusterConnection connection;
    try {
      connection = ClusterConnection.of(tried.baseUri(), credentials, tried.trustSettings());
    } catch (ApiException e) {
      throw new NotBuilt(e.error());
    }
    try {
      ClusterClient client = ClusterClient.create(connection);
      client.addExchangeListener(recorder);
      return client;
    } catch (ApiException e) {
      throw new CompletionException(e);
    }
  }

  /** The credentials for a profile and its secret (copied; the caller wipes its own). */
  static Credentials credentials(Profile profile, char[] secret) {
    char[] value = secret == null ? new char[0] : secret;
    return profile.auth() == Profile.Auth.CLIENT_CERTIFICATE
        ? new Credentials.ClientCertificate(
            java.nio.file.Path.of(profile.clientCertificate()), value)
        : new Credentials.Basic(profile.user(), value);
  }

  private final class Attempt {
    volatile CompletableFuture<?> inFlight;
    final CompletableFuture<Connected> result =
        new CompletableFuture<>() {
          @Override
          public boolean cancel(boolean mayInterrupt) {
            boolean cancelled = super.cancel(mayInterrupt);
            CompletableFuture<?> running = inFlight;
            if (running != null) {
              running.cancel(mayInterrupt);
            }
            clear();
            return cancelled;
          }
        };
    final Consumer<Profile> onTrustChange;
    Profile profile;
    RememberedPasswords remembered = new RememberedPasswords(Optional.empty(), worker);
    char[] secret;
    boolean fromStore;

    /** Every request of this attempt (each probe, refused or not), for the session's activity. */
    final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    final Consumer<Exchange> recorder = exchanges::add;
    boolean remember;

    /** Fingerprints the user already decided on in this attempt: never asked about twice. */
    final Set<String> decided = new HashSet<>();

    /** A trust decision not yet handed to {@link #onTrustChange}: saved once it has worked. */
    boolean trustUnsaved;

    Attempt(Profile profile, Consumer<Profile> onTrustChange) {
      this.profile = profile;
      this.onTrustChange = onTrustChange;
    }

    void begin(Optional<CredentialStore> found, char[] given) {
      remembered = new RememberedPasswords(found, worker);
      if (given != null && given.length > 0) {
        secret = given.clone();
        probe();
        return;
      }
      if (!remembered.available()) {
        ask(null);
        return;
      }
      remembered
          .read(profile.credentialKey())
          .whenCompleteAsync(
              (stored, failure) -> {
                if (stored != null && stored.isPresent()) {
                  secret = stored.get();
                  fromStore = true;
                  probe();
                } else {
                  ask(null);
                }
              },
              fx);
    }

    void ask(String reason) {
      String rememberIn = remembered.storeName();
      prompts
          .password(profile.login(), reason, rememberIn)
          .whenCompleteAsync(
              (answer, failure) -> {
                if (failure != null || answer == null || answer.isEmpty()) {
                  fail(ApiError.transport(Kind.CANCELLED, "Connecting was cancelled."));
                  return;
                }
                Secret typed = answer.get();
                clear();
                secret = typed.value();
                remember = typed.remember();
                fromStore = false;
                probe();
              },
              fx);
    }

    void probe() {
      if (result.isDone()) {
        clear(); // cancelled while the password was looked up or asked for
        return;
      }
      Credentials credentials;
      try {
        credentials = credentials();
      } catch (IllegalArgumentException e) {
        // A user name Basic cannot carry (a colon), from a profiles file edited by hand.
        fail(ApiError.transport(Kind.LOCAL, e.getMessage()));
        return;
      }
      Profile tried = profile;
      // The CA file and the PKCS#12 file are read, and the TLS context built, on the worker: a
      // file on a slow disk or share must not hold the window.
      settleWhenDone(
          send(
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
      remembered = new RememberedPasswords(found, worker);
      secret = early.secret();
      fromStore = early.fromStore();
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
            if (cause instanceof NotBuilt notBuilt) {
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

    void settle(Probe outcome) {
      inFlight = null;
      if (result.isDone()) {
        // Cancelled: nothing more is asked or tried, and the probe's client is done.
        if (outcome.client() != null) {
          outcome.client().close();
        }
        return;
      }
      ApiError error = outcome.error();
      // Any HTTP answer means the handshake passed with the new trust: only then is it saved, and
      // only once, however the attempt goes on (a 401, a 403).
      if (trustUnsaved && (error == null || error.status() > 0)) {
        trustUnsaved = false;
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
      if (error != null
          && error.isCertificateProblem()
          && error.certificate() != null
          && decided.contains(error.certificate().sha256())) {
        fail(error.withMessage(TrustOffer.stillRefused(profile, error)));
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
      String host =
          outcome.client() == null ? "" : outcome.client().connection().baseUri().getHost();
      switch (error.kind()) {
        case UNAUTHORIZED -> {
          if (profile.auth() == Profile.Auth.CLIENT_CERTIFICATE) {
            fail(
                ApiError.transport(
                    Kind.UNAUTHORIZED,
                    "The cluster did not accept the client certificate "
                        + profile.login()
                        + " (401): its common name must be a user of the cluster."));
            return;
          }
          forgetRemembered();
          ask("The cluster did not accept the password for " + profile.login() + ".");
        }
        case UNTRUSTED_CERTIFICATE, HOSTNAME_MISMATCH ->
            prompts
                .untrusted(host, error, matches(host, error))
                .whenCompleteAsync((decision, failure) -> trust(decision, error), fx);
        case PIN_MISMATCH ->
            prompts
                .pinChanged(host, error, matches(host, error))
                .thenCompose(
                    accept ->
                        Boolean.TRUE.equals(accept)
                            ? prompts.confirmRepin(
                                host, error.expectedFingerprint(), error.certificate().sha256())
                            : CompletableFuture.completedFuture(false))
                .whenCompleteAsync(
                    (confirmed, failure) ->
                        trust(
                            failure == null && Boolean.TRUE.equals(confirmed)
                                ? new TrustDecision.Pin(error.certificate().sha256())
                                : null,
                            error),
                    fx);
        case LOCAL -> {
          if (profile.auth() == Profile.Auth.CLIENT_CERTIFICATE && fromStore) {
            forgetRemembered();
            ask(error.message());
          } else if (profile.auth() == Profile.Auth.CLIENT_CERTIFICATE && secret != null) {
            ask(error.message());
          } else {
            fail(error);
          }
        }
        default -> fail(error);
      }
    }

    void trust(TrustDecision decision, ApiError error) {
      boolean chosen =
          decision instanceof TrustDecision.Pin || decision instanceof TrustDecision.CaFile;
      TrustOffer offer = TrustOffer.of(error.certificate());
      if (chosen && !offer.possible()) {
        // The check would refuse it again and bring the dialog back: stop here and say why.
        fail(error.withMessage(offer.reason()));
        return;
      }
      if (decision instanceof TrustDecision.Pin pin) {
        profile = profile.withPin(pin.sha256());
      } else if (decision instanceof TrustDecision.CaFile ca) {
        profile = profile.withCaFile(ca.file());
      } else {
        fail(error);
        return;
      }
      decided.add(error.certificate().sha256());
      trustUnsaved = true;
      probe();
    }

    void succeed(ClusterClient client, CompletableFuture<OcspConfig> firstRead) {
      if (remember && !fromStore) {
        remembered.write(profile.credentialKey(), secret);
      }
      clear();
      Session session = new Session(profile.name(), false, client, exchanges);
      client.removeExchangeListener(recorder);
      result.complete(new Connected(session, profile, firstRead));
    }

    void fail(ApiError error) {
      clear();
      result.completeExceptionally(new ApiException(error));
    }

    void forgetRemembered() {
      if (fromStore) {
        remembered.forget(profile.credentialKey());
      }
    }

    Credentials credentials() {
      return ConnectFlow.credentials(profile, secret);
    }

    void clear() {
      if (secret != null) {
        Arrays.fill(secret, '\0');
        secret = null;
      }
    }

    private boolean matches(String host, ApiError error) {
      return error.certificate() != null
          && HostnameMatcher.matches(host, error.certificate().certificate());
    }
  }

  /** A probe's outcome: the client it was sent with (null when none was made), answer or error. */
  record Probe(ClusterClient client, OcspConfig config, ApiError error) {}

  /** The client could not be made from the profile (a file unreadable): fails the attempt. */
  private static final class NotBuilt extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ApiError error;

    NotBuilt(ApiError error) {
      super(null, null, false, false);
      this.error = error;
    }
  }
}
