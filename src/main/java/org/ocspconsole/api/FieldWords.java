package org.ocspconsole.api;

/**
 * The fields' names and values in the short words of tables and reviews (the fleet, the command
 * line): "Query frequency", "1 h", "on". The form has its own labels with mnemonics and ranges;
 * seconds read in human units through {@link Durations} everywhere.
 */
public final class FieldWords {
  private FieldWords() {}

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
      return Durations.human(((Number) value).longValue());
    }
    return String.valueOf(value);
  }
}
