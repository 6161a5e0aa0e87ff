package org.ocspconsole.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ocspconsole.api.HttpTime;

/**
 * One time of the status object as the panel shows it: local time and a relative reading, the
 * server's raw text for the tooltip, "not given" when missing, the raw text when it does not parse.
 *
 * @param text the local time, "not given", or the raw text of an unparsable value
 * @param relative "in 42 min", "3 h ago", or a word on why there is none
 * @param tooltip what the server sent, verbatim
 * @param stale whether this is a next_update that has already passed
 */
public record TimeReading(
    String label,
    String text,
    String relative,
    String tooltip,
    boolean missing,
    boolean unparsable,
    boolean stale) {
  public static final String NOT_GIVEN = "not given";

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss z", Locale.ENGLISH);

  static TimeReading of(String label, HttpTime time, boolean nextUpdate, Instant now, ZoneId zone) {
    if (time == null || time.raw() == null || time.raw().isBlank()) {
      return new TimeReading(
          label, NOT_GIVEN, "", "The cluster did not send this value.", true, false, false);
    }
    String tooltip = "Sent by the cluster: " + time.raw();
    if (!time.parsed()) {
      return new TimeReading(
          label, time.raw(), "not a date the console can read", tooltip, false, true, false);
    }
    Instant instant = time.instant();
    boolean stale = nextUpdate && instant.isBefore(now);
    return new TimeReading(
        label,
        LOCAL.format(instant.atZone(zone)),
        RelativeTime.describe(instant, now),
        tooltip,
        false,
        false,
        stale);
  }
}
