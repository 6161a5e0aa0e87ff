package org.ocspconsole.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;

/** Private keys in each PEM form administrators meet, made from keys the tests generate. */
public final class KeyPems {
  private KeyPems() {}

  public static String pkcs8(PrivateKey key) {
    return Pem.encode("PRIVATE KEY", key.getEncoded());
  }

  /** {@code RSA PRIVATE KEY}: the PKCS#1 structure a PKCS#8 RSA key wraps. */
  public static String pkcs1(PrivateKey rsa) {
    return Pem.encode("RSA PRIVATE KEY", inner(rsa).content());
  }

  /** {@code EC PRIVATE KEY} as openssl writes it: SEC1 with the curve in {@code [0]}. */
  public static String sec1(PrivateKey ec) {
    try {
      List<DerReader.Element> info = DerReader.read(ec.getEncoded()).children();
      String curve = info.get(1).children().get(1).oid();
      List<DerReader.Element> parts = DerReader.read(info.get(2).content()).children();
      List<byte[]> out = new ArrayList<>();
      out.add(Der.tlv(parts.get(0).tag(), parts.get(0).content()));
      out.add(Der.tlv(parts.get(1).tag(), parts.get(1).content()));
      out.add(Der.explicit(0, Der.oid(curve)));
      for (DerReader.Element part : parts.subList(2, parts.size())) {
        if (!part.is(0xA0)) {
          out.add(Der.tlv(part.tag(), part.content()));
        }
      }
      return Pem.encode("EC PRIVATE KEY", Der.sequence(out.toArray(byte[][]::new)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DerReader.Element inner(PrivateKey key) {
    try {
      return DerReader.read(key.getEncoded()).children().get(2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
