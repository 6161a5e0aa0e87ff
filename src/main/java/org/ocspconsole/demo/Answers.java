package org.ocspconsole.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ocspconsole.api.Json;

/** Writing the demo cluster's answers, and the small waits a real cluster takes. */
final class Answers {
  private Answers() {}

  /** An error body in the style the switches ask for (reference pages or OpenAPI file). */
  static void error(
      HttpExchange exchange, DemoSwitches switches, int status, String code, String text)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error_code", code);
    if (switches.messageStyleErrors()) {
      body.put("message", text);
    } else {
      body.put("description", text);
      body.put("status_code", status);
    }
    json(exchange, status, body);
  }

  static void json(HttpExchange exchange, int status, Object value) throws IOException {
    send(exchange, status, "application/json", Json.write(value));
  }

  static void send(HttpExchange exchange, int status, String type, byte[] bytes)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  static void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static JsonNode tree(byte[] body) {
    try {
      return body.length == 0 ? null : Json.tree(body);
    } catch (IOException e) {
      return null;
    }
  }
}
