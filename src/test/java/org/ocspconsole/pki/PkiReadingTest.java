package org.ocspconsole.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.security.KeyPair;
import java.security.PrivateKey;
import org.junit.jupiter.api.Test;

/** The console's own DER reading: AIA OCSP URLs and private keys in each PEM form. */
class PkiReadingTest {

  @Test
  void readsTheOcspUrlsFromTheAuthorityInformationAccessExtension() throws Exception {
    IssuedCertificate cert =
        CertificateBuilder.create()
            .ocspUrl("http://ocsp.example.com/")
            .ocspUrl("http://ocsp2.example.com/")
            .caIssuersUrl("http://ca.example.com/ca.crt")
            .build();
    assertThat(AuthorityInfoAccess.ocspUrls(cert.certificate()))
        .containsExactly("http://ocsp.example.com/", "http://ocsp2.example.com/");
    assertThat(AuthorityInfoAccess.firstOcspUrl(cert.certificate()))
        .isEqualTo("http://ocsp.example.com/");
    assertThat(AuthorityInfoAccess.caIssuersUrls(cert.certificate()))
        .containsExactly("http://ca.example.com/ca.crt");
  }

  @Test
  void aCertificateWithoutAnOcspEntryHasNoUrl() throws Exception {
    assertThat(AuthorityInfoAccess.ocspUrls(CertificateBuilder.create().build().certificate()))
        .isEmpty();
    IssuedCertificate caIssuersOnly =
        CertificateBuilder.create().caIssuersUrl("http://ca.example.com/").build();
    assertThat(AuthorityInfoAccess.ocspUrls(caIssuersOnly.certificate())).isEmpty();
    assertThat(AuthorityInfoAccess.firstOcspUrl(caIssuersOnly.certificate())).isEmpty();
  }

  @Test
  void truncatedDerIsRefusedNotReadPastItsEnd() {
    assertThatThrownBy(() -> DerReader.read(new byte[] {0x30, 0x05, 0x06, 0x01}))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> DerReader.read(new byte[] {0x30, (byte) 0x84, 0x7f, 0, 0, 0}))
        .isInstanceOf(IOException.class);
  }

  @Test
  void readsEcKeysAsPkcs8AndSec1() throws Exception {
    KeyPair pair = CertificateBuilder.newEcKeyPair();
    PrivateKey fromPkcs8 = PrivateKeys.read(KeyPems.pkcs8(pair.getPrivate()));
    PrivateKey fromSec1 = PrivateKeys.read(KeyPems.sec1(pair.getPrivate()));
    assertThat(PrivateKeys.matches(fromPkcs8, pair.getPublic())).isTrue();
    assertThat(PrivateKeys.matches(fromSec1, pair.getPublic())).isTrue();
  }

  @Test
  void readsRsaKeysAsPkcs8AndPkcs1() throws Exception {
    KeyPair pair = CertificateBuilder.newRsaKeyPair();
    assertThat(
            PrivateKeys.matches(
                PrivateKeys.read(KeyPems.pkcs8(pair.getPrivate())), pair.getPublic()))
        .isTrue();
    PrivateKey fromPkcs1 =
        PrivateKeys.read(
            "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n"
                + KeyPems.pkcs1(pair.getPrivate()));
    assertThat(PrivateKeys.matches(fromPkcs1, pair.getPublic())).isTrue();
  }

  @Test
  void aKeyOfAnotherPairDoesNotMatch() throws Exception {
    KeyPair one = CertificateBuilder.newEcKeyPair();
    KeyPair other = CertificateBuilder.newEcKeyPair();
    assertThat(PrivateKeys.matches(one.getPrivate(), other.getPublic())).isFalse();
    assertThat(
            PrivateKeys.matches(CertificateBuilder.newRsaKeyPair().getPrivate(), one.getPublic()))
        .isFalse();
  }

  @Test
  void unusableKeyFilesAreExplainedWithoutQuotingThem() throws Exception {
    String certificate = Pem.certificates(CertificateBuilder.create().build().certificate());
    assertThatThrownBy(() -> PrivateKeys.read(certificate))
        .hasMessageContaining("No private key found");
    assertThatThrownBy(
            () ->
                PrivateKeys.read(
                    "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----"))
        .hasMessageContaining("encrypted");
    String damaged = "-----BEGIN PRIVATE KEY-----\nTUlJQ2VnSUJBREFO\n-----END PRIVATE KEY-----\n";
    assertThatThrownBy(() -> PrivateKeys.read(damaged))
        .hasMessageContaining("could not be read")
        .hasMessageNotContaining("TUlJQ2VnSUJBREFO");
  }
}
