package org.ocspconsole.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.ocspconsole.certificate.UploadCheck.Level;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.IssuedCertificate;
import org.ocspconsole.pki.KeyPems;
import org.ocspconsole.pki.Pem;

/** The checks made before a certificate and key leave the console, on generated certificates. */
class UploadCheckTest {
  private static final Instant NOW = Instant.now();

  private static UploadCheck check(IssuedCertificate cert, String keyPem) {
    return UploadCheck.run(Pem.certificates(cert.chain()), keyPem, NOW, ZoneOffset.UTC);
  }

  private static IssuedCertificate ca() throws Exception {
    return CertificateBuilder.create().subject("CN=Test CA").certificateAuthority().build();
  }

  @Test
  void aMatchingCertificateWithOcspUrlPassesEveryCheck() throws Exception {
    IssuedCertificate cert =
        CertificateBuilder.create()
            .subject("CN=proxy.example.com")
            .issuedBy(ca())
            .ocspUrl("http://ocsp.example.com/")
            .build();
    UploadCheck result = check(cert, KeyPems.sec1(cert.privateKey()));
    assertThat(result.blocked()).isFalse();
    assertThat(result.checks()).allMatch(c -> c.level() == Level.OK);
    assertThat(result.checks())
        .extracting(UploadCheck.Check::text)
        .anyMatch(t -> t.contains("2 certificates in the chain"))
        .anyMatch(t -> t.equals("OCSP URL: http://ocsp.example.com/"))
        .anyMatch(t -> t.contains("matches"));
    assertThat(result.facts().ocspUrls()).containsExactly("http://ocsp.example.com/");
    assertThat(result.chainPem()).doesNotContain("PRIVATE KEY");
  }

  @Test
  void aCertificateWithoutOcspUrlIsAWarningNotABlock() throws Exception {
    IssuedCertificate cert = CertificateBuilder.create().build();
    UploadCheck result = check(cert, KeyPems.pkcs8(cert.privateKey()));
    assertThat(result.blocked()).isFalse();
    assertThat(result.checks())
        .filteredOn(c -> c.level() == Level.WARNING)
        .singleElement()
        .satisfies(
            c -> assertThat(c.text()).contains("no OCSP URL").contains("could not be enabled"));
  }

  @Test
  void anExpiredCertificateIsRefused() throws Exception {
    IssuedCertificate cert =
        CertificateBuilder.create()
            .ocspUrl("http://o/")
            .validity(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(3)))
            .build();
    UploadCheck result = check(cert, KeyPems.pkcs8(cert.privateKey()));
    assertThat(result.blocked()).isTrue();
    assertThat(result.checks())
        .anyMatch(c -> c.level() == Level.ERROR && c.text().contains("has expired"));
  }

  @Test
  void aCertificateNearExpiryIsWarnedWithItsDaysLeft() throws Exception {
    IssuedCertificate cert =
        CertificateBuilder.create()
            .ocspUrl("http://o/")
            .validity(NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(12)).plusSeconds(60))
            .build();
    UploadCheck result = check(cert, KeyPems.pkcs8(cert.privateKey()));
    assertThat(result.blocked()).isFalse();
    assertThat(result.checks())
        .anyMatch(c -> c.level() == Level.WARNING && c.text().contains("only 12 days left"));
  }

  @Test
  void aKeyOfAnotherCertificateIsRefused() throws Exception {
    IssuedCertificate cert = CertificateBuilder.create().ocspUrl("http://o/").build();
    IssuedCertificate other = CertificateBuilder.create().build();
    UploadCheck result = check(cert, KeyPems.pkcs8(other.privateKey()));
    assertThat(result.blocked()).isTrue();
    assertThat(result.checks())
        .anyMatch(c -> c.level() == Level.ERROR && c.text().contains("does not belong"));
  }

  @Test
  void aChainInTheWrongOrderIsRefused() throws Exception {
    IssuedCertificate cert =
        CertificateBuilder.create().issuedBy(ca()).ocspUrl("http://o/").build();
    String reversed = Pem.certificates(cert.chain()[1], cert.chain()[0]);
    UploadCheck result =
        UploadCheck.run(reversed, KeyPems.pkcs8(cert.privateKey()), NOW, ZoneOffset.UTC);
    assertThat(result.blocked()).isTrue();
    assertThat(result.checks())
        .anyMatch(c -> c.level() == Level.ERROR && c.text().contains("out of order"));
  }

  @Test
  void missingOrUnreadableFilesAreRefusedBeforeAnythingIsSent() throws Exception {
    UploadCheck empty = UploadCheck.run("", "", NOW, ZoneOffset.UTC);
    assertThat(empty.blocked()).isTrue();
    assertThat(empty.checks())
        .extracting(UploadCheck.Check::text)
        .contains(
            "Choose the certificate file (PEM, with its chain).",
            "Choose the private key file (PEM).");
    UploadCheck garbage =
        UploadCheck.run(
            "hello",
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
            NOW,
            ZoneOffset.UTC);
    assertThat(garbage.checks())
        .extracting(UploadCheck.Check::text)
        .anyMatch(t -> t.contains("no readable PEM certificate"))
        .anyMatch(t -> t.contains("could not be read"));
    IssuedCertificate cert = CertificateBuilder.create().build();
    UploadCheck swapped =
        UploadCheck.run(
            KeyPems.pkcs8(cert.privateKey()),
            KeyPems.pkcs8(cert.privateKey()),
            NOW,
            ZoneOffset.UTC);
    assertThat(swapped.checks())
        .extracting(UploadCheck.Check::text)
        .anyMatch(t -> t.contains("holds a private key, not a certificate"))
        .noneMatch(t -> t.contains("BEGIN"));
  }
}
