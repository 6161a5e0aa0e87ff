package org.ocspconsole.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of OCSP settings in exactly the shape of a {@code PUT /v1/ocsp} body: the writable fields
 * only, never {@code responder_url}. Reading also takes the Redis Enterprise operator's YAML
 * ({@code spec.ocspConfiguration}, as the console exports it, or a whole cluster resource), so a
 * snippet written for Kubernetes can come back. Reading is strict and says what is wrong with each
 * field, so nothing the cluster would refuse is ever sent; the window, the fleet and the command
 * line share it.
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

  /** Said wherever a window reads a file that names {@code responder_url}. */
  public static final String RESPONDER_URL_IGNORED =
      "responder_url is read-only (it comes from the proxy certificate) and was ignored.";

  /**
   * The settings read, and what could not be used; only a file without problems is applied.
   *
   * @param responderUrlIgnored whether the file named {@code responder_url} and {@link
   *     #ignoringResponderUrl()} set it aside
   */
  public record Read(OcspUpdate update, List<Problem> problems, boolean responderUrlIgnored) {
    public Read {
      problems = List.copyOf(problems);
    }

    public Read(OcspUpdate update, List<Problem> problems) {
      this(update, problems, false);
    }

    public boolean ok() {
      return problems.isEmpty();
    }

    /**
     * The same read with {@code responder_url} set aside instead of refused: for a window, where
     * the values become edits to review and nothing is sent by reading (a saved {@code GET
     * /v1/ocsp} answer carries it). The command line, which sends what it reads, keeps refusing.
     */
    public Read ignoringResponderUrl() {
      List<Problem> others = problems.stream().filter(p -> !RESPONDER_URL.equals(p.key())).toList();
      return new Read(update, others, responderUrlIgnored || others.size() < problems.size());
    }
  }

  private static final String RESPONDER_URL = "responder_url";

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

  /**
   * The file's text: {@link #write(OcspConfig)} and a final line break, as every writer saves it.
   */
  public static String text(OcspConfig config) {
    return new String(write(config), StandardCharsets.UTF_8) + "\n";
  }

  /**
   * Reads a file, never more than {@link #MAX_BYTES} and one: a larger file is refused unread. Call
   * it off the FX thread.
   */
  public static Read read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in.readNBytes(MAX_BYTES + 1));
    }
  }

  /** Why a settings file could not be read or written, in words: "it does not exist". */
  public static String trouble(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "It does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  public static Read read(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return failed("It is larger than " + MAX_BYTES / 1024 + " KiB: not a settings file.");
    }
    if (!startsLikeJson(bytes)) {
      // Only such a file loads the YAML parser: the JSON a console writes never does.
      return OperatorYaml.read(bytes);
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
    return settings(root, false);
  }

  /**
   * Checks each key of {@code settings}, named as in the REST API or, for {@code operator}, as in
   * the operator's {@code spec.ocspConfiguration}; a problem names the key as the file spells it.
   */
  static Read settings(JsonNode settings, boolean operator) {
    Map<OcspField, Object> values = new EnumMap<>(OcspField.class);
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : settings.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      if (!operator && key.equals(RESPONDER_URL)) {
        problems.add(
            new Problem(
                key,
                "read-only: it comes from the proxy certificate and is never sent. Remove it."));
        continue;
      }
      OcspField field =
          (operator ? OcspField.byOperatorKey(key) : OcspField.byKey(key)).orElse(null);
      if (field == null) {
        problems.add(
            new Problem(
                key,
                operator
                    ? "not a field of spec.ocspConfiguration; the fields are "
                        + String.join(", ", keys(true))
                        + "."
                    : "not a setting of /v1/ocsp (the cluster would refuse it); the settings are "
                        + String.join(", ", keys(false))
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

  static Read failed(String message) {
    return new Read(OcspUpdate.of(Map.of()), List.of(new Problem(null, message)));
  }

  /** JSON starts with an object or array (after white space and a byte-order mark); YAML not. */
  private static boolean startsLikeJson(byte[] bytes) {
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c == '{' || c == '[') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != 0xef && c != 0xbb && c != 0xbf) {
        return false;
      }
    }
    return true;
  }

  private static List<String> keys(boolean operator) {
    List<String> keys = new ArrayList<>();
    for (OcspField field : OcspField.values()) {
      keys.add(operator ? field.operatorKey() : field.key());
    }
    return keys;
  }
}
