package org.ocspconsole.cli;

import java.util.ArrayList;
import java.util.List;
import org.ocspconsole.api.Durations;
import org.ocspconsole.api.HttpTime;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus;

/** Settings and status as two aligned columns, the way the window labels them. */
final class Tables {
  private Tables() {}

  static String label(OcspField field) {
    return switch (field) {
      case OCSP_FUNCTIONALITY -> "OCSP stapling";
      case QUERY_FREQUENCY -> "Query frequency";
      case RESPONSE_TIMEOUT -> "Response timeout";
      case RECOVERY_FREQUENCY -> "Recovery frequency";
      case RECOVERY_MAX_TRIES -> "Recovery max tries";
    };
  }

  static String value(OcspField field, Object value) {
    if (value == null) {
      return "(not reported)";
    }
    if (value instanceof Boolean on) {
      return on ? "on" : "off";
    }
    int number = (Integer) value;
    if (!field.isSeconds()) {
      return String.valueOf(number);
    }
    String human = Durations.human(number);
    return human.equals(number + " s") ? human : number + " s (" + human + ")";
  }

  static String settings(OcspConfig config) {
    List<String[]> rows = new ArrayList<>();
    for (OcspField field : OcspField.values()) {
      rows.add(new String[] {label(field), value(field, config.get(field))});
    }
    rows.add(
        new String[] {
          "Responder URL",
          config.hasResponderUrl()
              ? config.responderUrl()
              : "(none: the proxy certificate names no OCSP URL, so OCSP cannot be enabled)"
        });
    return columns(rows);
  }

  static String status(OcspStatus status) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Certificate status", orNone(status.certStatus())});
    rows.add(new String[] {"Responder", orNone(status.responderUrl())});
    rows.add(new String[] {"Produced at", time(status.producedAt())});
    rows.add(new String[] {"This update", time(status.thisUpdate())});
    rows.add(new String[] {"Next update", time(status.nextUpdate())});
    if (status.revocationTime() != null) {
      rows.add(new String[] {"Revoked at", time(status.revocationTime())});
    }
    return columns(rows);
  }

  static String columns(List<String[]> rows) {
    int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      out.append(String.format("%-" + (width + 2) + "s%s%n", row[0], row[1]));
    }
    return out.toString();
  }

  private static String time(HttpTime time) {
    return time == null ? "(not given)" : time.raw();
  }

  private static String orNone(String text) {
    return text == null || text.isEmpty() ? "(not given)" : text;
  }
}
