package org.ocspconsole.api;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ocspconsole.api.ApiError.Kind;

/**
 * Thrown by the console's trust managers during the handshake, carrying the certificate the server
 * presented so that the user can be shown what was refused and why.
 */
final class CertificateTrustException extends CertificateException {
  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Kind kind;
  private final transient List<X509Certificate> chain;
  private final String expectedFingerprint;

  CertificateTrustException(
      Kind kind, X509Certificate[] chain, String expectedFingerprint, Throwable cause) {
    super(kind.name(), cause);
    this.kind = kind;
    this.chain = List.of(chain);
    this.expectedFingerprint = expectedFingerprint;
  }

  ApiError toError(String host) {
    CertificateInfo presented = CertificateInfo.of(chain.get(0));
    String message =
        switch (kind) {
          case PIN_MISMATCH ->
              "The certificate of "
                  + host
                  + " is not the one trusted for this cluster. "
                  + "It may have been replaced, or someone may be intercepting the connection; no credentials were sent.";
          case HOSTNAME_MISMATCH ->
              "The certificate of "
                  + host
                  + " is trusted but names "
                  + (presented.subjectAltNames().isEmpty()
                      ? presented.subject()
                      : String.join(", ", presented.subjectAltNames()))
                  + ", not "
                  + host
                  + ". No credentials were sent.";
          default -> untrustedMessage(host, presented);
        };
    return new ApiError(kind, 0, null, message, null, null, presented, expectedFingerprint, null);
  }

  private String untrustedMessage(String host, CertificateInfo presented) {
    Instant now = Instant.now();
    String why =
        !presented.validAt(now)
            ? (now.isAfter(presented.notAfter())
                ? "it expired on " + WHEN.format(presented.notAfter())
                : "it is not valid before " + WHEN.format(presented.notBefore()))
            : presented.selfSigned()
                ? "it is self-signed"
                : "it is not signed by a trusted certificate authority";
    return "The certificate of " + host + " is not trusted: " + why + ". No credentials were sent.";
  }
}
