package org.ocspconsole.stapling;

import java.time.Duration;

/** Durations and ages in the two largest units that matter: "26 h", "17 min", "3 d 4 h". */
public final class Ages {
  private Ages() {}

  public static String of(Duration duration) {
    long seconds = Math.abs(duration.getSeconds());
    if (seconds < 60) {
      return seconds + " s";
    }
    long days = seconds / 86_400;
    long hours = seconds % 86_400 / 3600;
    long minutes = seconds % 3600 / 60;
    if (days > 0) {
      return days + " d" + (hours > 0 ? " " + hours + " h" : "");
    }
    if (hours > 0) {
      return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
    }
    return minutes + " min" + (seconds % 60 > 0 && minutes < 10 ? " " + seconds % 60 + " s" : "");
  }

  /** "17 min ago" or "in 3 h", from {@code now}'s point of view. */
  public static String relative(java.time.Instant time, java.time.Instant now) {
    Duration between = Duration.between(now, time);
    return between.isNegative() ? of(between) + " ago" : "in " + of(between);
  }

  /** A timeout as set: "700 ms" below a second, else as {@link #of}. */
  public static String limit(Duration duration) {
    return duration.compareTo(Duration.ofSeconds(1)) < 0 ? millis(duration) : of(duration);
  }

  /**
   * How long something took, as a person reads it: "740 ms", "7.7 s", "1 min 5 s". A reader parses
   * "7665 ms" slower than "7.7 s", and nobody needs the milliseconds of a long check.
   */
  public static String elapsed(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 10_000) {
      return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    return of(Duration.ofSeconds(Math.round(millis / 1000.0)));
  }

  public static String millis(Duration duration) {
    return duration.toMillis() + " ms";
  }
}
