package org.ocspconsole.fleet;

import org.ocspconsole.api.OcspField;

/** Setting values as the Cluster Manager UI shows them: seconds in human units, on/off. */
public final class Units {
  private Units() {}

  /** {@code 3600} → "1 h", {@code 200} → "3 min 20 s". */
  public static String human(long seconds) {
    if (seconds == 0) {
      return "0 s";
    }
    StringBuilder out = new StringBuilder();
    append(out, seconds / 86_400, "d");
    append(out, seconds % 86_400 / 3600, "h");
    append(out, seconds % 3600 / 60, "min");
    append(out, seconds % 60, "s");
    return out.toString();
  }

  /** The field's name as the OCSP form labels it. */
  public static String label(OcspField field) {
    return switch (field) {
      case OCSP_FUNCTIONALITY -> "OCSP";
      case QUERY_FREQUENCY -> "Query frequency";
      case RESPONSE_TIMEOUT -> "Response timeout";
      case RECOVERY_FREQUENCY -> "Recovery frequency";
      case RECOVERY_MAX_TRIES -> "Recovery max tries";
    };
  }

  /** One field's value for a table cell; "—" when the cluster did not report it. */
  public static String value(OcspField field, Object value) {
    if (value == null) {
      return "—";
    }
    if (field == OcspField.OCSP_FUNCTIONALITY) {
      return Boolean.TRUE.equals(value) ? "on" : "off";
    }
    if (field.isSeconds()) {
      return human(((Number) value).longValue());
    }
    return String.valueOf(value);
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
