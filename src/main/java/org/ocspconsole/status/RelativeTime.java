package org.ocspconsole.status;

import java.time.Duration;
import java.time.Instant;

/** "in 42 min", "3 h ago": how far a time is from now, in the largest whole unit that fits. */
public final class RelativeTime {
  private RelativeTime() {}

  public static String describe(Instant time, Instant now) {
    Duration distance = Duration.between(now, time);
    boolean future = !distance.isNegative();
    long seconds = Math.abs(distance.getSeconds());
    if (seconds < 45) {
      return "just now";
    }
    String amount;
    if (seconds < 3600) {
      amount = Math.max(1, Math.round(seconds / 60.0)) + " min";
    } else if (seconds < 48 * 3600) {
      amount = seconds / 3600 + " h";
    } else {
      amount = seconds / 86400 + " d";
    }
    return future ? "in " + amount : amount + " ago";
  }
}
