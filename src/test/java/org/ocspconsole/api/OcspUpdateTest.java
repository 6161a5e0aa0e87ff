package org.ocspconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocspconsole.api.Calls.admin;
import static org.ocspconsole.api.Calls.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.RecordedRequest;

/** What a save sends: only the changed fields, as the contract's PUT, with its headers. */
class OcspUpdateTest {
  private static final OcspConfig LOADED =
      new OcspConfig(false, 3600, 1, 60, 5, "http://ocsp.example/");

  @Test
  void betweenContainsOnlyChangedFields() {
    OcspConfig edited =
        LOADED.with(OcspField.QUERY_FREQUENCY, 7200).with(OcspField.OCSP_FUNCTIONALITY, true);

    OcspUpdate update = OcspUpdate.between(LOADED, edited);

    assertThat(update.changes())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(OcspField.QUERY_FREQUENCY, 7200, OcspField.OCSP_FUNCTIONALITY, true));
    assertThat(update.body()).containsOnlyKeys("query_frequency", "ocsp_functionality");
  }

  @Test
  void editingBackToTheLoadedValueIsNoChange() {
    OcspConfig edited =
        LOADED.with(OcspField.QUERY_FREQUENCY, 7200).with(OcspField.QUERY_FREQUENCY, 3600);

    assertThat(OcspUpdate.between(LOADED, edited).isEmpty()).isTrue();
  }

  @Test
  void neverCarriesResponderUrl() {
    OcspConfig otherUrl = new OcspConfig(true, 120, 2, 120, 10, "http://elsewhere.example/");

    OcspUpdate update = OcspUpdate.between(LOADED, otherUrl);

    assertThat(update.body()).hasSize(OcspField.values().length).doesNotContainKey("responder_url");
    assertThat(new String(Json.write(update.body()), StandardCharsets.UTF_8))
        .doesNotContain("responder_url");
  }

  @Test
  void fieldsAbsentFromTheEditedObjectAreNotSent() {
    OcspConfig partial = new OcspConfig(null, 120, null, null, null, null);

    assertThat(OcspUpdate.between(LOADED, partial).body()).containsOnlyKeys("query_frequency");
  }

  @Test
  void ofRefusesAValueOfTheWrongType() {
    Map<OcspField, Object> wrong = new HashMap<>();
    wrong.put(OcspField.QUERY_FREQUENCY, "3600");

    assertThatThrownBy(() -> OcspUpdate.of(wrong)).isInstanceOf(ClassCastException.class);
  }

  @Test
  void putSendsOnlyChangedFields() throws Exception {
    try (DemoCluster cluster = DemoCluster.start()) {
      ClusterClient client = admin(cluster);
      OcspConfig loaded = value(client.getOcspConfig());
      OcspConfig edited =
          loaded.with(OcspField.RECOVERY_FREQUENCY, 300).with(OcspField.RECOVERY_MAX_TRIES, 9);
      OcspUpdate update = OcspUpdate.between(loaded, edited);
      cluster.clearRequests();

      value(client.updateOcspConfig(update));

      RecordedRequest put = cluster.requests().get(0);
      JsonNode sent = Json.tree(put.body().getBytes(StandardCharsets.UTF_8));
      Map<String, Object> keys = new HashMap<>();
      sent.properties().forEach(e -> keys.put(e.getKey(), e.getValue().intValue()));
      assertThat(put.method()).isEqualTo("PUT");
      assertThat(put.path()).isEqualTo("/v1/ocsp");
      assertThat(keys).isEqualTo(Map.of("recovery_frequency", 300, "recovery_max_tries", 9));
      assertThat(update.body()).isEqualTo(keys);
    }
  }

  @Test
  void requestsCarryTheContractsHeaders() throws Exception {
    try (DemoCluster cluster = DemoCluster.start()) {
      cluster.switches().testDuration(Duration.ZERO);
      ClusterClient client = admin(cluster);

      value(client.getOcspConfig());
      value(client.updateOcspConfig(OcspUpdate.of(Map.of(OcspField.QUERY_FREQUENCY, 120))));
      value(client.getOcspStatus());
      value(client.testOcspStatus());

      assertThat(cluster.requests())
          .extracting(r -> r.method() + " " + r.path())
          .containsExactly(
              "GET /v1/ocsp", "PUT /v1/ocsp", "GET /v1/ocsp/status", "POST /v1/ocsp/test");
      assertThat(cluster.requests())
          .allSatisfy(
              r -> {
                assertThat(r.header("Accept")).isEqualTo("application/json");
                assertThat(r.header("Authorization")).startsWith("Basic ");
                if (r.method().equals("GET")) {
                  assertThat(r.header("Content-Type")).isNull();
                  assertThat(r.body()).isEmpty();
                } else {
                  assertThat(r.header("Content-Type")).isEqualTo("application/json");
                }
              });
    }
  }

  @Test
  void putAnswerIsTheServersWholeObject() throws Exception {
    try (DemoCluster cluster = DemoCluster.start()) {
      ClusterClient client = admin(cluster);
      OcspConfig loaded = value(client.getOcspConfig());
      // Another administrator changes a field the console is not editing.
      cluster.setConfig(OcspField.RECOVERY_MAX_TRIES, 42);

      OcspConfig answer =
          value(
              client.updateOcspConfig(
                  OcspUpdate.between(loaded, loaded.with(OcspField.QUERY_FREQUENCY, 1800))));

      assertThat(answer.queryFrequency()).isEqualTo(1800);
      assertThat(answer.recoveryMaxTries()).isEqualTo(42);
      assertThat(answer.responderUrl()).isEqualTo(loaded.responderUrl());
      assertThat(answer).isEqualTo(cluster.config());
      assertThat(cluster.requests().get(1).body()).doesNotContain("recovery_max_tries");
    }
  }

  @Test
  void sentBodyIsValidJsonOfTheRightTypes() throws IOException {
    OcspUpdate update =
        OcspUpdate.of(Map.of(OcspField.OCSP_FUNCTIONALITY, true, OcspField.RESPONSE_TIMEOUT, 3));

    JsonNode body = Json.tree(Json.write(update.body()));

    assertThat(body.get("ocsp_functionality").isBoolean()).isTrue();
    assertThat(body.get("response_timeout").isInt()).isTrue();
  }
}
