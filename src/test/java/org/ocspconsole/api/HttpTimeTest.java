package org.ocspconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpTimeTest {
  private static final Instant EXPECTED = Instant.parse("2021-12-22T12:50:11Z");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Wed, 22 Dec 2021 12:50:11 GMT", // RFC 1123, what the cluster sends
        "Wednesday, 22-Dec-21 12:50:11 GMT", // RFC 850
        "Wed Dec 22 12:50:11 2021", // asctime
        "2021-12-22T12:50:11Z", // ISO-8601
        "2021-12-22T13:50:11+01:00",
        "  Wed, 22 Dec 2021 12:50:11 GMT  "
      })
  void everyHttpDateFormatIsParsed(String text) {
    HttpTime time = HttpTime.parse(text);

    assertThat(time.parsed()).isTrue();
    assertThat(time.value()).contains(EXPECTED);
    assertThat(time.raw()).isEqualTo(text);
  }

  @Test
  void aWrongWeekdayDoesNotCostTheDate() {
    // 22 Dec 2021 was a Wednesday; leniency keeps the date, the raw text keeps what was sent.
    HttpTime time = HttpTime.parse("Thu, 22 Dec 2021 12:50:11 GMT");
    assertThat(time.value()).contains(EXPECTED);
    assertThat(time.raw()).startsWith("Thu");
  }

  @Test
  void asctimePadsSingleDigitDaysWithASpace() {
    assertThat(HttpTime.parse("Thu Dec  2 12:50:11 2021").value())
        .contains(Instant.parse("2021-12-02T12:50:11Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "22/12/2021 12:50", "Thu, 32 Dec 2021 12:50:11 GMT"})
  void unparsableTextIsKeptRaw(String text) {
    HttpTime time = HttpTime.parse(text);

    assertThat(time.parsed()).isFalse();
    assertThat(time.value()).isEmpty();
    assertThat(time.raw()).isEqualTo(text);
  }

  @Test
  void ofWritesTheImfFixdateForm() {
    HttpTime time = HttpTime.of(Instant.parse("2021-12-02T12:50:11.789Z"));

    assertThat(time.raw()).isEqualTo("Thu, 02 Dec 2021 12:50:11 GMT");
    assertThat(HttpTime.parse(time.raw())).isEqualTo(time);
  }
}
