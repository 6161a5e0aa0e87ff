package org.ocspconsole.pki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 certificate fingerprints, in the form browsers and {@code openssl x509} print. */
public final class Fingerprints {
  private Fingerprints() {}

  /** Upper-case hex pairs joined by colons, e.g. {@code 3A:F0:...}. */
  public static String sha256(X509Certificate certificate) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("SHA-256 fingerprint not computable", e);
    }
  }

  /**
   * Accepts a fingerprint as users paste it (colons, spaces or none; any case) and returns the
   * canonical form, or throws when it is not 32 bytes of hex.
   */
  public static String normalize(String fingerprint) {
    String hex = fingerprint.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT);
    if (!hex.matches("[0-9A-F]{64}")) {
      throw new IllegalArgumentException(
          "a SHA-256 fingerprint is 64 hexadecimal digits (colons optional)");
    }
    return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
  }
}
