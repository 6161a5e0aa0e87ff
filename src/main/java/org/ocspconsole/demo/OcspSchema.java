package org.ocspconsole.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Map;
import org.ocspconsole.api.OcspField;

/**
 * The server-side check of a {@code PUT /v1/ocsp} body against the OpenAPI schema {@code
 * OcspConfig}: an object, no additional properties, {@code responder_url} read-only, the right type
 * for each field and each integer within its range.
 */
final class OcspSchema {
  /** A rejected body, with the message the answer carries. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  private OcspSchema() {}

  static Map<OcspField, Object> validate(JsonNode body) throws Invalid {
    if (body == null || !body.isObject()) {
      throw new Invalid("The request body must be a JSON object");
    }
    Map<OcspField, Object> values = new EnumMap<>(OcspField.class);
    for (Map.Entry<String, JsonNode> entry : body.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      if (key.equals("responder_url")) {
        throw new Invalid("'responder_url' is read-only");
      }
      OcspField field =
          OcspField.byKey(key)
              .orElseThrow(
                  () ->
                      new Invalid(
                          "Additional properties are not allowed ('" + key + "' was unexpected)"));
      if (!field.isInteger()) {
        if (!value.isBoolean()) {
          throw new Invalid("'" + key + "': " + value + " is not of type 'boolean'");
        }
        values.put(field, value.booleanValue());
      } else {
        if (!value.isIntegralNumber()) {
          throw new Invalid("'" + key + "': " + value + " is not of type 'integer'");
        }
        if (!value.canConvertToInt() || !field.inRange(value.intValue())) {
          // Compared as the number it is: a huge negative one is below the minimum, not "too
          // large".
          String relation =
              value.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(field.min())) < 0
                  ? "is less than the minimum of " + field.min()
                  : "is greater than the maximum of " + field.max();
          throw new Invalid("'" + key + "': " + value + " " + relation);
        }
        values.put(field, value.intValue());
      }
    }
    return values;
  }
}
