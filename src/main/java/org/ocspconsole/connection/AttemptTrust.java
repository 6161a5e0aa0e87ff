package org.ocspconsole.connection;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiError.Kind;
import org.ocspconsole.connection.ConnectPrompts.TrustDecision;
import org.ocspconsole.pki.HostnameMatcher;
import org.ocspconsole.profiles.Profile;

/**
 * The trust decisions of one connection attempt: what to ask about a certificate the probe refused,
 * the profile that trusts it, and when that decision may be saved. A certificate the user already
 * decided on is never asked about twice.
 */
final class AttemptTrust {
  private final ConnectPrompts prompts;
  private final Executor fx;

  /** Fingerprints the user already decided on in this attempt. */
  private final Set<String> decided = new HashSet<>();

  /** A decision not yet saved: saved once it has worked. */
  private boolean unsaved;

  AttemptTrust(ConnectPrompts prompts, Executor fx) {
    this.prompts = prompts;
    this.fx = fx;
  }

  /**
   * Whether the last decision is to be saved now: once, after the first HTTP answer (any answer
   * means the handshake passed with the new trust), however the attempt goes on (a 401, a 403).
   */
  boolean saveNow(ApiError error) {
    if (unsaved && (error == null || error.status() > 0)) {
      unsaved = false;
      return true;
    }
    return false;
  }

  /**
   * The certificate was already decided on and is still refused: the error to end with, or null.
   */
  ApiError refusedAgain(Profile profile, ApiError error) {
    if (error != null
        && error.isCertificateProblem()
        && error.certificate() != null
        && decided.contains(error.certificate().sha256())) {
      return error.withMessage(TrustOffer.stillRefused(profile, error));
    }
    return null;
  }

  /** Whether the user is asked about this error. */
  static boolean asks(ApiError error) {
    return error.kind() == Kind.UNTRUSTED_CERTIFICATE
        || error.kind() == Kind.HOSTNAME_MISMATCH
        || error.kind() == Kind.PIN_MISMATCH;
  }

  /**
   * Asks the user about the certificate in {@code error}; on the FX thread, {@code next} receives
   * the profile that trusts it, or {@code refused} the error to end the attempt with.
   */
  void ask(
      Profile profile,
      String host,
      ApiError error,
      Consumer<Profile> next,
      Consumer<ApiError> refused) {
    if (error.kind() == Kind.PIN_MISMATCH) {
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
                  decide(
                      failure == null && Boolean.TRUE.equals(confirmed)
                          ? new TrustDecision.Pin(error.certificate().sha256())
                          : null,
                      profile,
                      error,
                      next,
                      refused),
              fx);
    } else {
      prompts
          .untrusted(host, error, matches(host, error))
          .whenCompleteAsync(
              (decision, failure) -> decide(decision, profile, error, next, refused), fx);
    }
  }

  private void decide(
      TrustDecision decision,
      Profile profile,
      ApiError error,
      Consumer<Profile> next,
      Consumer<ApiError> refused) {
    boolean chosen =
        decision instanceof TrustDecision.Pin || decision instanceof TrustDecision.CaFile;
    TrustOffer offer = TrustOffer.of(error.certificate());
    if (chosen && !offer.possible()) {
      // The check would refuse it again and bring the dialog back: stop here and say why.
      refused.accept(error.withMessage(offer.reason()));
      return;
    }
    Profile trusting;
    if (decision instanceof TrustDecision.Pin pin) {
      trusting = profile.withPin(pin.sha256());
    } else if (decision instanceof TrustDecision.CaFile ca) {
      trusting = profile.withCaFile(ca.file());
    } else {
      refused.accept(error);
      return;
    }
    decided.add(error.certificate().sha256());
    unsaved = true;
    next.accept(trusting);
  }

  private static boolean matches(String host, ApiError error) {
    return error.certificate() != null
        && HostnameMatcher.matches(host, error.certificate().certificate());
  }
}
