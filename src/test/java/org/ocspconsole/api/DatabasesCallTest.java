package org.ocspconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocspconsole.api.Calls.failure;
import static org.ocspconsole.api.Calls.value;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/bdbs}: only the fields a staple check needs are asked for and kept. */
class DatabasesCallTest {
  private static final String FULL =
      "[{\"uid\":1,\"name\":\"orders\",\"tls_mode\":\"enabled\",\"authentication_redis_pass\":"
          + "\"s3cr3t-db-pass\",\"endpoints\":[{\"uid\":\"1:1\",\"dns_name\":\"redis-12000.c.example\","
          + "\"addr\":[\"10.0.0.5\"],\"addr_type\":\"external\",\"port\":12000}]},"
          + "{\"uid\":2,\"name\":\"cache\",\"tls_mode\":\"replica_ssl\",\"endpoints\":[]}]";

  private StubServer server;

  @BeforeEach
  void start() throws Exception {
    server = new StubServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void readsEndpointsAndTlsModeAndKeepsNothingElse() throws Exception {
    server.answer(
        new StubServer.Answer(
            200,
            "application/json",
            FULL.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            Map.of()));
    ClusterClient client = server.client();

    List<Database> databases = value(client.databases());

    assertThat(databases).hasSize(2);
    Database orders = databases.get(0);
    assertThat(orders.clientTls()).isTrue();
    assertThat(orders.endpoints().get(0))
        .isEqualTo(new Database.Endpoint("redis-12000.c.example", List.of("10.0.0.5"), 12000));
    assertThat(databases.get(1).clientTls()).isFalse(); // replica_ssl: clients connect in plain
    assertThat(databases.toString()).doesNotContain("s3cr3t");
    // The server's Date header (this server writes its own), kept for the clock comparison.
    ServerDate date = client.serverDate().orElseThrow();
    assertThat(Duration.between(date.date(), Instant.now()).abs())
        .isLessThan(Duration.ofSeconds(5));
    assertThat(date.skew().abs()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void onTheWireItAsksForExactlyTheFieldsItNeeds() throws Exception {
    server.answer(StubServer.Answer.json(200, "[]"));

    value(server.client().databases());

    // The reference's syntax (GET /v1/bdbs?fields=uid,name): top-level names, comma-separated.
    assertThat(server.lastRequest()).isEqualTo("GET /v1/bdbs?fields=uid,name,tls_mode,endpoints");
  }

  @Test
  void theRecordsHaveNoPlaceForAnythingElse() {
    // A server that ignores fields= sends passwords too; there is nowhere to keep them.
    assertThat(Arrays.stream(Database.class.getRecordComponents()).map(c -> c.getName()))
        .containsExactly("uid", "name", "tlsMode", "endpoints");
    assertThat(Arrays.stream(Database.Endpoint.class.getRecordComponents()).map(c -> c.getName()))
        .containsExactly("dnsName", "addr", "port");
  }

  @Test
  void anUnreadableAnswerIsNeverQuotedItMayHoldPasswords() throws Exception {
    server.answer(
        StubServer.Answer.json(
            200, "[{\"uid\": \"one\", \"authentication_redis_pass\": \"s3cr3t-db-pass\"}]"));

    ApiError error = failure(server.client().databases());

    assertThat(error.message()).doesNotContain("s3cr3t");
    assertThat(String.valueOf(error.excerpt())).doesNotContain("s3cr3t");
  }

  @Test
  void aUserWithoutThePermissionIsToldWhichOneIsMissing() throws Exception {
    server.answer(
        StubServer.Answer.json(
            403, "{\"error_code\":\"insufficient_permissions\",\"description\":\"no\"}"));

    ApiError error = failure(server.client().databases());

    assertThat(error.kind()).isEqualTo(ApiError.Kind.FORBIDDEN);
    assertThat(error.message())
        .isEqualTo(
            "This user may not list the databases: it needs the view_all_bdbs_info permission"
                + " (403).");
  }
}
