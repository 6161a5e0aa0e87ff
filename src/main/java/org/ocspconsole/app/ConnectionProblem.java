package org.ocspconsole.app;

import org.ocspconsole.api.ApiError;

/**
 * Why the first connection failed, in the words the failed-connection banner shows. The title tells
 * apart a cluster that did not answer (nothing to read: timeout, refused, unknown host) from one
 * that answered something the console cannot use (a proxy's 502 page, malformed JSON), since the
 * user looks in different places for each.
 *
 * @param title one line: what happened to whom
 * @param text the details, as the error says them (an excerpt of the answer, say)
 * @param hint where to look, or null
 * @param retry whether trying again unchanged can help (after cancelling, or a server's hiccup)
 */
record ConnectionProblem(String title, String text, String hint, boolean retry) {

  static ConnectionProblem of(ApiError error, String target) {
    String message = error.message();
    return switch (error.kind()) {
      case TIMEOUT, CONNECTION_REFUSED, UNKNOWN_HOST, CONNECTION_CLOSED ->
          new ConnectionProblem(
              target + " did not answer",
              message,
              "Check the address and port (the REST API listens on 9443) and that this computer"
                  + " can reach the cluster.",
              true);
      case NOT_JSON,
              BAD_RESPONSE,
              RESPONSE_TOO_LARGE,
              SERVER_ERROR,
              UNAVAILABLE,
              HTTP_ERROR,
              REDIRECT,
              NOT_FOUND,
              BAD_REQUEST,
              TASK_QUEUED_TOO_LONG ->
          new ConnectionProblem(
              target + " answered something the console cannot use",
              message,
              "Retry once the cluster (or whatever answers in front of it) is back to normal, or"
                  + " check that the address is the cluster's REST API.",
              true);
      case UNTRUSTED_CERTIFICATE, HOSTNAME_MISMATCH, PIN_MISMATCH, TLS_FAILURE ->
          new ConnectionProblem(
              "The secure connection to " + target + " was not made", message, null, true);
      case UNAUTHORIZED ->
          new ConnectionProblem(target + " did not accept the login", message, null, true);
      case CANCELLED ->
          new ConnectionProblem(
              "Not connected: connecting to " + target + " was cancelled",
              "The request was stopped before the cluster answered.",
              null,
              true);
      case LOCAL ->
          new ConnectionProblem(
              "The connection to " + target + " cannot be made as set", message, null, false);
      default -> new ConnectionProblem("Could not connect to " + target, message, null, true);
    };
  }
}
