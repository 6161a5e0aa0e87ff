package org.ocspconsole.api;

/** Seconds in the human units the Cluster Manager UI uses: "1 h", "1 h 3 min 20 s". */
public final class Durations {
  private Durations() {}

  public static String human(long seconds) {
    if (seconds == 0) {
      return "0 s";
    }
    StringBuilder out = new StringBuilder();
    long days = seconds / 86_400;
    long hours = seconds % 86_400 / 3600;
    long minutes = seconds % 3600 / 60;
    long rest = seconds % 60;
    append(out, days, "d");
    append(out, hours, "h");
    append(out, minutes, "min");
    append(out, rest, "s");
    return out.toString();
  }

  private static void append(StringBuilder out, long value, String unit) {
    if (value > 0) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(value).append(' ').append(unit);
    }
  }
}
