package org.ocspconsole.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ocspconsole.api.Json;
import org.ocspconsole.log.Redaction;

/**
 * The last {@link #CAPACITY} requests the demo cluster received, so that tests (and a curious user)
 * can see what a client sent, without the demo holding a secret: credentials in headers keep only
 * their scheme, and private keys, passwords and tokens in bodies are masked before anything is
 * kept. A long session or a flood of requests cannot grow it.
 */
final class RequestLog {
  static final int CAPACITY = 256;

  /** Headers that carry credentials: only the scheme word survives ("Basic ***"). */
  private static final List<String> SECRET_HEADERS =
      List.of("authorization", "proxy-authorization", "cookie", "x-auth-token");

  /** JSON field names whose values are secrets: a key, a password, a secret or a token. */
  private static final Pattern SECRET_FIELD =
      Pattern.compile("(?i)(?:.*[_-])?(?:key|pass|password|passwd|passphrase|secret|token)");

  private final Deque<RecordedRequest> requests = new ArrayDeque<>();

  synchronized void add(
      String method, String path, Map<String, List<String>> headers, byte[] body) {
    if (requests.size() == CAPACITY) {
      requests.removeFirst();
    }
    requests.addLast(new RecordedRequest(method, path, safeHeaders(headers), safeBody(body)));
  }

  synchronized List<RecordedRequest> snapshot() {
    return List.copyOf(requests);
  }

  synchronized void clear() {
    requests.clear();
  }

  static Map<String, List<String>> safeHeaders(Map<String, List<String>> headers) {
    Map<String, List<String>> safe = new LinkedHashMap<>();
    headers.forEach(
        (name, values) -> {
          if (!SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            safe.put(name, List.copyOf(values));
            return;
          }
          List<String> masked = new ArrayList<>();
          for (String value : values) {
            int space = value.indexOf(' ');
            masked.add(
                space > 0 ? value.substring(0, space) + " " + Redaction.MASK : Redaction.MASK);
          }
          safe.put(name, List.copyOf(masked));
        });
    return Map.copyOf(safe);
  }

  /**
   * The body as text, with every secret field of a JSON body masked (the rest kept as sent); a body
   * that is not JSON, or a refused (oversized) one, is not kept at all.
   */
  static String safeBody(byte[] body) {
    if (body == null) {
      return "\u00abnot kept: larger than " + RequestBodies.LIMIT + " bytes\u00bb";
    }
    JsonNode tree = Answers.tree(body);
    if (tree == null) {
      // Truncated JSON can still hold a key, and no field name tells where: keep none of it.
      return body.length == 0 ? "" : "\u00abnot kept: " + body.length + " bytes, not JSON\u00bb";
    }
    return mask(tree)
        ? new String(Json.write(tree), StandardCharsets.UTF_8)
        : new String(body, StandardCharsets.UTF_8);
  }

  /** Masks secret fields in place; answers whether anything was masked. */
  private static boolean mask(JsonNode node) {
    boolean masked = false;
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (SECRET_FIELD.matcher(field.getKey()).matches() && !field.getValue().isNull()) {
          field.setValue(TextNode.valueOf(Redaction.MASK));
          masked = true;
        } else {
          masked |= mask(field.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (JsonNode item : array) {
        masked |= mask(item);
      }
    }
    return masked;
  }
}
