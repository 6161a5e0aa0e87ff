package org.ocspconsole.api;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ocspconsole.pki.Fingerprints;

/**
 * What a user needs to decide whether to trust a certificate: who it names, who signed it, when it
 * is valid, its SHA-256 fingerprint and the names it covers.
 */
public record CertificateInfo(
    String subject,
    String issuer,
    Instant notBefore,
    Instant notAfter,
    String sha256,
    List<String> subjectAltNames,
    X509Certificate certificate) {

  public CertificateInfo {
    subjectAltNames = List.copyOf(subjectAltNames);
  }

  public static CertificateInfo of(X509Certificate certificate) {
    return new CertificateInfo(
        certificate.getSubjectX500Principal().getName(),
        certificate.getIssuerX500Principal().getName(),
        certificate.getNotBefore().toInstant(),
        certificate.getNotAfter().toInstant(),
        Fingerprints.sha256(certificate),
        alternativeNames(certificate),
        certificate);
  }

  public boolean selfSigned() {
    return subject.equals(issuer);
  }

  public boolean validAt(Instant instant) {
    return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
  }

  private static List<String> alternativeNames(X509Certificate certificate) {
    List<String> names = new ArrayList<>();
    try {
      Collection<List<?>> entries = certificate.getSubjectAlternativeNames();
      if (entries != null) {
        for (List<?> entry : entries) {
          int type = (Integer) entry.get(0);
          if (type == 2 || type == 7) { // dNSName, iPAddress
            names.add(String.valueOf(entry.get(1)));
          }
        }
      }
    } catch (CertificateParsingException e) {
      // An unparsable extension shows as no names; the fingerprint still identifies it.
    }
    return names;
  }

  @Override
  public String toString() {
    return "CertificateInfo[subject=" + subject + ", sha256=" + sha256 + "]";
  }
}
