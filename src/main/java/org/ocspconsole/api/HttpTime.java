package org.ocspconsole.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A time as the status object sends it: an HTTP date ({@code Wed, 22 Dec 2021 12:50:11 GMT}).
 * Parsed leniently (RFC 1123, RFC 850, asctime, ISO-8601); the raw text is always kept, so a value
 * that does not parse can still be shown as the server sent it.
 */
public record HttpTime(@JsonValue String raw, Instant instant) {
  private static final DateTimeFormatter RFC_850 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("EEEE, dd-MMM-")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
          .appendPattern(" HH:mm:ss zzz")
          .toFormatter(Locale.US);
  private static final DateTimeFormatter ASCTIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .parseLenient()
          .appendPattern("EEE MMM d HH:mm:ss yyyy")
          .toFormatter(Locale.US);
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d MMM yyyy HH:mm:ss z")
          .toFormatter(Locale.US);
  private static final List<DateTimeFormatter> ZONED =
      List.of(DateTimeFormatter.RFC_1123_DATE_TIME, RFC_850);

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static HttpTime parse(String raw) {
    return new HttpTime(raw, toInstant(raw.trim()));
  }

  /** The IMF-fixdate form servers send: {@code Wed, 02 Dec 2021 12:50:11 GMT}. */
  public static HttpTime of(Instant instant) {
    Instant seconds = instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    return new HttpTime(IMF_FIXDATE.format(seconds.atOffset(ZoneOffset.UTC)), seconds);
  }

  public Optional<Instant> value() {
    return Optional.ofNullable(instant);
  }

  public boolean parsed() {
    return instant != null;
  }

  private static Instant toInstant(String text) {
    // A wrong weekday ("Thu, 22 Dec 2021") should not cost the date: parse without it.
    String withoutWeekday =
        text.replaceFirst("^[A-Za-z]{3},\\s*(?=\\d{1,2} [A-Za-z]{3} \\d{4})", "");
    if (!withoutWeekday.equals(text)) {
      try {
        return ZonedDateTime.parse(withoutWeekday, DAY_MONTH_YEAR).toInstant();
      } catch (DateTimeParseException e) {
        // fall through to the other forms
      }
    }
    for (DateTimeFormatter format : ZONED) {
      try {
        return ZonedDateTime.parse(text, format).toInstant();
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    try {
      return LocalDateTime.parse(text.replaceAll("\\s+", " "), ASCTIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try ISO-8601
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
