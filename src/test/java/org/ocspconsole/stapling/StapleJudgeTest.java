package org.ocspconsole.stapling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocspconsole.demo.OcspAnswerBuilder;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.IssuedCertificate;

/**
 * The verdicts no demo drill produces, from staples made here: an answer that is not a usable OCSP
 * answer, one about another certificate, one whose thisUpdate lies ahead, one whose issuer cannot
 * be found.
 */
class StapleJudgeTest {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final Target TARGET = new Target("db", "db", "127.0.0.1", List.of(), 12000, true);
  private static IssuedCertificate ca;
  private static IssuedCertificate leaf;

  @BeforeAll
  static void pki() throws Exception {
    ca = CertificateBuilder.create().subject("CN=Judge CA").certificateAuthority().build();
    leaf =
        CertificateBuilder.create()
            .subject("CN=proxy.judge")
            .issuedBy(ca)
            .ocspUrl("http://127.0.0.1:1/")
            .build();
  }

  private static OcspAnswerBuilder answer() {
    return OcspAnswerBuilder.about(leaf.certificate(), ca.certificate())
        .times(NOW, NOW.minusSeconds(60), NOW.plus(Duration.ofHours(24)))
        .signedBy(ca.privateKey(), ca.certificate());
  }

  private static EndpointReport judge(byte[] staple, List<java.security.cert.X509Certificate> known)
      throws Exception {
    Handshake handshake =
        new Handshake(
            Handshake.Outcome.COMPLETED,
            null,
            "127.0.0.1:12000",
            false,
            List.of(leaf.certificate()),
            List.of(staple),
            "TLSv1.3",
            Duration.ofMillis(20));
    IssuerFinder issuers =
        new IssuerFinder(known, HttpClient.newHttpClient(), Duration.ofSeconds(5));
    return new StapleJudge(leaf.certificate(), issuers, true).judge(TARGET, handshake, NOW);
  }

  private static EndpointReport judge(byte[] staple) throws Exception {
    return judge(staple, List.of(ca.certificate()));
  }

  @Test
  void aGoodAnswerIsFresh() throws Exception {
    assertThat(judge(answer().build()).verdict()).isEqualTo(Verdict.STAPLED_GOOD_FRESH);
  }

  @Test
  void anUnsuccessfulAnswerIsNotUsable() throws Exception {
    EndpointReport report = judge(OcspAnswerBuilder.unsuccessful(3)); // tryLater

    assertThat(report.verdict()).isEqualTo(Verdict.STAPLE_UNUSABLE);
    assertThat(report.detail()).anyMatch(l -> l.startsWith("The staple is not a usable answer"));
  }

  @Test
  void anAnswerAboutAnotherSerialIsAboutAnotherCertificate() throws Exception {
    EndpointReport report = judge(answer().serial(BigInteger.valueOf(42)).build());

    assertThat(report.verdict()).isEqualTo(Verdict.STAPLE_FOR_OTHER_CERTIFICATE);
  }

  @Test
  void aThisUpdateAheadOfTheClockIsNotYetValid() throws Exception {
    byte[] ahead =
        answer().times(NOW, NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(25))).build();

    EndpointReport report = judge(ahead);

    assertThat(report.verdict()).isEqualTo(Verdict.STAPLE_NOT_YET_VALID);
    assertThat(report.detail()).anyMatch(l -> l.contains("thisUpdate lies in the future"));
  }

  @Test
  void aStapleWhoseIssuerIsNowhereIsNotVerified() throws Exception {
    EndpointReport report = judge(answer().build(), List.of());

    assertThat(report.verdict()).isEqualTo(Verdict.STAPLE_UNVERIFIED);
    assertThat(report.detail()).anyMatch(l -> l.contains("it cannot be checked"));
  }
}
