package org.ocspconsole.pki;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one OCSP response says about one certificate, and whether it can be believed: parsed and
 * checked by {@link OcspResponses}, free of any BouncyCastle type so that callers never load it.
 *
 * @param responseStatus the outer status; anything but {@link ResponseStatus#SUCCESSFUL} carries no
 *     certificate status
 * @param certStatus the status of the asked-for certificate, or null when the response has none
 * @param revocationTime with {@link CertStatus#REVOKED}, when; otherwise null
 * @param revocationReason with {@link CertStatus#REVOKED}, the CRL reason in words, or null
 * @param producedAt when the responder signed, or null for an unsuccessful response
 * @param thisUpdate the time at which the status was known to be correct, or null
 * @param nextUpdate when newer information will be available; null when the responder left it out
 * @param certIdMatches whether a single response names exactly the asked-for certificate (issuer
 *     name and key hashes and serial number)
 * @param signature how the signature was checked
 * @param signer the signing certificate's subject, or the responder ID when none was included
 * @param nonce what happened to the nonce of the request
 * @param problems every reason not to trust the response, in words; empty when none
 */
public record OcspReading(
    ResponseStatus responseStatus,
    CertStatus certStatus,
    Instant revocationTime,
    String revocationReason,
    Instant producedAt,
    Instant thisUpdate,
    Instant nextUpdate,
    boolean certIdMatches,
    SignatureCheck signature,
    String signer,
    NonceCheck nonce,
    List<String> problems) {

  public OcspReading {
    problems = List.copyOf(problems);
  }

  /** The outer OCSPResponseStatus of RFC 6960 4.2.1. */
  public enum ResponseStatus {
    SUCCESSFUL("successful"),
    MALFORMED_REQUEST("malformed request"),
    INTERNAL_ERROR("internal error"),
    TRY_LATER("try later"),
    SIG_REQUIRED("signature required"),
    UNAUTHORIZED("unauthorized: the responder does not know this certificate's CA"),
    UNREADABLE("not an OCSP response");

    private final String words;

    ResponseStatus(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** The certificate status of RFC 6960 4.2.1. */
  public enum CertStatus {
    GOOD,
    REVOKED,
    UNKNOWN
  }

  /** Who signed, as far as the checks of RFC 6960 4.2.2.2 go. */
  public enum SignatureCheck {
    ISSUER(true, "signed by the certificate's issuer"),
    DELEGATED(
        true,
        "signed by a responder certificate issued by the certificate's issuer for OCSP signing"),
    DELEGATE_WITHOUT_OCSP_SIGNING(
        false,
        "signed by a certificate issued by the issuer but without the OCSP-signing purpose "
            + "(id-kp-OCSPSigning): not an authorised responder"),
    DELEGATE_NOT_FROM_ISSUER(
        false, "signed by a responder certificate that the certificate's issuer did not issue"),
    DELEGATE_NOT_VALID(
        false, "signed by a responder certificate not valid when the answer was made"),
    WRONG_KEY(false, "the signature does not verify with the issuer's key or any responder's"),
    NOT_CHECKED(false, "not checked: no successful response");

    private final boolean trusted;
    private final String words;

    SignatureCheck(boolean trusted, String words) {
      this.trusted = trusted;
      this.words = words;
    }

    public boolean trusted() {
      return trusted;
    }

    public String words() {
      return words;
    }
  }

  /** The nonce of the request (RFC 8954), if one was sent. */
  public enum NonceCheck {
    NOT_SENT("no nonce sent"),
    ECHOED("the nonce was echoed"),
    NOT_ECHOED(
        "the responder did not echo the nonce (pre-produced answers): freshness rests on thisUpdate"),
    MISMATCH("the answer carries another nonce than the one sent: it may be a replay");

    private final String words;

    NonceCheck(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /**
   * Successful, for the asked certificate, signed by someone entitled to, nonce not contradicted.
   */
  public boolean trustworthy() {
    return responseStatus == ResponseStatus.SUCCESSFUL
        && certIdMatches
        && signature.trusted()
        && nonce != NonceCheck.MISMATCH;
  }

  public Optional<Instant> nextUpdateTime() {
    return Optional.ofNullable(nextUpdate);
  }

  /** {@code nextUpdate − thisUpdate}, when both are present. */
  public Optional<Duration> validity() {
    return thisUpdate == null || nextUpdate == null
        ? Optional.empty()
        : Optional.of(Duration.between(thisUpdate, nextUpdate));
  }

  /** Whether {@code now} lies after nextUpdate; a missing nextUpdate is never "expired" here. */
  public boolean expiredAt(Instant now) {
    return nextUpdate != null && now.isAfter(nextUpdate);
  }

  /** Whether thisUpdate lies further in the future than the tolerated clock difference. */
  public boolean notYetValidAt(Instant now, Duration tolerance) {
    return thisUpdate != null && thisUpdate.isAfter(now.plus(tolerance));
  }
}
