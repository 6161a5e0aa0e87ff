package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiError.Kind;

/** The failed-connection banner tells "did not answer" from "answered something unusable". */
class ConnectionProblemTest {

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"TIMEOUT", "CONNECTION_REFUSED", "UNKNOWN_HOST", "CONNECTION_CLOSED"})
  void nothingToReadIsDidNotAnswer(Kind kind) {
    ConnectionProblem problem =
        ConnectionProblem.of(ApiError.transport(kind, "What happened."), "c.example:9443");
    assertThat(problem.title()).isEqualTo("c.example:9443 did not answer");
    assertThat(problem.text()).isEqualTo("What happened.");
    assertThat(problem.hint()).startsWith("Check the address and port");
    assertThat(problem.retry()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {
        "NOT_JSON",
        "BAD_RESPONSE",
        "RESPONSE_TOO_LARGE",
        "SERVER_ERROR",
        "UNAVAILABLE",
        "HTTP_ERROR",
        "REDIRECT",
        "NOT_FOUND"
      })
  void anUnusableAnswerSaysTheClusterAnswered(Kind kind) {
    ConnectionProblem problem =
        ConnectionProblem.of(ApiError.transport(kind, "What came back."), "c.example:9443");
    assertThat(problem.title())
        .isEqualTo("c.example:9443 answered something the console cannot use");
    assertThat(problem.text()).isEqualTo("What came back.");
    assertThat(problem.hint()).startsWith("Retry once the cluster");
    assertThat(problem.retry()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"UNTRUSTED_CERTIFICATE", "HOSTNAME_MISMATCH", "PIN_MISMATCH", "TLS_FAILURE"})
  void certificateProblemsAreAboutTheSecureConnection(Kind kind) {
    assertThat(ConnectionProblem.of(ApiError.transport(kind, "x"), "c").title())
        .isEqualTo("The secure connection to c was not made");
  }

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"CANCELLED", "UNAUTHORIZED", "LOCAL"})
  void theOthersSayWhatHappened(Kind kind) {
    ConnectionProblem problem = ConnectionProblem.of(ApiError.transport(kind, "x"), "c");
    assertThat(problem.title())
        .isIn(
            "Not connected: connecting to c was cancelled",
            "c did not accept the login",
            "The connection to c cannot be made as set");
    // A setting that cannot work (an unreadable CA file) is edited, not retried unchanged.
    assertThat(problem.retry()).isEqualTo(kind != Kind.LOCAL);
  }
}
