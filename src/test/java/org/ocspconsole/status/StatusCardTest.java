package org.ocspconsole.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.HttpTime;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.status.StatusCard.Badge;

/** How each status object reads on the panel: states, times, missing and unparsable values. */
class StatusCardTest {
  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static HttpTime at(Duration fromNow) {
    return HttpTime.of(NOW.plus(fromNow));
  }

  private static StatusCard card(OcspStatus status) {
    return StatusCard.of(status, null, NOW, BERLIN);
  }

  private static OcspStatus status(String state, HttpTime next, HttpTime revoked) {
    return new OcspStatus(
        state,
        "http://ocsp.example.com/",
        at(Duration.ofMinutes(-20)),
        at(Duration.ofMinutes(-21)),
        next,
        revoked);
  }

  @Test
  void goodShowsItsWordIconAndLocalTimesWithRelativeReadings() {
    StatusCard card = card(status("GOOD", at(Duration.ofMinutes(42)), null));
    assertThat(card.badge()).isEqualTo(Badge.GOOD);
    assertThat(card.badge().word()).isEqualTo("Good");
    assertThat(card.badge().icon()).isNotBlank();
    assertThat(card.responder()).isEqualTo("http://ocsp.example.com/");
    assertThat(card.times())
        .extracting(TimeReading::label)
        .containsExactly("Produced at", "This update", "Next update");
    TimeReading produced = card.times().get(0);
    assertThat(produced.text()).isEqualTo("10 Mar 2026, 12:40:00 CET");
    assertThat(produced.relative()).isEqualTo("20 min ago");
    assertThat(produced.tooltip()).isEqualTo("Sent by the cluster: Tue, 10 Mar 2026 11:40:00 GMT");
    assertThat(card.times().get(2).relative()).isEqualTo("in 42 min");
    assertThat(card.stale()).isFalse();
    assertThat(card.note()).contains("cached answer");
  }

  @Test
  void revokedShowsTheRevocationTime() {
    StatusCard card = card(status("REVOKED", null, at(Duration.ofHours(-3))));
    assertThat(card.badge()).isEqualTo(Badge.REVOKED);
    TimeReading revoked = card.times().get(3);
    assertThat(revoked.label()).isEqualTo("Revoked at");
    assertThat(revoked.relative()).isEqualTo("3 h ago");
  }

  @Test
  void revokedWithoutATimeSaysNotGiven() {
    StatusCard card = card(status("revoked", null, null));
    assertThat(card.badge()).isEqualTo(Badge.REVOKED);
    assertThat(card.times().get(3).text()).isEqualTo("not given");
    assertThat(card.times().get(3).missing()).isTrue();
  }

  @Test
  void unknownAndUnrecognisedStatesAreNamed() {
    assertThat(card(status("UNKNOWN", null, null)).badge()).isEqualTo(Badge.UNKNOWN);
    StatusCard odd = card(status("PENDING", null, null));
    assertThat(odd.badge()).isEqualTo(Badge.OTHER);
    assertThat(odd.raw()).isEqualTo("PENDING");
    assertThat(card(new OcspStatus(null, null, null, null, null, null)).badge())
        .isEqualTo(Badge.NONE);
  }

  @Test
  void missingValuesReadNotGiven() {
    StatusCard card = card(new OcspStatus("GOOD", null, null, null, null, null));
    assertThat(card.responder()).isEqualTo("not given");
    assertThat(card.times())
        .allSatisfy(
            t -> {
              assertThat(t.text()).isEqualTo("not given");
              assertThat(t.missing()).isTrue();
            });
    assertThat(card.stale()).isFalse();
  }

  @Test
  void anUnparsableDateIsShownAsSentAndMarked() {
    StatusCard card = card(status("GOOD", HttpTime.parse("tomorrow-ish"), null));
    TimeReading next = card.times().get(2);
    assertThat(next.text()).isEqualTo("tomorrow-ish");
    assertThat(next.unparsable()).isTrue();
    assertThat(next.relative()).contains("not a date");
    assertThat(next.tooltip()).contains("tomorrow-ish");
    assertThat(card.stale()).isFalse();
  }

  @Test
  void aNextUpdateInThePastIsStale() {
    StatusCard card = card(status("GOOD", at(Duration.ofHours(-6)), null));
    assertThat(card.stale()).isTrue();
    assertThat(card.times().get(2).stale()).isTrue();
    assertThat(card.staleText()).contains("6 h ago");
  }

  @Test
  void aQueryJustMadeSaysSo() {
    StatusCard card = StatusCard.of(status("GOOD", null, null), NOW, NOW, BERLIN);
    assertThat(card.note()).contains("Just queried the responder");
  }

  @Test
  void relativeTimesUseTheLargestWholeUnit() {
    assertThat(RelativeTime.describe(NOW.plusSeconds(10), NOW)).isEqualTo("just now");
    assertThat(RelativeTime.describe(NOW.plus(Duration.ofMinutes(42)), NOW)).isEqualTo("in 42 min");
    assertThat(RelativeTime.describe(NOW.minus(Duration.ofHours(3)), NOW)).isEqualTo("3 h ago");
    assertThat(RelativeTime.describe(NOW.plus(Duration.ofDays(5)), NOW)).isEqualTo("in 5 d");
  }
}
