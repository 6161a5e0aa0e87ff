package org.ocspconsole.stapling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.HttpTime;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.api.ServerDate;
import org.ocspconsole.pki.OcspReading;
import org.ocspconsole.pki.OcspReading.CertStatus;
import org.ocspconsole.pki.OcspReading.NonceCheck;
import org.ocspconsole.pki.OcspReading.ResponseStatus;
import org.ocspconsole.pki.OcspReading.SignatureCheck;

/** The three views and the staleness budget in words, from answers made up to the second. */
class WordsTest {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final java.security.cert.X509Certificate LEAF = leaf();
  private static final OcspConfig HOURLY = new OcspConfig(true, 3600, 1, 60, 5, "http://r/");

  private static java.security.cert.X509Certificate leaf() {
    try {
      return org.ocspconsole.pki.CertificateBuilder.create().build().certificate();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static OcspReading answer(CertStatus status, Instant produced, Duration validity) {
    return new OcspReading(
        ResponseStatus.SUCCESSFUL,
        status,
        status == CertStatus.REVOKED ? produced.minusSeconds(60) : null,
        null,
        produced,
        produced,
        validity == null ? null : produced.plus(validity),
        true,
        SignatureCheck.ISSUER,
        "CN=CA",
        NonceCheck.ECHOED,
        List.of());
  }

  private static EndpointReport stapled(OcspReading staple) {
    Handshake handshake =
        new Handshake(
            Handshake.Outcome.COMPLETED,
            null,
            "127.0.0.1:1",
            false,
            List.of(LEAF),
            List.of(new byte[] {1}),
            "TLSv1.3",
            Duration.ofMillis(5));
    return new EndpointReport(
        Target.typed("db", 1),
        handshake,
        staple,
        "01",
        "AA",
        true,
        List.of(Verdict.STAPLED_GOOD_FRESH),
        List.of());
  }

  private static ResponderReport responder(OcspReading reading) {
    return new ResponderReport(
        "http://r/", 200, Duration.ofMillis(30), NOW, reading, "GOOD in 30 ms", true, List.of());
  }

  private static ClusterView cluster(OcspConfig config, Instant cachedProduced) {
    OcspStatus cached =
        new OcspStatus(
            "GOOD",
            "http://r/",
            HttpTime.of(cachedProduced),
            HttpTime.of(cachedProduced),
            null,
            null);
    return new ClusterView(config, null, cached, null, List.of(), null, List.of(), null, null);
  }

  @Test
  void aStapleOlderThanThePollIntervalIsPointedOutAgainstTheResponder() {
    Instant old = NOW.minus(Duration.ofHours(26));
    List<String> differences =
        ThreeViews.differences(
            cluster(HOURLY, old),
            responder(answer(CertStatus.GOOD, NOW, Duration.ofDays(7))),
            List.of(stapled(answer(CertStatus.GOOD, old, Duration.ofDays(7)))),
            NOW);

    assertThat(differences)
        .contains(
            "The cluster still serves a staple produced 1 d 2 h ago; the responder has a newer one"
                + " (the cluster polls every 1 h).");
  }

  @Test
  void aRevocationTheClientsHaveNotSeenYet() {
    List<String> differences =
        ThreeViews.differences(
            cluster(HOURLY, NOW.minusSeconds(600)),
            responder(answer(CertStatus.REVOKED, NOW, Duration.ofDays(1))),
            List.of(stapled(answer(CertStatus.GOOD, NOW.minusSeconds(600), Duration.ofDays(1)))),
            NOW);

    assertThat(differences)
        .anyMatch(
            l -> l.startsWith("The responder now says REVOKED, but clients still receive GOOD"));
  }

  @Test
  void aPollIntervalLongerThanTheValidityIsAWarning() {
    OcspConfig daily = new OcspConfig(true, 86_400, 1, 60, 5, "http://r/");
    List<String> budget =
        StalenessBudget.describe(
            daily, answer(CertStatus.GOOD, NOW, Duration.ofHours(12)), null, null, null);

    assertThat(budget)
        .anyMatch(
            l -> l.startsWith("Warning: answers are valid for 12 h but query_frequency is 1 d"));
  }

  @Test
  void theBudgetCountsPollsRetriesAndTheOutageMargin() {
    List<String> budget =
        StalenessBudget.describe(
            HOURLY,
            answer(CertStatus.GOOD, NOW, Duration.ofDays(1)),
            Duration.ofMillis(1500),
            NOW,
            null);

    assertThat(budget)
        .anyMatch(
            l ->
                l.startsWith(
                    "While every poll succeeds, a client may receive a staple up to about 1 h old"));
    assertThat(budget).anyMatch(l -> l.startsWith("A failed poll costs up to 5 min of retries"));
    assertThat(budget).anyMatch(l -> l.contains("outage of up to about 23 h goes unnoticed"));
    assertThat(budget)
        .anyMatch(
            l ->
                l.startsWith(
                    "Warning: the responder took 1500 ms from here, more than the cluster waits"));
  }

  @Test
  void clocksAreComparedWithTheClusterAndTheResponder() {
    ServerDate behind = new ServerDate(NOW.minus(Duration.ofMinutes(3)), NOW);
    OcspReading ahead = answer(CertStatus.GOOD, NOW.plusSeconds(40), Duration.ofDays(1));
    List<String> budget =
        StalenessBudget.describe(HOURLY, ahead, Duration.ofMillis(20), NOW, behind);

    assertThat(budget)
        .contains(
            "Warning: the cluster's clock is 3 min behind this workstation's (HTTP Date header).");
    assertThat(budget)
        .contains(
            "The responder's clock is 40 s ahead of this workstation's (producedAt of an answer made"
                + " for this request).");
  }

  @Test
  void agesReadAsPeopleSayThem() {
    assertThat(Ages.of(Duration.ofSeconds(42))).isEqualTo("42 s");
    assertThat(Ages.of(Duration.ofMinutes(17))).isEqualTo("17 min");
    assertThat(Ages.of(Duration.ofHours(26))).isEqualTo("1 d 2 h");
    assertThat(Ages.relative(NOW.minusSeconds(3600), NOW)).isEqualTo("1 h ago");
    assertThat(Ages.relative(NOW.plusSeconds(7200), NOW)).isEqualTo("in 2 h");
    assertThat(Ages.limit(Duration.ofMillis(700))).isEqualTo("700 ms");
  }

  @Test
  void aCheckTakesMillisecondsOnlyBelowASecond() {
    assertThat(Ages.elapsed(Duration.ofMillis(740))).isEqualTo("740 ms");
    assertThat(Ages.elapsed(Duration.ofMillis(7665))).isEqualTo("7.7 s");
    assertThat(Ages.elapsed(Duration.ofMillis(65_200))).isEqualTo("1 min 5 s");
  }
}
