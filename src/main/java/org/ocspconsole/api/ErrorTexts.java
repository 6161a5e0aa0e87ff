package org.ocspconsole.api;

import java.util.Locale;
import org.ocspconsole.api.ApiError.Kind;

/** What each kind of failure means, in words fit to show a user. Never holds a credential. */
final class ErrorTexts {
  private ErrorTexts() {}

  static String describe(
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
      case NO_RESPONDER_URL -> Words.NO_RESPONDER_URL;
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
          "Not every node of this cluster supports OCSP (for example during a rolling upgrade), so the cluster refused (406"
              + (code == null ? ", without an error code" : "")
              + ").";
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

  static String tlsReason(String message) {
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
}
