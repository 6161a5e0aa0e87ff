package org.ocspconsole.connection;

import java.util.List;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiError.Kind;

/**
 * The answer to "Test connection", from one {@code GET /v1/ocsp}: each step the call passes
 * through, in order, and a headline. A step after the one that failed was not reached.
 *
 * @param error the failure, when there was one (carries the certificate for "Trust…")
 */
public record Verdict(String headline, boolean ok, List<Step> steps, ApiError error) {

  /** One step: passed, failed, or never reached. */
  public record Step(String name, State state, String detail) {}

  public enum State {
    PASSED,
    FAILED,
    NOT_REACHED
  }

  static final String REACHABLE = "Reachable";
  static final String CERTIFICATE = "Certificate trusted";
  static final String CREDENTIALS = "Credentials accepted";
  static final String PERMISSION = "OCSP permission (view_ocsp_config)";

  public static Verdict of(ApiError error) {
    if (error == null) {
      return new Verdict(
          "Ready: the console can read this cluster's OCSP settings.", true, steps(4, null));
    }
    Kind kind = error.kind();
    return switch (kind) {
      case FORBIDDEN ->
          new Verdict(
              "Signed in, but this user lacks the view_ocsp_config permission "
                  + "(403): only the admin role has the OCSP permissions.",
              false,
              steps(3, "missing: " + error.permission() + " (only the admin role has it)"),
              error);
      case UNSUPPORTED_BY_CAPABILITY ->
          new Verdict(
              "Signed in, but OCSP is not available on every node "
                  + "(406), e.g. during an upgrade.",
              false,
              steps(4, null),
              error);
      case UNAUTHORIZED ->
          new Verdict(
              "The cluster refused the credentials (401).",
              false,
              steps(2, "refused (401)"),
              error);
      case UNTRUSTED_CERTIFICATE, HOSTNAME_MISMATCH, PIN_MISMATCH, TLS_FAILURE ->
          new Verdict(error.message(), false, steps(1, certificateDetail(kind)), error);
      case CONNECTION_REFUSED, UNKNOWN_HOST, TIMEOUT, CONNECTION_CLOSED, LOCAL, CANCELLED ->
          new Verdict(error.message(), false, steps(0, error.message()), error);
      default -> new Verdict(error.message(), false, steps(4, null), error);
    };
  }

  private Verdict(String headline, boolean ok, List<Step> steps) {
    this(headline, ok, steps, null);
  }

  private static String certificateDetail(Kind kind) {
    return switch (kind) {
      case HOSTNAME_MISMATCH -> "not trusted: it names another host";
      case PIN_MISMATCH -> "changed since it was pinned: no credentials were sent";
      case TLS_FAILURE -> "the TLS handshake failed";
      default -> "not trusted";
    };
  }

  /**
   * The first {@code passed} steps passed, the next failed with {@code why}, the rest not reached.
   */
  private static List<Step> steps(int passed, String why) {
    String[] names = {REACHABLE, CERTIFICATE, CREDENTIALS, PERMISSION};
    Step[] steps = new Step[names.length];
    for (int i = 0; i < names.length; i++) {
      State state =
          i < passed ? State.PASSED : i == passed && why != null ? State.FAILED : State.NOT_REACHED;
      String detail =
          state == State.FAILED
              ? why
              : state == State.NOT_REACHED
                  ? (i == 2 ? "not checked: no credentials were sent" : "not checked")
                  : i == 3 ? "present" : "yes";
      steps[i] = new Step(names[i], state, detail);
    }
    return List.of(steps);
  }
}
