package org.ocspconsole.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
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

  private static final String NOT_QUOTED =
      " (not quoted: this answer can hold private keys or passwords)";

  private ErrorMapping() {}

  /** An answer with a status other than 2xx. */
  static ApiError fromResponse(Call call, int status, byte[] body, String location) {
    String code = null;
    String text = null;
    String excerpt = null;
    JsonNode json = Bodies.parseObject(body);
    if (json != null) {
      code = Bodies.textOrNull(json.get("error_code"));
      text = Bodies.textOrNull(json.get("message"));
      if (text == null) {
        text = Bodies.textOrNull(json.get("description"));
      }
    } else if (body.length > 0 && !call.secretAnswer()) {
      excerpt = Bodies.excerpt(body);
    }
    Kind kind = kindOf(call, status, code);
    String permission = kind == Kind.FORBIDDEN ? call.permission() : null;
    String message =
        ErrorTexts.describe(call, kind, status, code, text, excerpt, permission, location);
    return new ApiError(kind, status, code, message, text, permission, null, null, excerpt);
  }

  /**
   * A 2xx whose body is not what the contract promises. An answer that can carry secrets is never
   * quoted, neither as an excerpt nor through the parser's message (which can name a token).
   */
  static ApiError badBody(Call call, int status, byte[] body, Exception cause) {
    String excerpt = call.secretAnswer() ? null : Bodies.excerpt(body);
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
    if (Bodies.parseAny(body) == null) {
      return new ApiError(
          Kind.NOT_JSON,
          status,
          null,
          call.describe()
              + " answered "
              + status
              + " with something that is not JSON"
              + (Bodies.looksLikeHtml(body) ? " (an HTML page, perhaps from a proxy)" : "")
              + (excerpt == null ? NOT_QUOTED : ": \u201c" + excerpt + "\u201d"),
          null,
          null,
          null,
          null,
          excerpt);
    }
    String detail =
        call.secretAnswer()
            ? where(cause) + "; not quoted: this answer can hold private keys or passwords"
            : cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
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

  /** Where the parser stopped, without what it found there. */
  private static String where(Exception cause) {
    if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
      return "unexpected JSON at line "
          + json.getLocation().getLineNr()
          + ", column "
          + json.getLocation().getColumnNr();
    }
    return "unexpected JSON";
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
      return ApiError.cancelled(call.describe());
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
          Kind.TLS_FAILURE,
          "The TLS handshake with " + where + " failed: " + ErrorTexts.tlsReason(reason));
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

  /**
   * On an OCSP path a 406 is the capability error whatever the body says: a node of another version
   * (or a proxy in front of it) may answer it with an empty body or an HTML page, and it still
   * means that not every node supports OCSP, so the form must turn read-only rather than show a
   * generic error.
   */
  static Kind kindOf(Call call, int status, String code) {
    if (status == 406 && isOcspPath(call.path())) {
      return Kind.UNSUPPORTED_BY_CAPABILITY;
    }
    return kindOf(status, code);
  }

  static boolean isOcspPath(String path) {
    return path.equals("/v1/ocsp") || path.startsWith("/v1/ocsp/");
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
