package org.ocspconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocspconsole.api.Calls.failure;
import static org.ocspconsole.api.Calls.value;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocspconsole.api.ApiError.Kind;
import org.ocspconsole.api.StubServer.Answer;

/** The full client path for answers a correct cluster never gives, from a stub HTTPS server. */
class UnexpectedAnswersTest {
  private StubServer stub;

  @BeforeEach
  void start() throws Exception {
    stub = new StubServer();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void wellFormedAnswerIsRead() throws Exception {
    stub.answer(
        Answer.json(
            200, "{\"ocsp_functionality\":true,\"query_frequency\":120,\"new_field\":[1]}"));

    OcspConfig config = value(stub.client().getOcspConfig());

    assertThat(config.ocspFunctionality()).isTrue();
    assertThat(config.queryFrequency()).isEqualTo(120);
    assertThat(config.responseTimeout()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"abc\"", "\"3600\"", "1e99", "3600.5", "true", "99999999999"})
  void wrongTypeForAnIntegerIsABadResponseNotACoercion(String value) throws Exception {
    stub.answer(
        Answer.json(200, "{\"ocsp_functionality\":false,\"query_frequency\":" + value + "}"));

    ApiError error = failure(stub.client().getOcspConfig());

    assertThat(error.kind()).isEqualTo(Kind.BAD_RESPONSE);
    assertThat(error.status()).isEqualTo(200);
    assertThat(error.message()).contains("GET /v1/ocsp");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "\"true\"", "null"})
  void wrongTypeForTheSwitchIsABadResponse(String value) throws Exception {
    stub.answer(
        Answer.json(200, "{\"ocsp_functionality\":" + value + ",\"query_frequency\":3600}"));

    if (value.equals("null")) {
      // JSON null is "absent", which the record represents as null.
      assertThat(value(stub.client().getOcspConfig()).ocspFunctionality()).isNull();
    } else {
      assertThat(failure(stub.client().getOcspConfig()).kind()).isEqualTo(Kind.BAD_RESPONSE);
    }
  }

  @Test
  void jsonThatIsNotAnObjectIsABadResponse() throws Exception {
    stub.answer(Answer.json(200, "[]"));

    assertThat(failure(stub.client().getOcspStatus()).kind()).isEqualTo(Kind.BAD_RESPONSE);
  }

  @Test
  void emptySuccessBodyIsABadResponse() throws Exception {
    stub.answer(Answer.json(200, ""));

    ApiError error = failure(stub.client().getOcspConfig());

    assertThat(error.kind()).isEqualTo(Kind.BAD_RESPONSE);
    assertThat(error.message()).contains("empty");
  }

  @Test
  void htmlSuccessPageIsNotJson() throws Exception {
    stub.answer(
        new Answer(
            200,
            "text/html",
            "<html><body><h1>Welcome to the portal</h1></body></html>"
                .getBytes(StandardCharsets.UTF_8),
            Map.of()));

    ApiError error = failure(stub.client().getOcspConfig());

    assertThat(error.kind()).isEqualTo(Kind.NOT_JSON);
    assertThat(error.excerpt()).isEqualTo("Welcome to the portal");
    assertThat(error.message()).contains("HTML");
  }

  @Test
  void redirectIsNotFollowed() throws Exception {
    stub.answer(
        new Answer(
            302,
            "text/plain",
            new byte[0],
            Map.of("Location", "https://elsewhere.example/v1/ocsp")));

    ApiError error = failure(stub.client().getOcspConfig());

    assertThat(error.kind()).isEqualTo(Kind.REDIRECT);
    assertThat(error.message()).contains("https://elsewhere.example/v1/ocsp");
    assertThat(stub.requests()).isEqualTo(1);
  }

  @Test
  void unknownErrorCodeKeepsItsCodeAndText() throws Exception {
    stub.answer(
        Answer.json(
            409, "{\"error_code\":\"brand_new_code\",\"message\":\"Something new went wrong\"}"));

    ApiError error = failure(stub.client().getOcspConfig());

    assertThat(error.kind()).isEqualTo(Kind.HTTP_ERROR);
    assertThat(error.status()).isEqualTo(409);
    assertThat(error.code()).contains("brand_new_code");
    assertThat(error.serverText()).isEqualTo("Something new went wrong");
    assertThat(error.message()).contains("brand_new_code").contains("Something new went wrong");
  }

  @Test
  void serverErrorWithoutBodyIsAServerError() throws Exception {
    stub.answer(Answer.json(500, ""));

    ApiError error = failure(stub.client().getOcspConfig());

    assertThat(error.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(error.status()).isEqualTo(500);
    assertThat(error.serverText()).isNull();
    assertThat(error.excerpt()).isNull();
  }

  @Test
  void oversizedAnswerIsRefusedAsTooLarge() throws Exception {
    byte[] body = new byte[(int) ClusterClient.MAX_BODY_BYTES + 1];
    Arrays.fill(body, (byte) ' ');
    stub.answer(new Answer(200, "application/json", body, Map.of()));

    ApiError error = failure(stub.client().getOcspConfig());

    assertThat(error.kind()).isEqualTo(Kind.RESPONSE_TOO_LARGE);
    assertThat(error.message()).contains("larger than " + ClusterClient.MAX_BODY_BYTES + " bytes");
  }
}
