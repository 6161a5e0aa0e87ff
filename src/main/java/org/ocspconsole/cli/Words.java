package org.ocspconsole.cli;

import java.time.Duration;

/** Durations and values as the terminal shows them. */
final class Words {
  private Words() {}

  /** "52 min", "3 h 5 min", "364 d": two units at most, enough for a status line. */
  static String duration(Duration duration) {
    long seconds = Math.abs(duration.getSeconds());
    long days = seconds / 86_400;
    long hours = seconds % 86_400 / 3600;
    long minutes = seconds % 3600 / 60;
    if (days > 0) {
      return days + " d" + (hours > 0 && days < 10 ? " " + hours + " h" : "");
    }
    if (hours > 0) {
      return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
    }
    if (minutes > 0) {
      return minutes + " min";
    }
    return seconds + " s";
  }
}
