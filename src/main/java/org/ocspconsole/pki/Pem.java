package org.ocspconsole.pki;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEM text for certificates: written for users and curl, read from the files users choose. */
public final class Pem {
  private static final Pattern BLOCK =
      Pattern.compile(
          "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)-----END \\1-----", Pattern.DOTALL);

  private Pem() {}

  public static String encode(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  public static String certificates(X509Certificate... certificates) {
    StringBuilder out = new StringBuilder();
    for (X509Certificate certificate : certificates) {
      try {
        out.append(encode("CERTIFICATE", certificate.getEncoded()));
      } catch (java.security.cert.CertificateEncodingException e) {
        throw new IllegalStateException(e);
      }
    }
    return out.toString();
  }

  /** The DER content of every block of the given type, in order. */
  public static List<byte[]> blocks(String text, String type) {
    List<byte[]> result = new ArrayList<>();
    Matcher matcher = BLOCK.matcher(text);
    while (matcher.find()) {
      if (matcher.group(1).equals(type)) {
        result.add(Base64.getMimeDecoder().decode(matcher.group(2)));
      }
    }
    return result;
  }

  /**
   * Every certificate in the text. Throws when there is none, so that a wrong file (a key, a CSR)
   * is reported instead of silently trusting nothing.
   */
  public static List<X509Certificate> readCertificates(String text) throws CertificateException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> result = new ArrayList<>();
    for (byte[] der : blocks(text, "CERTIFICATE")) {
      result.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
    }
    if (result.isEmpty()) {
      throw new CertificateException("no PEM certificate (-----BEGIN CERTIFICATE-----) found");
    }
    return result;
  }
}
