package org.ocspconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocspconsole.api.Calls.admin;
import static org.ocspconsole.api.Calls.failure;
import static org.ocspconsole.api.Calls.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.Json;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspUpdate;

/**
 * The demo cluster and {@link OcspField} against the official OpenAPI schema, read from the file
 * itself so that no limit is copied into the test.
 */
class DemoClusterMatchesOpenApiTest {
  private static final String OPENAPI = "redis-software-ocsp.openapi.json";

  private static DemoCluster cluster;
  private static ClusterClient client;

  @BeforeAll
  static void start() throws Exception {
    cluster = DemoCluster.start();
    client = admin(cluster);
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  /**
   * The OpenAPI extract is a test resource beside this class (its source is named in the .md file
   * next to it): a fresh clone has nothing outside the repository.
   */
  static JsonNode schema() {
    try (InputStream in = DemoClusterMatchesOpenApiTest.class.getResourceAsStream(OPENAPI)) {
      if (in == null) {
        throw new IllegalStateException(OPENAPI + " is missing from the test resources");
      }
      return Json.tree(in.readAllBytes()).at("/components/schemas/OcspConfig");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<String> integerProperties() {
    Set<String> keys = new TreeSet<>();
    schema()
        .get("properties")
        .properties()
        .forEach(
            e -> {
              if ("integer".equals(e.getValue().path("type").asText())) {
                keys.add(e.getKey());
              }
            });
    return keys.stream();
  }

  private static ApiError rejected(String key, long value) throws Exception {
    return failure(
        client.send(
            "PUT",
            "/v1/ocsp",
            "config_ocsp",
            "change the OCSP settings",
            Map.of(key, value),
            OcspConfig.class));
  }

  @Test
  void schemaIsFoundAndHasIntegerProperties() {
    assertThat(integerProperties()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("integerProperties")
  void ocspFieldHasTheSchemasRange(String key) {
    JsonNode property = schema().get("properties").get(key);

    OcspField field = OcspField.byKey(key).orElseThrow();
    assertThat(field.isInteger()).isTrue();
    assertThat(field.min()).isEqualTo(property.get("minimum").intValue());
    assertThat(field.max()).isEqualTo(property.get("maximum").intValue());
  }

  @ParameterizedTest
  @MethodSource("integerProperties")
  void demoAcceptsTheSchemasBoundsAndRejectsBeyondThem(String key) throws Exception {
    JsonNode property = schema().get("properties").get(key);
    long min = property.get("minimum").longValue();
    long max = property.get("maximum").longValue();
    OcspField field = OcspField.byKey(key).orElseThrow();

    OcspConfig atMin = value(client.updateOcspConfig(OcspUpdate.of(Map.of(field, (int) min))));
    OcspConfig atMax = value(client.updateOcspConfig(OcspUpdate.of(Map.of(field, (int) max))));
    ApiError below = rejected(key, min - 1);
    ApiError above = rejected(key, max + 1);

    assertThat(atMin.get(field)).isEqualTo((int) min);
    assertThat(atMax.get(field)).isEqualTo((int) max);
    for (ApiError error : new ApiError[] {below, above}) {
      assertThat(error.kind()).isEqualTo(ApiError.Kind.INVALID_SCHEMA);
      assertThat(error.status()).isEqualTo(400);
      assertThat(error.errorCode()).isEqualTo("invalid_schema");
      assertThat(error.namedField()).contains(field);
    }
    assertThat(cluster.config().get(field)).isEqualTo((int) max);
  }

  @Test
  void booleanPropertiesMatchOcspField() {
    schema()
        .get("properties")
        .properties()
        .forEach(
            e -> {
              if ("boolean".equals(e.getValue().path("type").asText())) {
                assertThat(OcspField.byKey(e.getKey()))
                    .hasValueSatisfying(f -> assertThat(f.type()).isEqualTo(Boolean.class));
              }
            });
  }

  @Test
  void ocspFieldsPlusResponderUrlAreExactlyTheSchemasProperties() {
    Set<String> schemaKeys = new TreeSet<>();
    schema().get("properties").fieldNames().forEachRemaining(schemaKeys::add);
    Set<String> consoleKeys = new TreeSet<>();
    for (OcspField field : OcspField.values()) {
      consoleKeys.add(field.key());
    }
    consoleKeys.add("responder_url");

    assertThat(consoleKeys).isEqualTo(schemaKeys);
  }

  @Test
  void unknownPropertyIsRejectedAsTheSchemaForbidsIt() throws Exception {
    assertThat(schema().get("additionalProperties").isBoolean()).isTrue();
    assertThat(schema().get("additionalProperties").booleanValue()).isFalse();
    OcspConfig before = cluster.config();

    ApiError error =
        failure(
            client.send(
                "PUT",
                "/v1/ocsp",
                "config_ocsp",
                "change the OCSP settings",
                Map.of("enabled", true),
                OcspConfig.class));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.kind()).isEqualTo(ApiError.Kind.INVALID_SCHEMA);
    assertThat(cluster.config()).isEqualTo(before);
  }

  @Test
  void readOnlyResponderUrlIsRejected() throws Exception {
    assertThat(schema().at("/properties/responder_url/readOnly").booleanValue()).isTrue();
    OcspConfig before = cluster.config();

    ApiError error =
        failure(
            client.send(
                "PUT",
                "/v1/ocsp",
                "config_ocsp",
                "change the OCSP settings",
                Map.of("responder_url", "http://attacker.example/"),
                OcspConfig.class));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.kind()).isEqualTo(ApiError.Kind.INVALID_SCHEMA);
    assertThat(cluster.config()).isEqualTo(before);
  }
}
