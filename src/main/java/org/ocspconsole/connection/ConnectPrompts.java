package org.ocspconsole.connection;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.ocspconsole.api.ApiError;

/**
 * The questions connecting may need to ask. The window answers with dialogs; view-model tests
 * answer with fixed replies. Every answer arrives later, so no caller blocks the FX thread.
 */
public interface ConnectPrompts {

  /** A password typed by the user, and whether to remember it. */
  record Secret(char[] value, boolean remember) {
    @Override
    public String toString() {
      return "Secret[remember=" + remember + "]";
    }
  }

  /** What to do about a certificate that is not trusted. */
  sealed interface TrustDecision {
    /** Trust exactly this certificate, for this profile. */
    record Pin(String sha256) implements TrustDecision {}

    /** Trust the CA (or self-signed certificate) in this PEM file. */
    record CaFile(Path file) implements TrustDecision {}

    /** Do not connect. */
    record Refuse() implements TrustDecision {}
  }

  /**
   * Asks for the password (or the PKCS#12 file's password).
   *
   * @param rememberIn the credential store's name when one is available, else null: "Remember" is
   *     offered only then
   * @return empty when the user cancelled
   */
  CompletionStage<Optional<Secret>> password(String login, String reason, String rememberIn);

  /**
   * The certificate is not trusted (unknown issuer, self-signed, expired, another host's name).
   *
   * @param error carries the presented certificate
   * @param hostMatches whether the certificate names the host the console connected to
   */
  CompletionStage<TrustDecision> untrusted(String host, ApiError error, boolean hostMatches);

  /**
   * The pinned certificate has changed: no credentials were sent. Completes true only when the user
   * chose to trust the new certificate in place of the old one; {@link #confirmRepin} then asks
   * once more.
   */
  CompletionStage<Boolean> pinChanged(String host, ApiError error, boolean hostMatches);

  /**
   * The second, explicit confirmation before a changed certificate replaces the pinned one, naming
   * both fingerprints. Completes true only when the user confirmed.
   */
  CompletionStage<Boolean> confirmRepin(String host, String pinned, String presented);
}
