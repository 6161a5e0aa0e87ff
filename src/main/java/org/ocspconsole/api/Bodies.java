package org.ocspconsole.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reading answer bodies that may not be what the contract promises: JSON or not, HTML, huge. */
final class Bodies {
  private static final int EXCERPT_LENGTH = 160;

  private Bodies() {}

  static JsonNode parseObject(byte[] body) {
    JsonNode node = parseAny(body);
    return node != null && node.isObject() ? node : null;
  }

  static JsonNode parseAny(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return Json.tree(body);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static String textOrNull(JsonNode node) {
    return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  static boolean looksLikeHtml(byte[] body) {
    String start =
        new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8)
            .trim()
            .toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html")
        || start.startsWith("<html")
        || start.contains("<body");
  }

  /**
   * The start of a body as readable text: an HTML page's title when it has one (proxies put the
   * whole story there, "502 Bad Gateway"), otherwise the text with tags and white space removed.
   */
  static String excerpt(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
    java.util.regex.Matcher title =
        java.util.regex.Pattern.compile("(?is)<title[^>]*>(.*?)</title>").matcher(text);
    if (title.find() && !title.group(1).isBlank()) {
      text = title.group(1);
    }
    String plain =
        text.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
            .replaceAll("<[^>]*>", " ")
            .replaceAll("\\p{Cntrl}", " ")
            .replaceAll("\\s+", " ")
            .trim();
    return plain.length() <= EXCERPT_LENGTH
        ? plain
        : plain.substring(0, EXCERPT_LENGTH - 1) + "\u2026";
  }
}
