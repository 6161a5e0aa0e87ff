package org.ocspconsole.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the contract's sample bodies into the records. */
class ContractJsonTest {
  /** ocsp-api.md: what a freshly installed cluster answers. */
  private static final String FRESH_CLUSTER =
      "{\"ocsp_functionality\":false,\"query_frequency\":3600,\"recovery_frequency\":60,"
          + "\"recovery_max_tries\":5,\"responder_url\":\"\",\"response_timeout\":1}";

  /** ocsp-api.md: the reference page's example answer. */
  private static final String REFERENCE_EXAMPLE =
      "{\"ocsp_functionality\":true,\"responder_url\":\"http://responder.ocsp.url.com\",\"query_frequency\":3800,"
          + "\"response_timeout\":2,\"recovery_frequency\":80,\"recovery_max_tries\":20}";

  private static OcspConfig config(String json) throws IOException {
    return Json.read(json.getBytes(UTF_8), OcspConfig.class);
  }

  private static OcspStatus status(String json) throws IOException {
    return Json.read(json.getBytes(UTF_8), OcspStatus.class);
  }

  @Test
  void freshClusterBodyIsTheDefaults() throws IOException {
    OcspConfig config = config(FRESH_CLUSTER);

    assertThat(config).isEqualTo(OcspConfig.defaults());
    assertThat(config.hasResponderUrl()).isFalse();
    for (OcspField field : OcspField.values()) {
      assertThat(config.get(field)).as(field.key()).isEqualTo(field.defaultValue());
    }
  }

  @Test
  void referenceExampleIsReadFieldByField() throws IOException {
    OcspConfig config = config(REFERENCE_EXAMPLE);

    assertThat(config)
        .isEqualTo(new OcspConfig(true, 3800, 2, 80, 20, "http://responder.ocsp.url.com"));
    assertThat(config.hasResponderUrl()).isTrue();
  }

  @Test
  void unknownFieldsFromNewerClustersAreIgnored() throws IOException {
    String newer =
        REFERENCE_EXAMPLE.replace(
            "}", ",\"ocsp_stapling_mode\":\"strict\",\"extra\":{\"a\":[1,2]}}");

    assertThat(config(newer)).isEqualTo(config(REFERENCE_EXAMPLE));
  }

  @Test
  void missingFieldStaysAbsentNotZero() throws IOException {
    OcspConfig config = config("{\"ocsp_functionality\":true,\"query_frequency\":3800}");

    assertThat(config.responseTimeout()).isNull();
    assertThat(config.recoveryMaxTries()).isNull();
    assertThat(config.responderUrl()).isNull();
    assertThat(config.hasResponderUrl()).isFalse();
    assertThat(config.writableValues())
        .containsOnlyKeys(OcspField.OCSP_FUNCTIONALITY, OcspField.QUERY_FREQUENCY);
  }

  @Test
  void emptyResponderUrlMeansNone() throws IOException {
    assertThat(config("{\"responder_url\":\"\"}").hasResponderUrl()).isFalse();
    assertThat(config("{\"responder_url\":\"   \"}").hasResponderUrl()).isFalse();
    assertThat(config("{\"responder_url\":\"http://ocsp.example\"}").hasResponderUrl()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"abc\"", "1e99", "3600.5", "true", "[3600]", "{}"})
  void wrongTypeForAnIntegerIsAnErrorNotACoercion(String value) {
    assertThatThrownBy(() -> config("{\"query_frequency\":" + value + "}"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void trailingGarbageIsAnError() {
    assertThatThrownBy(() -> config(FRESH_CLUSTER + "{}")).isInstanceOf(IOException.class);
  }

  @Test
  void statusWithEveryFieldIsRead() throws IOException {
    OcspStatus status =
        status(
            "{\"cert_status\":\"REVOKED\",\"responder_url\":\"http://responder.ocsp.url.com\","
                + "\"produced_at\":\"Wed, 22 Dec 2021 12:50:11 GMT\",\"this_update\":\"Wed, 22 Dec 2021 12:45:00 GMT\","
                + "\"next_update\":\"Thu, 23 Dec 2021 12:45:00 GMT\",\"revocation_time\":\"Mon, 20 Dec 2021 08:00:00 GMT\"}");

    assertThat(status.state()).contains(OcspStatus.CertState.REVOKED);
    assertThat(status.responderUrl()).isEqualTo("http://responder.ocsp.url.com");
    assertThat(status.producedAt().value()).contains(Instant.parse("2021-12-22T12:50:11Z"));
    assertThat(status.thisUpdate().value()).contains(Instant.parse("2021-12-22T12:45:00Z"));
    assertThat(status.nextUpdate().value()).contains(Instant.parse("2021-12-23T12:45:00Z"));
    assertThat(status.revocationTime().value()).contains(Instant.parse("2021-12-20T08:00:00Z"));
  }

  @Test
  void statusWithoutOptionalFieldsLeavesThemAbsent() throws IOException {
    OcspStatus status =
        status("{\"cert_status\":\"GOOD\",\"this_update\":\"Wed, 22 Dec 2021 12:45:00 GMT\"}");

    assertThat(status.state()).contains(OcspStatus.CertState.GOOD);
    assertThat(status.nextUpdate()).isNull();
    assertThat(status.revocationTime()).isNull();
    assertThat(status.producedAt()).isNull();
    assertThat(status.responderUrl()).isNull();
  }

  @Test
  void emptyStatusObjectHasNoState() throws IOException {
    OcspStatus status = status("{}");

    assertThat(status).isEqualTo(new OcspStatus(null, null, null, null, null, null));
    assertThat(status.state()).isEmpty();
  }

  @Test
  void certStatusIsMatchedCaseInsensitivelyAndUnknownValuesAreKept() throws IOException {
    assertThat(status("{\"cert_status\":\"good\"}").state()).contains(OcspStatus.CertState.GOOD);
    OcspStatus odd = status("{\"cert_status\":\"ON_HOLD\"}");
    assertThat(odd.state()).isEmpty();
    assertThat(odd.certStatus()).isEqualTo("ON_HOLD");
  }

  @Test
  void unparsableTimeInAStatusKeepsItsText() throws IOException {
    OcspStatus status = status("{\"cert_status\":\"GOOD\",\"this_update\":\"sometime last week\"}");

    assertThat(status.thisUpdate().raw()).isEqualTo("sometime last week");
    assertThat(status.thisUpdate().parsed()).isFalse();
  }

  @Test
  void statusIsWrittenBackWithTheRawTimes() throws IOException {
    String json = "{\"cert_status\":\"GOOD\",\"this_update\":\"Wed, 22 Dec 2021 12:45:00 GMT\"}";

    assertThat(new String(Json.write(status(json)), UTF_8)).isEqualTo(json);
  }

  @Test
  void configIsWrittenWithoutAbsentFields() {
    String json = new String(Json.write(new OcspConfig(true, 120, null, null, null, null)), UTF_8);

    assertThat(json).isEqualTo("{\"ocsp_functionality\":true,\"query_frequency\":120}");
  }
}
