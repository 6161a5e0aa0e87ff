package org.ocspconsole.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.IssuedCertificate;

/** How the certificate card writes names and fingerprints so that they wrap between words. */
class CertificateFactsTest {

  @Test
  void aNameIsWrittenOneAttributeALineSoItNeverWrapsInsideAWord() {
    assertThat(CertificateFacts.lines("CN=*.demo-cluster.ocsp-console.local,O=OCSP Console demo"))
        .isEqualTo("CN=*.demo-cluster.ocsp-console.local\nO=OCSP Console demo");
  }

  @Test
  void escapedAndQuotedCommasStayInsideTheirValue() {
    assertThat(CertificateFacts.lines("CN=proxy,O=Acme\\, Inc.,C=DE"))
        .isEqualTo("CN=proxy\nO=Acme, Inc.\nC=DE");
    assertThat(CertificateFacts.lines("CN=\"a,b\",O=x")).isEqualTo("CN=\"a,b\"\nO=x");
  }

  @Test
  void theFingerprintMayWrapOnlyBetweenTwoBytes() throws Exception {
    IssuedCertificate cert =
        CertificateBuilder.create().subject("CN=proxy.example.com,O=OCSP Console demo").build();
    CertificateFacts facts = CertificateFacts.of(List.of(cert.certificate()));
    String text = facts.sha256Text();
    assertThat(text.replace("\u200a", "")).isEqualTo(facts.info().sha256());
    assertThat(text.split("\u200a")).hasSize(32).allMatch(part -> part.matches("[0-9A-F]{2}:?"));
    assertThat(facts.subjectText()).doesNotContain(",");
  }
}
