package org.ocspconsole.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocspconsole.api.ApiError.Kind;

/** The one mapping from statuses, error codes and bodies to typed errors. */
class ErrorMappingTest {
  private static final Call GET =
      new Call(
          "GET", "/v1/ocsp", "view_ocsp_config", "read the OCSP settings", Duration.ofSeconds(15));
  private static final Call PUT =
      new Call(
          "PUT", "/v1/ocsp", "config_ocsp", "change the OCSP settings", Duration.ofSeconds(15));

  private static ApiError answer(Call call, int status, String body) {
    return ErrorMapping.fromResponse(call, status, body.getBytes(UTF_8), null);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "400, invalid_schema, INVALID_SCHEMA",
    "400, no_responder_url, NO_RESPONDER_URL",
    "500, no_responder_url, NO_RESPONDER_URL",
    "400, , BAD_REQUEST",
    "400, something_else, BAD_REQUEST",
    "401, , UNAUTHORIZED",
    "403, , FORBIDDEN",
    "404, , NOT_FOUND",
    "406, ocsp_unsupported_by_capability, UNSUPPORTED_BY_CAPABILITY",
    "500, task_queued_for_too_long, TASK_QUEUED_TOO_LONG",
    "500, invalid_ocsp_response, INVALID_OCSP_RESPONSE",
    "500, , SERVER_ERROR",
    "502, , SERVER_ERROR",
    "503, , UNAVAILABLE",
    "301, , REDIRECT",
    "409, , HTTP_ERROR"
  })
  void statusAndCodeMapToOneKind(int status, String code, Kind kind) {
    assertThat(ErrorMapping.kindOf(status, code)).isEqualTo(kind);
  }

  @ParameterizedTest(name = "406 on {0} {1} with \"{2}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET | /v1/ocsp | ''",
        "PUT | /v1/ocsp | <html><head><title>406 Not Acceptable</title></head></html>",
        "GET | /v1/ocsp/status | {}",
        "POST | /v1/ocsp/test | {\"error_code\":\"not_acceptable\"}",
      })
  void a406OnAnOcspPathIsTheCapabilityErrorWhateverTheBody(
      String method, String path, String body) {
    Call call = new Call(method, path, "config_ocsp", "change", Duration.ofSeconds(15));

    ApiError error = answer(call, 406, body);

    assertThat(error.kind()).isEqualTo(Kind.UNSUPPORTED_BY_CAPABILITY);
    assertThat(error.status()).isEqualTo(406);
    assertThat(error.message()).contains("Not every node").contains("406");
  }

  @Test
  void a406WithoutCodeSaysSo() {
    assertThat(answer(GET, 406, "").message()).contains("without an error code");
    assertThat(answer(GET, 406, "{\"error_code\":\"ocsp_unsupported_by_capability\"}").message())
        .doesNotContain("without an error code");
  }

  @Test
  void a406ElsewhereIsNotAboutOcsp() {
    Call cluster =
        new Call("GET", "/v1/cluster", "view_cluster_info", "read", Duration.ofSeconds(15));
    Call lookalike =
        new Call("GET", "/v1/ocspx", "view_ocsp_config", "read", Duration.ofSeconds(15));

    assertThat(answer(cluster, 406, "").kind()).isEqualTo(Kind.HTTP_ERROR);
    assertThat(answer(lookalike, 406, "").kind()).isEqualTo(Kind.HTTP_ERROR);
  }

  @Test
  void textIsReadFromMessage() {
    ApiError error =
        answer(
            PUT,
            400,
            "{\"error_code\":\"invalid_schema\",\"message\":\"'query_frequency': 5 is less than the minimum of 60\"}");

    assertThat(error.serverText()).isEqualTo("'query_frequency': 5 is less than the minimum of 60");
    assertThat(error.namedField()).contains(OcspField.QUERY_FREQUENCY);
  }

  @Test
  void textIsReadFromDescription() {
    ApiError error =
        answer(
            PUT,
            400,
            "{\"error_code\":\"invalid_schema\","
                + "\"description\":\"'response_timeout': 61 is greater than the maximum of 60\",\"status_code\":400}");

    assertThat(error.serverText())
        .isEqualTo("'response_timeout': 61 is greater than the maximum of 60");
    assertThat(error.namedField()).contains(OcspField.RESPONSE_TIMEOUT);
    assertThat(error.message()).contains(error.serverText());
  }

  @Test
  void textNamingTwoFieldsNamesNone() {
    ApiError error =
        answer(
            PUT,
            400,
            "{\"error_code\":\"invalid_schema\",\"message\":\"query_frequency and recovery_frequency disagree\"}");

    assertThat(error.namedField()).isEmpty();
  }

  @Test
  void unknownCodeKeepsCodeAndText() {
    ApiError error =
        answer(GET, 400, "{\"error_code\":\"future_code\",\"description\":\"A reason\"}");

    assertThat(error.kind()).isEqualTo(Kind.BAD_REQUEST);
    assertThat(error.errorCode()).isEqualTo("future_code");
    assertThat(error.serverText()).isEqualTo("A reason");
    assertThat(error.message()).contains("future_code").contains("A reason");
  }

  @Test
  void forbiddenNamesThePermissionOfTheCall() {
    assertThat(answer(GET, 403, "{}").permission()).isEqualTo("view_ocsp_config");
    assertThat(answer(PUT, 403, "").permission()).isEqualTo("config_ocsp");
    assertThat(answer(PUT, 400, "").permission()).isNull();
  }

  @Test
  void htmlErrorPageWithoutTitleBecomesATaglessExcerpt() {
    ApiError error =
        answer(
            GET,
            502,
            "<html><style>body { color: red }</style><script>var x = 1;</script>"
                + "<body><h1>502   Bad Gateway</h1>\n<hr><p>nginx</p></body></html>");

    assertThat(error.excerpt()).isEqualTo("502 Bad Gateway nginx");
    assertThat(error.message()).contains(error.excerpt()).contains("proxy");
  }

  @Test
  void htmlErrorPageIsSummedUpByItsTitle() {
    ApiError error =
        answer(
            GET,
            502,
            "<!DOCTYPE html><html><head><title>502 Bad Gateway</title>"
                + "<style>body { color: red }</style><script>var x = 1;</script></head>"
                + "<body><h1>502   Bad Gateway</h1>\n<hr><p>nginx</p></body></html>");

    assertThat(error.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(error.errorCode()).isNull();
    assertThat(error.excerpt()).isEqualTo("502 Bad Gateway");
    assertThat(error.message()).contains(error.excerpt());
  }

  @Test
  void longBodyIsCutShort() {
    ApiError error = answer(GET, 502, "x".repeat(10_000));

    assertThat(error.excerpt()).hasSize(160).endsWith("\u2026");
  }

  @Test
  void emptyErrorBodyStillMapsTheStatus() {
    ApiError error = answer(GET, 503, "");

    assertThat(error.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(error.serverText()).isNull();
    assertThat(error.excerpt()).isNull();
  }

  @Test
  void redirectNamesWhereItPointed() {
    ApiError error =
        ErrorMapping.fromResponse(GET, 307, new byte[0], "https://other.example/v1/ocsp");

    assertThat(error.kind()).isEqualTo(Kind.REDIRECT);
    assertThat(error.message()).contains("https://other.example/v1/ocsp");
  }

  @Test
  void successBodiesThatAreNotTheContractsJson() {
    IOException cause =
        new IOException(
            "Cannot coerce String value (\"abc\") to `java.lang.Integer` value\n at [1]");

    ApiError empty = ErrorMapping.badBody(GET, 200, new byte[0], cause);
    ApiError html =
        ErrorMapping.badBody(GET, 200, "<html><body>Login</body></html>".getBytes(UTF_8), cause);
    ApiError wrongType =
        ErrorMapping.badBody(GET, 200, "{\"query_frequency\":\"abc\"}".getBytes(UTF_8), cause);

    assertThat(empty.kind()).isEqualTo(Kind.BAD_RESPONSE);
    assertThat(html.kind()).isEqualTo(Kind.NOT_JSON);
    assertThat(html.message()).contains("HTML").contains("Login");
    assertThat(wrongType.kind()).isEqualTo(Kind.BAD_RESPONSE);
    assertThat(wrongType.message()).contains("Cannot coerce").doesNotContain("at [1]");
  }
}
