package org.ocspconsole.pki;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.ocspconsole.pki.OcspReading.CertStatus;
import org.ocspconsole.pki.OcspReading.NonceCheck;
import org.ocspconsole.pki.OcspReading.ResponseStatus;
import org.ocspconsole.pki.OcspReading.SignatureCheck;

/**
 * Reads an OCSP response (RFC 6960 4.2) about one certificate and checks what a client must check
 * before believing it: the outer status, a single response for exactly this CertID, the signature
 * (by the issuer, or by a responder certificate the issuer issued with id-kp-OCSPSigning, valid
 * when the answer was produced) and the nonce. Times are reported, not judged: the caller knows the
 * clock.
 */
public final class OcspResponses {
  private static final String[] REASONS = {
    "unspecified",
    "key compromise",
    "CA compromise",
    "affiliation changed",
    "superseded",
    "cessation of operation",
    "certificate hold",
    "reason 7",
    "remove from CRL",
    "privilege withdrawn",
    "AA compromise"
  };

  private OcspResponses() {}

  /**
   * @param sentNonce the nonce of the request, or null when none was sent (a stapled response)
   */
  public static OcspReading read(
      byte[] der, X509Certificate subject, X509Certificate issuer, byte[] sentNonce) {
    OCSPResp response;
    try {
      response = new OCSPResp(der);
    } catch (IOException | RuntimeException e) {
      return failed(ResponseStatus.UNREADABLE, "the bytes are not an OCSP response");
    }
    ResponseStatus status = outerStatus(response.getStatus());
    if (status != ResponseStatus.SUCCESSFUL) {
      return failed(status, "the responder answered \u201c" + status.words() + "\u201d");
    }
    try {
      Object object = response.getResponseObject();
      if (!(object instanceof BasicOCSPResp basic)) {
        return failed(ResponseStatus.UNREADABLE, "the response is not a basic OCSP response");
      }
      return readBasic(basic, subject, issuer, sentNonce);
    } catch (OCSPException | RuntimeException e) {
      return failed(ResponseStatus.UNREADABLE, "the basic OCSP response cannot be read");
    }
  }

  private static OcspReading readBasic(
      BasicOCSPResp basic, X509Certificate subject, X509Certificate issuer, byte[] sentNonce)
      throws OCSPException {
    List<String> problems = new ArrayList<>();
    X509CertificateHolder issuerHolder;
    try {
      issuerHolder = new JcaX509CertificateHolder(issuer);
    } catch (CertificateEncodingException e) {
      throw new OCSPException("the issuer certificate cannot be encoded", e);
    }
    SingleResp single = find(basic, subject, issuerHolder);
    if (single == null) {
      problems.add("no single response in the answer is for this certificate (CertID mismatch)");
    }
    Instant producedAt = instant(basic.getProducedAt());
    OcspSigners.Signed signed =
        OcspSigners.check(basic, issuer, issuerHolder, basic.getProducedAt());
    if (!signed.check().trusted()) {
      problems.add(signed.check().words());
    }
    NonceCheck nonce = nonce(basic, sentNonce);
    if (nonce == NonceCheck.MISMATCH) {
      problems.add(nonce.words());
    }
    CertStatus certStatus = null;
    Instant revocationTime = null;
    String reason = null;
    Instant thisUpdate = null;
    Instant nextUpdate = null;
    if (single != null) {
      CertificateStatus raw = single.getCertStatus();
      if (raw == CertificateStatus.GOOD) {
        certStatus = CertStatus.GOOD;
      } else if (raw instanceof RevokedStatus revoked) {
        certStatus = CertStatus.REVOKED;
        revocationTime = instant(revoked.getRevocationTime());
        reason = revoked.hasRevocationReason() ? reason(revoked.getRevocationReason()) : null;
      } else if (raw instanceof UnknownStatus) {
        certStatus = CertStatus.UNKNOWN;
      }
      thisUpdate = instant(single.getThisUpdate());
      nextUpdate = instant(single.getNextUpdate());
    }
    return new OcspReading(
        ResponseStatus.SUCCESSFUL,
        certStatus,
        revocationTime,
        reason,
        producedAt,
        thisUpdate,
        nextUpdate,
        single != null,
        signed.check(),
        signed.signer(),
        nonce,
        problems);
  }

  private static SingleResp find(
      BasicOCSPResp basic, X509Certificate subject, X509CertificateHolder issuerHolder)
      throws OCSPException {
    for (SingleResp single : basic.getResponses()) {
      // Hashed with whatever algorithm the responder chose, not only the SHA-1 we asked with.
      if (single.getCertID().getSerialNumber().equals(subject.getSerialNumber())
          && single.getCertID().matchesIssuer(issuerHolder, OcspRequests.digests())) {
        return single;
      }
    }
    return null;
  }

  private static NonceCheck nonce(BasicOCSPResp basic, byte[] sent) {
    if (sent == null) {
      return NonceCheck.NOT_SENT;
    }
    Extension extension = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    if (extension == null) {
      return NonceCheck.NOT_ECHOED;
    }
    byte[] value = extension.getExtnValue().getOctets();
    // RFC 8954 wraps the nonce in an OCTET STRING; some responders echo the raw octets.
    byte[] unwrapped = null;
    try {
      unwrapped = ASN1OctetString.getInstance(value).getOctets();
    } catch (RuntimeException e) {
      unwrapped = null;
    }
    return Arrays.equals(value, sent) || Arrays.equals(unwrapped, sent)
        ? NonceCheck.ECHOED
        : NonceCheck.MISMATCH;
  }

  private static ResponseStatus outerStatus(int status) {
    return switch (status) {
      case 0 -> ResponseStatus.SUCCESSFUL;
      case 1 -> ResponseStatus.MALFORMED_REQUEST;
      case 2 -> ResponseStatus.INTERNAL_ERROR;
      case 3 -> ResponseStatus.TRY_LATER;
      case 5 -> ResponseStatus.SIG_REQUIRED;
      case 6 -> ResponseStatus.UNAUTHORIZED;
      default -> ResponseStatus.UNREADABLE;
    };
  }

  private static String reason(int code) {
    return code >= 0 && code < REASONS.length ? REASONS[code] : "reason " + code;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static OcspReading failed(ResponseStatus status, String problem) {
    return new OcspReading(
        status,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        SignatureCheck.NOT_CHECKED,
        null,
        NonceCheck.NOT_SENT,
        List.of(problem));
  }
}
