package org.ocspconsole.status;

import org.ocspconsole.api.ApiError;

/**
 * A failed status read or responder query, in words, shown where the result would be.
 *
 * @param retry whether the panel offers to try again (task_queued_for_too_long, timeouts...)
 */
public record StatusProblem(String title, String text, boolean retry) {

  /**
   * @param retried the console already sent the query a second time by itself
   * @param statusKept the last known status stays on the card above the problem
   */
  static StatusProblem of(ApiError error, boolean query, boolean retried, boolean statusKept) {
    StatusProblem problem = of(error, query);
    String text = problem.text();
    if (retried && error.kind() == ApiError.Kind.TASK_QUEUED_TOO_LONG) {
      text =
          "The cluster's OCSP polling task stayed queued for more than 5 seconds twice: the"
              + " console already retried once by itself. Try again in a moment.";
    }
    if (statusKept) {
      text += " The status shown above is the last one known.";
    }
    return new StatusProblem(problem.title(), text, problem.retry());
  }

  static StatusProblem of(ApiError error, boolean query) {
    String what = query ? "query the responder" : "read the status";
    return switch (error.kind()) {
      case NO_RESPONDER_URL ->
          new StatusProblem(
              "No responder to ask",
              "The proxy certificate names no OCSP URL in its Authority Information Access extension, so the "
                  + "cluster has no responder to "
                  + (query ? "query" : "ask")
                  + ". Replace the proxy certificate "
                  + "with one that names an OCSP URL.",
              false);
      case INVALID_OCSP_RESPONSE ->
          new StatusProblem(
              "The responder's answer is not OCSP",
              "The responder answered, but not with a valid OCSP response"
                  + (error.serverText() != null ? " (" + error.serverText() + ")" : "")
                  + ". Check that the certificate's OCSP URL points at an OCSP responder.",
              true);
      case TASK_QUEUED_TOO_LONG ->
          new StatusProblem(
              "The cluster was busy",
              "The cluster's OCSP polling task stayed queued for more than 5 seconds. Trying again usually works.",
              true);
      case UNSUPPORTED_BY_CAPABILITY ->
          new StatusProblem(
              "OCSP is not available on every node",
              "Not every node of this cluster supports OCSP (for example during a rolling upgrade), so the "
                  + "cluster cannot "
                  + what
                  + " (406). Try again once the upgrade is finished.",
              true);
      case FORBIDDEN ->
          new StatusProblem(
              "Missing permission: " + error.permission(),
              "This user may not "
                  + what
                  + ": it needs the "
                  + error.permission()
                  + " permission, which only the admin role has (403).",
              false);
      case CANCELLED ->
          new StatusProblem(
              query ? "Query cancelled" : "Cancelled",
              "Nothing was changed; " + (query ? "query again" : "refresh") + " when ready.",
              true);
      default ->
          new StatusProblem(
              query ? "The query failed" : "The status could not be read",
              error.message(),
              error.isRetryable());
    };
  }
}
