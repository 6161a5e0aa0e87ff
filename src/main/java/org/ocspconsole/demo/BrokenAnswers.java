package org.ocspconsole.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.ocspconsole.api.Json;
import org.ocspconsole.api.OcspConfig;

/** The answers of {@link BrokenAnswer}: what a cluster should never send. */
final class BrokenAnswers {
  private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

  /** A request the server never answers is held at most this long (the client gives up first). */
  private static final long NO_ANSWER_LIMIT_MS = 10 * 60 * 1000;

  private BrokenAnswers() {}

  static void answer(
      com.sun.net.httpserver.HttpExchange exchange, DemoSwitches switches, OcspConfig config)
      throws IOException {
    switch (switches.brokenAnswer()) {
      case NONE -> throw new IllegalStateException("nothing broken");
      case NO_ANSWER -> hold(switches, BrokenAnswer.NO_ANSWER);
      case STALLED_BODY -> stall(exchange, Json.write(config), switches);
      case CUT_OFF_BODY -> cutOff(exchange, Json.write(config));
      case HTML_PAGE_200 ->
          send(
              exchange,
              200,
              "text/html",
              "<!DOCTYPE html><html><head><title>Welcome to the portal</title></head>"
                  + "<body><p>Please sign in to continue.</p></body></html>");
      case MALFORMED_JSON ->
          send(exchange, 200, "application/json", "{\"ocsp_functionality\": tru, \"query_");
      case STRING_FOR_NUMBER -> withQueryFrequency(exchange, config, "\"abc\"");
      case NULL_FOR_NUMBER -> withQueryFrequency(exchange, config, "null");
      case HUGE_NUMBER -> withQueryFrequency(exchange, config, "1e99");
      case NESTED_OBJECT ->
          withQueryFrequency(exchange, config, "{\"seconds\": {\"value\": 3600}}");
      case TEN_MEGABYTES -> tenMegabytes(exchange);
      case REDIRECT -> {
        exchange.getResponseHeaders().set("Location", switches.redirectTarget().toString());
        send(exchange, 307, "text/plain", "Moved to " + switches.redirectTarget());
      }
      case SERVER_ERROR_JSON ->
          send(
              exchange,
              500,
              "application/json",
              "{\"error_code\":\"internal_error\",\"description\":\"An internal error occurred\","
                  + "\"status_code\":500}");
      case SERVER_ERROR_EMPTY -> send(exchange, 500, "application/json", "");
      case PROXY_502 -> proxyPage(exchange, 502, "Bad Gateway");
      case PROXY_503 -> proxyPage(exchange, 503, "Service Temporarily Unavailable");
    }
  }

  /** Says nothing more until the switch changes or the server stops. */
  private static void hold(DemoSwitches switches, BrokenAnswer holding) {
    long until = System.currentTimeMillis() + NO_ANSWER_LIMIT_MS;
    while (switches.brokenAnswer() == holding && System.currentTimeMillis() < until) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Announces the whole body's length, sends half of it, and closes the connection. */
  private static void cutOff(com.sun.net.httpserver.HttpExchange exchange, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    OutputStream out = exchange.getResponseBody();
    out.write(body, 0, body.length / 2);
    out.flush();
    // A handler that fails makes the server close the connection, mid-body.
    throw new IOException("the demo cuts this answer off on purpose");
  }

  /** Announces the whole body, sends half, then goes silent with the connection open. */
  private static void stall(
      com.sun.net.httpserver.HttpExchange exchange, byte[] body, DemoSwitches switches)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    OutputStream out = exchange.getResponseBody();
    out.write(body, 0, body.length / 2);
    out.flush();
    hold(switches, BrokenAnswer.STALLED_BODY);
    throw new IOException("the demo never finishes this answer");
  }

  private static void withQueryFrequency(
      com.sun.net.httpserver.HttpExchange exchange, OcspConfig config, String literal)
      throws IOException {
    ObjectNode node = (ObjectNode) Json.MAPPER.valueToTree(config);
    JsonNode value = Json.tree(literal.getBytes(StandardCharsets.UTF_8));
    node.set("query_frequency", value);
    send(exchange, 200, "application/json", node.toString());
  }

  private static void tenMegabytes(com.sun.net.httpserver.HttpExchange exchange)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, TEN_MEGABYTES);
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) ' ');
    try (OutputStream out = exchange.getResponseBody()) {
      for (int sent = 0; sent < TEN_MEGABYTES; sent += chunk.length) {
        out.write(chunk);
      }
    } catch (IOException e) {
      // The client stops reading at its limit and hangs up.
    }
  }

  private static void proxyPage(
      com.sun.net.httpserver.HttpExchange exchange, int status, String why) throws IOException {
    send(
        exchange,
        status,
        "text/html",
        "<!DOCTYPE html><html><head><title>"
            + status
            + " "
            + why
            + "</title></head><body><h1>"
            + status
            + " "
            + why
            + "</h1><hr><p>nginx</p></body></html>");
  }

  private static void send(
      com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
