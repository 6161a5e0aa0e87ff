package org.ocspconsole.certificate;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.ocspconsole.pki.Pem;
import org.ocspconsole.pki.PrivateKeys;

/**
 * The checks made before a certificate and key are sent: both parse, the chain is in order, the key
 * matches (a challenge signed and verified), the dates, and an OCSP URL. Messages never quote the
 * key.
 *
 * @param facts the certificate's facts, null when it does not parse
 * @param chainPem the certificates alone, re-encoded: what is sent
 */
public record UploadCheck(List<Check> checks, CertificateFacts facts, String chainPem) {
  public enum Level {
    OK,
    WARNING,
    ERROR
  }

  public record Check(Level level, String text) {}

  public UploadCheck {
    checks = List.copyOf(checks);
  }

  /** Whether an error forbids sending. Warnings do not. */
  public boolean blocked() {
    return checks.stream().anyMatch(c -> c.level() == Level.ERROR);
  }

  public static UploadCheck run(String certificatePem, String keyPem, Instant now, ZoneId zone) {
    List<Check> checks = new ArrayList<>();
    List<X509Certificate> chain = null;
    if (certificatePem == null || certificatePem.isBlank()) {
      checks.add(new Check(Level.ERROR, "Choose the certificate file (PEM, with its chain)."));
    } else {
      try {
        chain = Pem.readCertificates(certificatePem);
      } catch (CertificateException | IllegalArgumentException e) {
        checks.add(
            new Check(
                Level.ERROR,
                certificatePem.contains("PRIVATE KEY-----")
                    ? "The certificate file holds a private key, not a certificate: choose it as the key."
                    : "The certificate file holds no readable PEM certificate."));
      }
    }
    CertificateFacts facts = chain == null ? null : CertificateFacts.of(chain);
    if (facts != null) {
      checks.add(
          new Check(
              Level.OK,
              "Certificate for "
                  + facts.info().subject()
                  + ", issued by "
                  + facts.info().issuer()
                  + (chain.size() > 1 ? " (" + chain.size() + " certificates in the chain)" : "")));
      checkChain(chain, checks);
      checkDates(facts, now, zone, checks);
    }
    checkKey(keyPem, chain, checks);
    if (facts != null) {
      checks.add(
          facts.ocspUrls().isEmpty()
              ? new Check(
                  Level.WARNING,
                  "The certificate names no OCSP URL (Authority Information Access). "
                      + "With it, the responder URL becomes empty and OCSP could not be enabled.")
              : new Check(Level.OK, "OCSP URL: " + facts.ocspUrls().get(0)));
    }
    return new UploadCheck(
        checks,
        facts,
        chain == null ? null : Pem.certificates(chain.toArray(X509Certificate[]::new)));
  }

  private static void checkChain(List<X509Certificate> chain, List<Check> checks) {
    for (int i = 0; i + 1 < chain.size(); i++) {
      try {
        chain.get(i).verify(chain.get(i + 1).getPublicKey());
      } catch (GeneralSecurityException | RuntimeException e) {
        checks.add(
            new Check(
                Level.ERROR,
                "The chain is out of order: certificate "
                    + (i + 2)
                    + " ("
                    + chain.get(i + 1).getSubjectX500Principal().getName()
                    + ") did not issue certificate "
                    + (i + 1)
                    + ". Put the server certificate first, then each issuer."));
        return;
      }
    }
  }

  private static void checkDates(
      CertificateFacts facts, Instant now, ZoneId zone, List<Check> checks) {
    String validity = "Valid " + facts.validityText(now, zone);
    Level level =
        switch (facts.expiry(now)) {
          case EXPIRED, NOT_YET_VALID -> Level.ERROR;
          case NEAR -> Level.WARNING;
          case FINE -> Level.OK;
        };
    checks.add(
        new Check(
            level,
            switch (facts.expiry(now)) {
              case EXPIRED -> "The certificate has expired: " + validity;
              case NOT_YET_VALID -> "The certificate is not valid yet: " + validity;
              default -> validity;
            }));
  }

  private static void checkKey(String keyPem, List<X509Certificate> chain, List<Check> checks) {
    if (keyPem == null || keyPem.isBlank()) {
      checks.add(new Check(Level.ERROR, "Choose the private key file (PEM)."));
      return;
    }
    PrivateKey key;
    try {
      key = PrivateKeys.read(keyPem);
    } catch (PrivateKeys.KeyException e) {
      checks.add(new Check(Level.ERROR, e.getMessage()));
      return;
    }
    if (chain == null) {
      return;
    }
    checks.add(
        PrivateKeys.matches(key, chain.get(0).getPublicKey())
            ? new Check(Level.OK, "The private key matches the certificate.")
            : new Check(
                Level.ERROR,
                "The private key does not belong to this certificate "
                    + "(a challenge it signed did not verify with the certificate's public key)."));
  }
}
