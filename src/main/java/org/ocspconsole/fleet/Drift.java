package org.ocspconsole.fleet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ocspconsole.api.FieldWords;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;

/**
 * Differences against a baseline: one cluster's writable settings, or a settings file (which may
 * name only some fields: the others are not compared).
 */
public final class Drift {
  private Drift() {}

  /** One line of a side-by-side compare; {@code field} is null for the responder URL. */
  public record Line(String label, OcspField field, String left, String right, boolean differs) {}

  /** The baseline a cluster's settings make: its writable fields that are present. */
  public static Map<OcspField, Object> baselineOf(OcspConfig config) {
    return new EnumMap<>(config.writableValues());
  }

  /** The fields whose value differs from the baseline's; fields the baseline lacks never do. */
  public static Set<OcspField> differing(Map<OcspField, ?> baseline, OcspConfig other) {
    Set<OcspField> fields = EnumSet.noneOf(OcspField.class);
    if (other == null) {
      return fields;
    }
    baseline.forEach(
        (field, value) -> {
          if (value != null && !Objects.equals(value, other.get(field))) {
            fields.add(field);
          }
        });
    return fields;
  }

  /** Field by field, both clusters' values in human units, the responder URL last. */
  public static List<Line> sideBySide(OcspConfig left, OcspConfig right) {
    List<Line> lines = new ArrayList<>();
    for (OcspField field : OcspField.values()) {
      Object a = left == null ? null : left.get(field);
      Object b = right == null ? null : right.get(field);
      lines.add(
          new Line(
              FieldWords.label(field),
              field,
              FieldWords.value(field, a),
              FieldWords.value(field, b),
              !Objects.equals(a, b)));
    }
    String a = left == null ? null : left.responderUrl();
    String b = right == null ? null : right.responderUrl();
    lines.add(new Line("Responder URL", null, url(a), url(b), !Objects.equals(blank(a), blank(b))));
    return lines;
  }

  private static String url(String value) {
    return value == null ? "—" : value.isBlank() ? "(none)" : value;
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }
}
