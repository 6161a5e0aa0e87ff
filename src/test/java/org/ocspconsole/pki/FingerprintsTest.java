package org.ocspconsole.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FingerprintsTest {
  private static final String CANONICAL =
      "3A:F0:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:01:23:45:67:89:AB:CD:EF:FE:DC:BA:98:76:54";

  @Test
  void sha256IsTheDigestOfTheEncodedCertificateInColonHex() throws Exception {
    X509Certificate cert = CertificateBuilder.create().build().certificate();
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());

    String fingerprint = Fingerprints.sha256(cert);

    assertThat(fingerprint).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    assertThat(HexFormat.ofDelimiter(":").parseHex(fingerprint)).isEqualTo(digest);
    assertThat(Fingerprints.normalize(fingerprint)).isEqualTo(fingerprint);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        CANONICAL,
        "3af000112233445566778899aabbccddeeff0123456789abcdeffedcba987654",
        "3a:f0:00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff:01:23:45:67:89:ab:cd:ef:fe:dc:ba:98:76:54",
        "3A F0 00 11 22 33 44 55 66 77 88 99 AA BB CC DD EE FF 01 23 45 67 89 AB CD EF FE DC BA 98 76 54",
        "  3AF00011 22334455 66778899 AABBCCDD\tEEFF0123 456789AB CDEFFEDC BA987654\n"
      })
  void normalizeAcceptsFingerprintsAsUsersPasteThem(String pasted) {
    assertThat(Fingerprints.normalize(pasted)).isEqualTo(CANONICAL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "3AF000112233445566778899AABBCCDDEEFF0123456789ABCDEFFEDCBA98765", // 63 digits
        "3AF000112233445566778899AABBCCDDEEFF0123456789ABCDEFFEDCBA98765400", // 66 digits
        "GAF000112233445566778899AABBCCDDEEFF0123456789ABCDEFFEDCBA987654", // not hex
        "3A-F0-00-11-22-33-44-55-66-77-88-99-AA-BB-CC-DD-EE-FF-01-23-45-67-89-AB-CD-EF-FE-DC-BA-98-76-54",
        "da39a3ee5e6b4b0d3255bfef95601890afd80709"
      }) // a SHA-1 fingerprint
  void normalizeRejectsAnythingButSha256Hex(String bad) {
    assertThatThrownBy(() -> Fingerprints.normalize(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64 hexadecimal digits");
  }
}
