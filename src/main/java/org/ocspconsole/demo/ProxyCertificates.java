package org.ocspconsole.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ocspconsole.pki.AuthorityInfoAccess;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.IssuedCertificate;
import org.ocspconsole.pki.Pem;
import org.ocspconsole.pki.PrivateKeys;

/**
 * The demo's proxy certificate, issued by a demo CA at start. The cluster's {@code responder_url}
 * is derived from it, as on a real cluster: whatever OCSP URL its AIA extension names.
 */
final class ProxyCertificates {
  /** A certificate the cluster refuses, with the error code it answers. */
  static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;

    Rejected(String code, String message) {
      super(message, null, false, false);
      this.code = code;
    }

    String code() {
      return code;
    }
  }

  /** An installed certificate: its PEM chain and what the cluster derives from it. */
  record Installed(String chainPem, X509Certificate leaf, String ocspUrl) {}

  private final IssuedCertificate ca;
  private volatile Installed current;

  ProxyCertificates() {
    try {
      ca =
          CertificateBuilder.create()
              .subject("CN=OCSP Console demo CA,O=OCSP Console demo cluster")
              .certificateAuthority()
              .validity(
                  Instant.now().minus(Duration.ofDays(30)),
                  Instant.now().plus(Duration.ofDays(3650)))
              .build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the demo CA could not be made", e);
    }
    generate(DemoSwitches.DEMO_RESPONDER_URL, Duration.ofDays(365));
  }

  Installed current() {
    return current;
  }

  String responderUrl() {
    return current.ocspUrl();
  }

  /** Issues and installs a new proxy certificate naming this OCSP URL ({@code ""}: none). */
  void generate(String ocspUrl, Duration validFor) {
    try {
      Instant from = Instant.now().minus(Duration.ofDays(2));
      CertificateBuilder builder =
          CertificateBuilder.create()
              .subject("CN=*.demo-cluster.ocsp-console.local,O=OCSP Console demo cluster")
              .dnsNames("*.demo-cluster.ocsp-console.local", "demo-cluster.ocsp-console.local")
              .issuedBy(ca)
              .validity(from, Instant.now().plus(validFor))
              .caIssuersUrl("http://ca.demo-ca.ocsp-console.local/demo-ca.crt");
      if (!ocspUrl.isEmpty()) {
        builder.ocspUrl(ocspUrl);
      }
      IssuedCertificate issued = builder.build();
      install(Pem.certificates(issued.chain()), issued.certificate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the demo proxy certificate could not be made", e);
    }
  }

  /** Checks the upload as the cluster does and installs it; the key is checked, never kept. */
  void replace(String chainPem, String keyPem) throws Rejected {
    List<X509Certificate> chain;
    try {
      chain = Pem.readCertificates(chainPem);
    } catch (CertificateException | IllegalArgumentException e) {
      throw new Rejected("invalid_certificate", "'certificate' is not a PEM certificate");
    }
    PrivateKey key;
    try {
      key = PrivateKeys.read(keyPem);
    } catch (PrivateKeys.KeyException e) {
      throw new Rejected("invalid_key", "'key' is not a usable PEM private key");
    }
    X509Certificate leaf = chain.get(0);
    if (!PrivateKeys.matches(key, leaf.getPublicKey())) {
      throw new Rejected("key_mismatch", "The private key does not match the certificate");
    }
    try {
      leaf.checkValidity();
    } catch (CertificateExpiredException e) {
      throw new Rejected("certificate_expired", "The certificate has expired");
    } catch (CertificateNotYetValidException e) {
      throw new Rejected("invalid_certificate", "The certificate is not valid yet");
    }
    install(chainPem, leaf);
  }

  private void install(String chainPem, X509Certificate leaf) {
    try {
      List<String> urls = AuthorityInfoAccess.ocspUrls(leaf);
      current = new Installed(chainPem, leaf, urls.isEmpty() ? "" : urls.get(0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
