package org.ocspconsole.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of OCSP settings in exactly the shape of a {@code PUT /v1/ocsp} body: the writable fields
 * only, never {@code responder_url}. Reading is strict and says what is wrong with each field, so
 * nothing the cluster would refuse is ever sent; the window, the fleet and the command line share
 * it.
 */
public final class OcspSettingsFile {
  /** Far more than five settings need; a larger file is not a settings file. */
  public static final int MAX_BYTES = 64 * 1024;

  /** What is wrong with one key ({@code null} for the file as a whole). */
  public record Problem(String key, String message) {
    @Override
    public String toString() {
      return key == null ? message : key + ": " + message;
    }
  }

  /** The settings read, and what could not be used; only a file without problems is applied. */
  public record Read(OcspUpdate update, List<Problem> problems) {
    public Read {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private OcspSettingsFile() {}

  /** The writable fields the cluster reported, in the contract's order, as indented JSON. */
  public static byte[] write(OcspConfig config) {
    Map<String, Object> body = new LinkedHashMap<>();
    config.writableValues().forEach((field, value) -> body.put(field.key(), value));
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("settings are always serialisable", e);
    }
  }

  public static Read read(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return failed("It is larger than " + MAX_BYTES / 1024 + " KiB: not a settings file.");
    }
    JsonNode root;
    try {
      root = Json.tree(bytes);
    } catch (IOException e) {
      return failed("It is not JSON.");
    }
    if (root == null || !root.isObject()) {
      return failed(
          "It must be a JSON object of settings, e.g. {\"query_frequency\": 3600}, as exported.");
    }
    Map<OcspField, Object> values = new EnumMap<>(OcspField.class);
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      if (key.equals("responder_url")) {
        problems.add(
            new Problem(
                key,
                "read-only: it comes from the proxy certificate and is never sent. Remove it."));
        continue;
      }
      OcspField field = OcspField.byKey(key).orElse(null);
      if (field == null) {
        problems.add(
            new Problem(
                key,
                "not a setting of /v1/ocsp (the cluster would refuse it); the settings are "
                    + String.join(", ", keys())
                    + "."));
        continue;
      }
      if (field.isInteger()) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
          problems.add(
              new Problem(
                  key, "must be a whole number from " + field.min() + " to " + field.max() + "."));
        } else if (!field.inRange(value.intValue())) {
          problems.add(
              new Problem(
                  key,
                  value.intValue()
                      + " is out of range: a whole number from "
                      + field.min()
                      + " to "
                      + field.max()
                      + "."));
        } else {
          values.put(field, value.intValue());
        }
      } else if (!value.isBoolean()) {
        problems.add(new Problem(key, "must be true or false."));
      } else {
        values.put(field, value.booleanValue());
      }
    }
    return new Read(OcspUpdate.of(values), problems);
  }

  private static Read failed(String message) {
    return new Read(OcspUpdate.of(Map.of()), List.of(new Problem(null, message)));
  }

  private static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (OcspField field : OcspField.values()) {
      keys.add(field.key());
    }
    return keys;
  }
}
