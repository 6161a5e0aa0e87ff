package org.ocspconsole.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ocspconsole.api.IntegerInput;
import org.ocspconsole.api.OcspField;

/** Values typed on the command line, checked by the same rules as the window's form. */
final class Values {
  private Values() {}

  /** The value, or an exception whose message says what is wrong, as under the form's field. */
  static Object parse(OcspField field, String text) {
    if (field.isInteger()) {
      Optional<String> problem = IntegerInput.problem(field, text);
      if (problem.isPresent()) {
        throw new IllegalArgumentException(Tables.label(field) + ": " + problem.get());
      }
      return IntegerInput.parse(text).orElseThrow();
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "on", "true", "yes", "enable", "enabled" -> Boolean.TRUE;
      case "off", "false", "no", "disable", "disabled" -> Boolean.FALSE;
      default ->
          throw new IllegalArgumentException(
              Tables.label(field) + ": \u201c" + text + "\u201d is neither on nor off.");
    };
  }

  /** The field for "query_frequency", "query-frequency" or "ocsp". */
  static OcspField field(String key) {
    String normal = key.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    if (normal.equals("ocsp")) {
      return OcspField.OCSP_FUNCTIONALITY;
    }
    return OcspField.byKey(normal)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "\u201c"
                        + key
                        + "\u201d is not a setting; the settings are "
                        + String.join(
                            ", ", List.of(OcspField.values()).stream().map(OcspField::key).toList())
                        + "."));
  }

  /** "query_frequency=3600" pairs, as {@code --expect} takes them. */
  static Map<OcspField, Object> pairs(List<String> pairs) {
    Map<OcspField, Object> values = new EnumMap<>(OcspField.class);
    for (String pair : pairs) {
      int equals = pair.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException(
            "--expect takes FIELD=VALUE, e.g. query_frequency=3600; got \u201c" + pair + "\u201d.");
      }
      OcspField field = field(pair.substring(0, equals));
      values.put(field, parse(field, pair.substring(equals + 1)));
    }
    return values;
  }
}
