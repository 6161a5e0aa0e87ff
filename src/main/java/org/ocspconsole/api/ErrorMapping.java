package org.ocspconsole.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.ocspconsole.api.ApiError.Kind;

/**
 * The one place where HTTP statuses, {@code error_code}s and transport exceptions become {@link
 * ApiError}s. Callers above the API layer only ever see typed errors.
 */
final class ErrorMapping {
  private static final int EXCERPT_LENGTH = 160;

  private ErrorMapping() {}

  /** An answer with a status other than 2xx. */
  static ApiError fromResponse(Call call, int status, byte[] body, String location) {
    String code = null;
    String text = null;
    String excerpt = null;
    JsonNode json = parseObject(body);
    if (json != null) {
      code = textOrNull(json.get("error_code"));
      text = textOrNull(json.get("message"));
      if (text == null) {
        text = textOrNull(json.get("description"));
      }
    } else if (body.length > 0) {
      excerpt = excerpt(body);
    }
    Kind kind = kindOf(status, code);
    String permission = kind == Kind.FORBIDDEN ? call.permission() : null;
    String message = describe(call, kind, status, code, text, excerpt, permission, location);
    return new ApiError(kind, status, code, message, text, permission, null, null, excerpt);
  }

  /** A 2xx whose body is not what the contract promises. */
  static ApiError badBody(Call call, int status, byte[] body, Exception cause) {
    String excerpt = excerpt(body);
    if (body.length == 0) {
      return new ApiError(
          Kind.BAD_RESPONSE,
          status,
          null,
          call.describe() + " answered " + status + " with an empty body instead of JSON.",
          null,
          null,
          null,
          null,
          "");
    }
    if (parseAny(body) == null) {
      return new ApiError(
          Kind.NOT_JSON,
          status,
          null,
          call.describe()
              + " answered "
              + status
              + " with something that is not JSON"
              + (looksLikeHtml(body) ? " (an HTML page, perhaps from a proxy)" : "")
              + ": \u201c"
              + excerpt
              + "\u201d",
          null,
          null,
          null,
          null,
          excerpt);
    }
    String detail =
        cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
    return new ApiError(
        Kind.BAD_RESPONSE,
        status,
        null,
        call.describe() + " answered with JSON the console cannot read (" + detail + ").",
        null,
        null,
        null,
        null,
        excerpt);
  }

  static ApiError fromThrowable(Call call, URI uri, Throwable failure) {
    Throwable t = unwrap(failure);
    String where = uri.getHost() + ":" + (uri.getPort() == -1 ? 443 : uri.getPort());
    CertificateTrustException trust = find(t, CertificateTrustException.class);
    if (trust != null) {
      return trust.toError(uri.getHost());
    }
    if (t instanceof ApiException api) {
      return api.error();
    }
    // An IOException like a dropped connection, but the connection was fine: the body was refused.
    BoundedBody.TooLargeException tooLarge = find(t, BoundedBody.TooLargeException.class);
    if (tooLarge != null) {
      return ApiError.transport(
          Kind.RESPONSE_TOO_LARGE,
          call.describe()
              + " answered with more data than the console accepts ("
              + tooLarge.getMessage()
              + ").");
    }
    if (t instanceof CancellationException) {
      return ApiError.transport(Kind.CANCELLED, call.describe() + " was cancelled.");
    }
    if (find(t, HttpTimeoutException.class) != null) {
      return timeout(call, uri);
    }
    if (find(t, UnknownHostException.class) != null) {
      return ApiError.transport(
          Kind.UNKNOWN_HOST, "The host name " + uri.getHost() + " could not be resolved.");
    }
    SSLHandshakeException handshake = find(t, SSLHandshakeException.class);
    if (handshake != null || find(t, SSLException.class) != null) {
      String reason =
          handshake != null ? handshake.getMessage() : find(t, SSLException.class).getMessage();
      return ApiError.transport(
          Kind.TLS_FAILURE, "The TLS handshake with " + where + " failed: " + tlsReason(reason));
    }
    if (find(t, ConnectException.class) != null) {
      return ApiError.transport(
          Kind.CONNECTION_REFUSED,
          "Could not connect to "
              + where
              + ": the connection was refused. Is the address right, and is the port open?");
    }
    if (t instanceof InterruptedIOException || t instanceof InterruptedException) {
      return ApiError.transport(Kind.CANCELLED, call.describe() + " was interrupted.");
    }
    if (t instanceof IOException) {
      return ApiError.transport(
          Kind.CONNECTION_CLOSED,
          "The connection to "
              + where
              + " closed before a complete answer arrived ("
              + call.describe()
              + ").");
    }
    return ApiError.transport(
        Kind.LOCAL,
        call.describe()
            + " failed: "
            + t.getClass().getSimpleName()
            + (t.getMessage() == null ? "" : ": " + t.getMessage()));
  }

  /** No complete answer within the call's time (no headers, or a body that stalled). */
  static ApiError timeout(Call call, URI uri) {
    String where = uri.getHost() + ":" + (uri.getPort() == -1 ? 443 : uri.getPort());
    return ApiError.transport(
        Kind.TIMEOUT,
        "No answer from "
            + where
            + " within "
            + call.timeoutText()
            + " ("
            + call.describe()
            + ").");
  }

  static Kind kindOf(int status, String code) {
    if (code != null) {
      switch (code) {
        case "invalid_schema":
          return Kind.INVALID_SCHEMA;
        case "no_responder_url":
          return Kind.NO_RESPONDER_URL;
        case "ocsp_unsupported_by_capability":
          return Kind.UNSUPPORTED_BY_CAPABILITY;
        case "task_queued_for_too_long":
          return Kind.TASK_QUEUED_TOO_LONG;
        case "invalid_ocsp_response":
          return Kind.INVALID_OCSP_RESPONSE;
        case "invalid_certificate":
        case "invalid_key":
        case "key_mismatch":
        case "certificate_expired":
          return Kind.INVALID_CERTIFICATE;
        default:
          break;
      }
    }
    if (status >= 300 && status < 400) {
      return Kind.REDIRECT;
    }
    return switch (status) {
      case 400 -> Kind.BAD_REQUEST;
      case 401 -> Kind.UNAUTHORIZED;
      case 403 -> Kind.FORBIDDEN;
      case 404 -> Kind.NOT_FOUND;
      case 503 -> Kind.UNAVAILABLE;
      default -> status >= 500 ? Kind.SERVER_ERROR : Kind.HTTP_ERROR;
    };
  }

  private static String describe(
      Call call,
      Kind kind,
      int status,
      String code,
      String text,
      String excerpt,
      String permission,
      String location) {
    String server = text != null ? text : excerpt != null ? "\u201c" + excerpt + "\u201d" : null;
    if (text == null && excerpt != null && kind == Kind.SERVER_ERROR) {
      return call.describe()
          + " failed: the server answered "
          + status
          + " with a page that is not JSON ("
          + server
          + "), typically from a proxy or load balancer in front of the cluster.";
    }
    return switch (kind) {
      case INVALID_SCHEMA -> "The cluster rejected the values: " + orElse(server, "invalid_schema");
      case NO_RESPONDER_URL ->
          "OCSP cannot be enabled: the proxy certificate carries no OCSP responder URL.";
      case UNAUTHORIZED -> "The cluster did not accept the credentials (401).";
      case FORBIDDEN ->
          "This user may not "
              + call.action()
              + ": it needs the "
              + permission
              + " permission"
              + (permission.contains("ocsp") ? ", which only the admin role has" : "")
              + " (403).";
      case INVALID_CERTIFICATE -> "The cluster refused the certificate: " + orElse(server, code);
      case NOT_FOUND ->
          "This address does not serve the Redis Software REST API, or the cluster predates OCSP (404 for "
              + call.path()
              + ").";
      case UNSUPPORTED_BY_CAPABILITY ->
          "Not every node of this cluster supports OCSP (for example during a rolling upgrade), so the cluster refused (406).";
      case TASK_QUEUED_TOO_LONG ->
          "The cluster's OCSP polling task stayed queued too long; trying again usually works.";
      case INVALID_OCSP_RESPONSE ->
          "The OCSP responder answered with something that is not a valid OCSP response"
              + (text != null ? ": " + text : ".");
      case UNAVAILABLE ->
          "The node answered 503: it is not a cluster member, or the service is unavailable"
              + (server != null ? " (" + server + ")" : "")
              + ".";
      case REDIRECT ->
          "The server redirected ("
              + status
              + ")"
              + (location != null ? " to " + location : "")
              + "; the console does not follow redirects, so credentials never leave this address.";
      default ->
          call.describe()
              + " failed with HTTP "
              + status
              + (code != null ? " " + code : "")
              + (server != null ? ": " + server : ".");
    };
  }

  private static String orElse(String value, String fallback) {
    return value != null ? value : fallback;
  }

  private static String tlsReason(String message) {
    if (message == null) {
      return "no reason given.";
    }
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("protocol_version")
        || lower.contains("protocol is disabled")
        || lower.contains("no appropriate protocol")) {
      return "the server offers no TLS version the console accepts (TLS 1.2 or later is required).";
    }
    if (lower.contains("bad_certificate") || lower.contains("certificate_required")) {
      return "the server refused the client certificate (or wanted one).";
    }
    return message;
  }

  static JsonNode parseObject(byte[] body) {
    JsonNode node = parseAny(body);
    return node != null && node.isObject() ? node : null;
  }

  private static JsonNode parseAny(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return Json.tree(body);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String textOrNull(JsonNode node) {
    return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  private static boolean looksLikeHtml(byte[] body) {
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

  private static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      for (Throwable suppressed : c.getSuppressed()) {
        if (type.isInstance(suppressed)) {
          return type.cast(suppressed);
        }
      }
    }
    return null;
  }
}
