package org.ocspconsole.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A certificate with its private key and the chain above it (issuer first), as a TLS server or
 * client presents it.
 */
public record IssuedCertificate(
    X509Certificate certificate, PrivateKey privateKey, List<X509Certificate> issuers) {

  public IssuedCertificate {
    issuers = List.copyOf(issuers);
  }

  /** The chain as sent in a TLS handshake: this certificate, then its issuers. */
  public X509Certificate[] chain() {
    X509Certificate[] chain = new X509Certificate[issuers.size() + 1];
    chain[0] = certificate;
    for (int i = 0; i < issuers.size(); i++) {
      chain[i + 1] = issuers.get(i);
    }
    return chain;
  }

  @Override
  public String toString() {
    // A record would print the key; a key must never reach a log.
    return "IssuedCertificate[" + certificate.getSubjectX500Principal().getName() + "]";
  }
}
