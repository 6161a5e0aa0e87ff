package org.ocspconsole.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateBuilderTest {
  private static final String AUTHORITY_INFO_ACCESS = "1.3.6.1.5.5.7.1.1";

  @Test
  void subjectAlternativeNamesHoldEveryNameAndAddress() throws Exception {
    X509Certificate cert =
        CertificateBuilder.create()
            .subject("CN=cluster.example.com")
            .dnsNames("cluster.example.com", "node1.example.com")
            .ipAddresses("127.0.0.1", "::1")
            .build()
            .certificate();

    assertThat(cert.getSubjectAlternativeNames())
        .containsExactlyInAnyOrder(
            List.of(2, "cluster.example.com"), List.of(2, "node1.example.com"),
            List.of(7, "127.0.0.1"), List.of(7, "0:0:0:0:0:0:0:1"));
    assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=cluster.example.com");
  }

  @Test
  void ocspUrlGoesIntoAuthorityInformationAccess() throws Exception {
    X509Certificate with =
        CertificateBuilder.create().ocspUrl("http://ocsp.example/").build().certificate();
    X509Certificate without = CertificateBuilder.create().build().certificate();

    assertThat(with.getExtensionValue(AUTHORITY_INFO_ACCESS)).isNotNull();
    assertThat(
            new String(
                with.getExtensionValue(AUTHORITY_INFO_ACCESS),
                java.nio.charset.StandardCharsets.US_ASCII))
        .contains("http://ocsp.example/");
    assertThat(without.getExtensionValue(AUTHORITY_INFO_ACCESS)).isNull();
  }

  @Test
  void selfSignedCertificateVerifiesWithItsOwnKey() throws Exception {
    IssuedCertificate self = CertificateBuilder.create().subject("CN=self").build();

    self.certificate().verify(self.certificate().getPublicKey());
    assertThat(self.certificate().getIssuerX500Principal())
        .isEqualTo(self.certificate().getSubjectX500Principal());
    assertThat(self.chain()).containsExactly(self.certificate());
    assertThat(self.certificate().getBasicConstraints()).isEqualTo(-1);
  }

  @Test
  void caIssuedChainValidatesWithTheJdksPkixValidator() throws Exception {
    IssuedCertificate root =
        CertificateBuilder.create()
            .subject("CN=Root")
            .certificateAuthority()
            .keyPair(CertificateBuilder.newRsaKeyPair())
            .build();
    IssuedCertificate intermediate =
        CertificateBuilder.create()
            .subject("CN=Intermediate")
            .certificateAuthority()
            .issuedBy(root)
            .build();
    IssuedCertificate leaf =
        CertificateBuilder.create()
            .subject("CN=leaf.example.com")
            .dnsNames("leaf.example.com")
            .issuedBy(intermediate)
            .build();

    validate(root, leaf.chain()[0], leaf.chain()[1]);

    assertThat(leaf.chain())
        .containsExactly(leaf.certificate(), intermediate.certificate(), root.certificate());
    assertThat(root.certificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(leaf.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
  }

  @Test
  void certificateFromAnotherCaDoesNotValidate() throws Exception {
    IssuedCertificate root =
        CertificateBuilder.create().subject("CN=Root").certificateAuthority().build();
    IssuedCertificate stranger =
        CertificateBuilder.create().subject("CN=Other Root").certificateAuthority().build();
    IssuedCertificate leaf =
        CertificateBuilder.create().subject("CN=leaf").issuedBy(stranger).build();

    assertThatThrownBy(() -> validate(root, leaf.certificate()))
        .isInstanceOf(CertPathValidatorException.class);
  }

  @Test
  void clientCertificateIsMarkedForClientAuthentication() throws Exception {
    X509Certificate cert = CertificateBuilder.create().clientAuthentication().build().certificate();

    assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
  }

  @Test
  void validityIsAsGivenToTheSecond() throws Exception {
    Instant from = Instant.parse("2020-01-01T00:00:00Z");
    Instant until = Instant.parse("2055-06-30T12:00:00.750Z"); // after 2049: GeneralizedTime

    X509Certificate cert = CertificateBuilder.create().validity(from, until).build().certificate();

    assertThat(cert.getNotBefore().toInstant()).isEqualTo(from);
    assertThat(cert.getNotAfter().toInstant()).isEqualTo(until.truncatedTo(ChronoUnit.SECONDS));
  }

  @Test
  void defaultValidityStartsInThePast() throws Exception {
    X509Certificate cert = CertificateBuilder.create().build().certificate();

    cert.checkValidity();
    assertThat(Duration.between(cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant()))
        .isPositive();
  }

  @Test
  void pemRoundTripsEveryCertificate() throws Exception {
    X509Certificate a = CertificateBuilder.create().subject("CN=a").build().certificate();
    X509Certificate b = CertificateBuilder.create().subject("CN=b").build().certificate();

    assertThat(Pem.readCertificates("leading text\n" + Pem.certificates(a, b)))
        .containsExactly(a, b);
    assertThatThrownBy(
            () ->
                Pem.readCertificates(
                    "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"))
        .isInstanceOf(java.security.cert.CertificateException.class);
  }

  private static void validate(IssuedCertificate anchor, X509Certificate... path) throws Exception {
    CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(List.of(path));
    PKIXParameters parameters =
        new PKIXParameters(Set.of(new TrustAnchor(anchor.certificate(), null)));
    parameters.setRevocationEnabled(false);
    CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
  }
}
