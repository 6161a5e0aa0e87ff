package org.ocspconsole.config;

import java.text.NumberFormat;
import java.util.Locale;
import org.ocspconsole.api.Durations;
import org.ocspconsole.api.OcspField;

/** What each field is called on screen, and how its range and default read. */
final class FieldLabels {
  private FieldLabels() {}

  static String label(OcspField field) {
    return switch (field) {
      case OCSP_FUNCTIONALITY -> "OCSP _stapling";
      case QUERY_FREQUENCY -> "_Query frequency";
      case RESPONSE_TIMEOUT -> "Response _timeout";
      case RECOVERY_FREQUENCY -> "Reco_very frequency";
      case RECOVERY_MAX_TRIES -> "Recovery _max tries";
    };
  }

  static String plain(OcspField field) {
    return label(field).replace("_", "");
  }

  static String explanation(OcspField field) {
    return switch (field) {
      case OCSP_FUNCTIONALITY ->
          "Staple the proxy certificate's OCSP status to TLS handshakes on database endpoints.";
      case QUERY_FREQUENCY -> "Time between regular polls of the OCSP responder.";
      case RESPONSE_TIMEOUT -> "How long one poll waits for the responder.";
      case RECOVERY_FREQUENCY ->
          "Time between polls while the cached status is invalid, after a failed poll.";
      case RECOVERY_MAX_TRIES -> "Recovery polls before giving up.";
    };
  }

  /** "60–86,400 s": the documented range alone. */
  static String span(OcspField field) {
    NumberFormat format = NumberFormat.getIntegerInstance(Locale.ROOT);
    return format.format(field.min())
        + "\u2013"
        + format.format(field.max())
        + (field.isSeconds() ? " s" : "");
  }

  static String range(OcspField field) {
    NumberFormat format = NumberFormat.getIntegerInstance(Locale.ROOT);
    String unit = field.isSeconds() ? " s" : "";
    int defaultValue = (Integer) field.defaultValue();
    String reading = field.isSeconds() ? " (" + Durations.human(defaultValue) + ")" : "";
    return format.format(field.min())
        + "\u2013"
        + format.format(field.max())
        + unit
        + " \u00b7 default "
        + format.format(defaultValue)
        + unit
        + reading;
  }

  static String value(OcspField field, Object value) {
    if (value == null) {
      return "not set";
    }
    if (value instanceof Boolean on) {
      return on ? "on" : "off";
    }
    return field.isSeconds() && (Integer) value > 0
        ? value + " s (" + Durations.human((Integer) value) + ")"
        : field.isSeconds() ? value + " s" : String.valueOf(value);
  }

  /** "A", "A and B", "A, B and C". */
  static String and(java.util.List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** "Query frequency (now 120 s (2 min))" for each field, joined. */
  static String values(java.util.List<OcspField> fields, org.ocspconsole.api.OcspConfig config) {
    return fields.stream()
        .map(f -> plain(f) + " (now " + value(f, config.get(f)) + ")")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** The fields changed by others, or a general word when none is known. */
  static String list(
      org.ocspconsole.api.OcspConfig current, org.ocspconsole.api.OcspConfig loaded) {
    java.util.List<OcspField> changed = new java.util.ArrayList<>();
    for (OcspField field : OcspField.values()) {
      if (!java.util.Objects.equals(current.get(field), loaded.get(field))) {
        changed.add(field);
      }
    }
    return changed.isEmpty() ? "the settings" : values(changed, current);
  }
}
