package org.ocspconsole.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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

  /**
   * An installed certificate: its PEM chain, what the cluster derives from it, and the chain and
   * key its database endpoints serve (a cluster keeps the key it serves with, as a real one does).
   */
  record Installed(
      String chainPem,
      X509Certificate leaf,
      String ocspUrl,
      List<X509Certificate> chain,
      PrivateKey key) {
    Installed {
      chain = List.copyOf(chain);
    }

    @Override
    public String toString() {
      // A record would print the key.
      return "Installed[" + leaf.getSubjectX500Principal().getName() + "]";
    }
  }

  private final IssuedCertificate ca;
  private final String defaultResponderUrl;
  private volatile Installed current;

  /**
   * @param responderUrl the OCSP URL the first proxy certificate names; its folder also serves the
   *     CA certificate for the caIssuers URL
   */
  ProxyCertificates(String responderUrl) {
    this.defaultResponderUrl = responderUrl;
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
    generate(responderUrl, Duration.ofDays(365));
  }

  Installed current() {
    return current;
  }

  /** The demo CA, which issues the proxy certificate and signs the responder's answers. */
  IssuedCertificate ca() {
    return ca;
  }

  String defaultResponderUrl() {
    return defaultResponderUrl;
  }

  /** Where the demo responder serves the CA certificate (AIA caIssuers). */
  String caIssuersUrl() {
    return URI.create(defaultResponderUrl).resolve(DemoResponder.CA_PATH).toString();
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
              .caIssuersUrl(caIssuersUrl());
      if (!ocspUrl.isEmpty()) {
        builder.ocspUrl(ocspUrl);
      }
      IssuedCertificate issued = builder.build();
      install(Pem.certificates(issued.chain()), List.of(issued.chain()), issued.privateKey());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the demo proxy certificate could not be made", e);
    }
  }

  /** Checks the upload as the cluster does and installs it, key and all, to serve it. */
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
    install(chainPem, chain, key);
  }

  private void install(String chainPem, List<X509Certificate> chain, PrivateKey key) {
    X509Certificate leaf = chain.get(0);
    try {
      List<String> urls = AuthorityInfoAccess.ocspUrls(leaf);
      current = new Installed(chainPem, leaf, urls.isEmpty() ? "" : urls.get(0), chain, key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
