package org.ocspconsole.pki;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
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

  /**
   * This certificate, its key and its chain as a PKCS#12 key store with one entry, {@code alias}.
   */
  public KeyStore keyStore(String alias, char[] password)
      throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(alias, privateKey, password, chain());
    return store;
  }

  /**
   * Writes it as a PKCS#12 file whose entry is {@code client}, as a client certificate is handed to
   * the console.
   */
  public void writePkcs12(Path file, char[] password) throws GeneralSecurityException, IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      keyStore("client", password).store(out, password);
    }
  }

  @Override
  public String toString() {
    // A record would print the key; a key must never reach a log.
    return "IssuedCertificate[" + certificate.getSubjectX500Principal().getName() + "]";
  }
}
