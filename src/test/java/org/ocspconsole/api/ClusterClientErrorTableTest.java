package org.ocspconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocspconsole.api.Calls.admin;
import static org.ocspconsole.api.Calls.awaitCondition;
import static org.ocspconsole.api.Calls.exception;
import static org.ocspconsole.api.Calls.failure;
import static org.ocspconsole.api.Calls.pinned;
import static org.ocspconsole.api.Calls.value;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocspconsole.api.ApiError.Kind;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.RefusingPort;

/** Every row of the contract's error table, over real HTTPS against the demo cluster. */
class ClusterClientErrorTableTest {
  private DemoCluster cluster;

  @BeforeEach
  void startCluster() throws IOException {
    cluster = DemoCluster.start();
    // The simulated responder query would otherwise add most of a second to every test call.
    cluster.switches().testDuration(Duration.ZERO);
  }

  @AfterEach
  void stopCluster() {
    cluster.close();
  }

  @Test
  void getAnswersTheClustersConfiguration() throws Exception {
    OcspConfig config = value(admin(cluster).getOcspConfig());

    assertThat(config)
        .isEqualTo(new OcspConfig(false, 3600, 1, 60, 5, cluster.switches().defaultResponderUrl()));
    assertThat(config.hasResponderUrl()).isTrue();
  }

  @Test
  void putAnswersTheUpdatedConfiguration() throws Exception {
    OcspConfig answer =
        value(
            admin(cluster)
                .updateOcspConfig(
                    OcspUpdate.of(
                        Map.of(
                            OcspField.OCSP_FUNCTIONALITY, true, OcspField.RESPONSE_TIMEOUT, 7))));

    assertThat(answer.ocspFunctionality()).isTrue();
    assertThat(answer.responseTimeout()).isEqualTo(7);
    assertThat(cluster.config()).isEqualTo(answer);
  }

  @Test
  void statusAnswersTheCachedStatusWithParsedTimes() throws Exception {
    OcspStatus status = value(admin(cluster).getOcspStatus());

    assertThat(status.state()).contains(OcspStatus.CertState.GOOD);
    assertThat(status.responderUrl()).isEqualTo(cluster.switches().defaultResponderUrl());
    assertThat(status.thisUpdate().parsed()).isTrue();
    assertThat(status.producedAt().value())
        .hasValueSatisfying(t -> assertThat(t).isBefore(Instant.now()));
    assertThat(status.revocationTime()).isNull();
  }

  @Test
  void testCallQueriesTheResponderNow() throws Exception {
    Instant before = Instant.now().minusSeconds(5);

    OcspStatus status = value(admin(cluster).testOcspStatus());

    assertThat(status.state()).contains(OcspStatus.CertState.GOOD);
    assertThat(status.producedAt().value()).hasValueSatisfying(t -> assertThat(t).isAfter(before));
    assertThat(cluster.requests())
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly("POST /v1/ocsp/test");
  }

  @Test
  void outOfRangeValueIsInvalidSchemaNamingTheField() throws Exception {
    ApiError error =
        failure(
            admin(cluster)
                .updateOcspConfig(
                    OcspUpdate.of(
                        Map.of(
                            OcspField.RECOVERY_MAX_TRIES,
                            OcspField.RECOVERY_MAX_TRIES.max() + 1))));

    assertThat(error.kind()).isEqualTo(Kind.INVALID_SCHEMA);
    assertThat(error.status()).isEqualTo(400);
    assertThat(error.errorCode()).isEqualTo("invalid_schema");
    assertThat(error.namedField()).contains(OcspField.RECOVERY_MAX_TRIES);
    assertThat(error.message()).contains(error.serverText());
    assertThat(cluster.config()).isEqualTo(value(admin(cluster).getOcspConfig()));
    assertThat(cluster.config().recoveryMaxTries())
        .isEqualTo(OcspField.RECOVERY_MAX_TRIES.defaultValue());
  }

  @Test
  void wrongTypeIsInvalidSchemaNamingTheField() throws Exception {
    ApiError error =
        failure(
            admin(cluster)
                .send(
                    "PUT",
                    "/v1/ocsp",
                    "config_ocsp",
                    "change the OCSP settings",
                    Map.of("query_frequency", "3600"),
                    OcspConfig.class));

    assertThat(error.kind()).isEqualTo(Kind.INVALID_SCHEMA);
    assertThat(error.namedField()).contains(OcspField.QUERY_FREQUENCY);
  }

  @Test
  void unknownKeyIsInvalidSchemaNamingNoWritableField() throws Exception {
    ApiError error =
        failure(
            admin(cluster)
                .send(
                    "PUT",
                    "/v1/ocsp",
                    "config_ocsp",
                    "change the OCSP settings",
                    Map.of("enabled", true),
                    OcspConfig.class));

    assertThat(error.kind()).isEqualTo(Kind.INVALID_SCHEMA);
    assertThat(error.serverText()).contains("enabled");
    assertThat(error.namedField()).isEmpty();
  }

  @Test
  void enablingWithoutResponderUrlIsRefused() throws Exception {
    cluster.switches().noResponderUrl();
    ClusterClient client = admin(cluster);
    OcspConfig loaded = value(client.getOcspConfig());

    ApiError error =
        failure(
            client.updateOcspConfig(
                OcspUpdate.between(loaded, loaded.with(OcspField.OCSP_FUNCTIONALITY, true))));

    assertThat(loaded.hasResponderUrl()).isFalse();
    assertThat(error.kind()).isEqualTo(Kind.NO_RESPONDER_URL);
    assertThat(error.status()).isEqualTo(400);
    assertThat(error.errorCode()).isEqualTo("no_responder_url");
    assertThat(cluster.config().ocspFunctionality()).isFalse();
  }

  @Test
  void wrongPasswordIsUnauthorized() throws Exception {
    ClusterClient client =
        pinned(cluster, cluster.admin().name(), cluster.admin().password() + "x");

    ApiError get = failure(client.getOcspConfig());
    ApiError put =
        failure(client.updateOcspConfig(OcspUpdate.of(Map.of(OcspField.QUERY_FREQUENCY, 120))));

    assertThat(get.kind()).isEqualTo(Kind.UNAUTHORIZED);
    assertThat(get.status()).isEqualTo(401);
    assertThat(put.kind()).isEqualTo(Kind.UNAUTHORIZED);
    assertThat(cluster.config().queryFrequency()).isEqualTo(3600);
  }

  @Test
  void viewerIsForbiddenEveryCallWithThePermissionItLacks() throws Exception {
    ClusterClient viewer = pinned(cluster, cluster.viewer().name(), cluster.viewer().password());

    ApiError get = failure(viewer.getOcspConfig());
    ApiError put =
        failure(viewer.updateOcspConfig(OcspUpdate.of(Map.of(OcspField.QUERY_FREQUENCY, 120))));
    ApiError status = failure(viewer.getOcspStatus());
    ApiError test = failure(viewer.testOcspStatus());

    assertThat(List.of(get, put, status, test))
        .allSatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.message()).contains(e.permission());
            });
    assertThat(get.permission()).isEqualTo("view_ocsp_config");
    assertThat(put.permission()).isEqualTo("config_ocsp");
    assertThat(status.permission()).isEqualTo("view_ocsp_status");
    assertThat(test.permission()).isEqualTo("test_ocsp_status");
  }

  @Test
  void unknownPathIsNotFoundAndKeepsTheServersCode() throws Exception {
    ApiError error =
        failure(
            admin(cluster)
                .send(
                    "GET",
                    "/v1/no_such_thing",
                    "view_cluster_info",
                    "read something",
                    null,
                    OcspConfig.class));

    assertThat(error.kind()).isEqualTo(Kind.NOT_FOUND);
    assertThat(error.status()).isEqualTo(404);
    assertThat(error.errorCode()).isEqualTo("not_found");
    assertThat(error.serverText()).contains("/v1/no_such_thing");
    assertThat(error.message()).contains("/v1/no_such_thing");
  }

  @Test
  void everyCallIsRefusedWhileNotEveryNodeSupportsOcsp() throws Exception {
    cluster.switches().unsupportedCapability(true);
    ClusterClient client = admin(cluster);

    List<ApiError> errors =
        List.of(
            failure(client.getOcspConfig()),
            failure(client.updateOcspConfig(OcspUpdate.of(Map.of(OcspField.QUERY_FREQUENCY, 120)))),
            failure(client.getOcspStatus()),
            failure(client.testOcspStatus()));

    assertThat(errors)
        .allSatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_BY_CAPABILITY);
              assertThat(e.status()).isEqualTo(406);
              assertThat(e.errorCode()).isEqualTo("ocsp_unsupported_by_capability");
            });
  }

  @Test
  void testCallQueuedTooLongIsARetryableServerError() throws Exception {
    cluster.switches().testQueuedTooLong(true);

    ApiError error = failure(admin(cluster).testOcspStatus());

    assertThat(error.kind()).isEqualTo(Kind.TASK_QUEUED_TOO_LONG);
    assertThat(error.status()).isEqualTo(500);
    assertThat(error.isRetryable()).isTrue();
  }

  @Test
  void invalidResponderAnswerFailsTestAndStatus() throws Exception {
    cluster.switches().invalidOcspResponse(true);
    ClusterClient client = admin(cluster);

    ApiError test = failure(client.testOcspStatus());
    ApiError status = failure(client.getOcspStatus());

    assertThat(List.of(test, status))
        .allSatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.INVALID_OCSP_RESPONSE);
              assertThat(e.status()).isEqualTo(500);
              assertThat(e.errorCode()).isEqualTo("invalid_ocsp_response");
              assertThat(e.message()).contains(e.serverText());
            });
  }

  @Test
  void testCallWithoutResponderUrlIsAServerError() throws Exception {
    cluster.switches().noResponderUrl();

    ApiError error = failure(admin(cluster).testOcspStatus());

    assertThat(error.kind()).isEqualTo(Kind.NO_RESPONDER_URL);
    assertThat(error.status()).isEqualTo(500);
  }

  @Test
  void nodeOutsideTheClusterIsUnavailable() throws Exception {
    cluster.switches().serviceUnavailable(true);

    ApiError error = failure(admin(cluster).getOcspConfig());

    assertThat(error.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(error.status()).isEqualTo(503);
    assertThat(error.isRetryable()).isTrue();
    assertThat(error.message()).contains("503").contains(error.serverText());
  }

  @Test
  void proxyHtmlPageIsAServerErrorWithAnExcerpt() throws Exception {
    cluster.switches().htmlErrorPage(true);

    ApiError error = failure(admin(cluster).getOcspConfig());

    assertThat(error.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(error.status()).isEqualTo(502);
    assertThat(error.errorCode()).isNull();
    assertThat(error.excerpt()).contains("502 Bad Gateway").doesNotContain("<");
    assertThat(error.message()).contains(error.excerpt());
  }

  @Test
  void droppedConnectionIsConnectionClosed() throws Exception {
    cluster.switches().dropConnections(true);

    ApiError error = failure(admin(cluster).getOcspConfig());

    assertThat(error.kind()).isEqualTo(Kind.CONNECTION_CLOSED);
    assertThat(error.status()).isZero();
  }

  @Test
  void closedPortIsConnectionRefused() throws Exception {
    try (RefusingPort closed = RefusingPort.open()) {
      int port = closed.port();
      ClusterClient client =
          ClusterClient.create(
              ClusterConnection.of(
                  URI.create("https://127.0.0.1:" + port),
                  new Credentials.Basic("admin", "pw".toCharArray()),
                  TrustSettings.pinned(cluster.fingerprint())));

      ApiError error = failure(client.getOcspConfig());

      assertThat(error.kind()).isEqualTo(Kind.CONNECTION_REFUSED);
      assertThat(error.message()).contains(String.valueOf(port));
    }
  }

  @Test
  void slowAnswerTimesOut() throws Exception {
    cluster.switches().latency(Duration.ofSeconds(3));
    ClusterConnection connection =
        ClusterConnection.of(
                cluster.baseUri(),
                new Credentials.Basic(
                    cluster.admin().name(), cluster.admin().password().toCharArray()),
                TrustSettings.pinned(cluster.fingerprint()))
            .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofSeconds(5));

    ApiError error = failure(ClusterClient.create(connection).getOcspConfig());

    assertThat(error.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(error.message()).contains("200 ms");
  }

  @Test
  void cancellingASlowCallCompletesItAsCancelledAndReportsIt() throws Exception {
    cluster.switches().latency(Duration.ofSeconds(5));
    ClusterClient client = admin(cluster);
    CompletableFuture<Exchange> reported = new CompletableFuture<>();
    client.addExchangeListener(reported::complete);

    CompletableFuture<OcspConfig> call = client.getOcspConfig();
    awaitCondition(() -> !cluster.requests().isEmpty(), "the demo received the request");
    boolean cancelled = call.cancel(true);

    assertThat(cancelled).isTrue();
    assertThat(call).isCancelled();
    Exchange exchange = reported.get(5, TimeUnit.SECONDS);
    assertThat(exchange.errorCode()).isEqualTo(Kind.CANCELLED.name());
    assertThat(exchange.status()).isZero();
    assertThat(exchange.method()).isEqualTo("GET");
  }

  @ParameterizedTest(name = "messageStyleErrors={0}")
  @ValueSource(booleans = {true, false})
  void serverTextIsReadFromMessageOrDescription(boolean messageStyle) throws Exception {
    cluster.switches().messageStyleErrors(messageStyle).unsupportedCapability(true);

    ApiError error = failure(admin(cluster).getOcspConfig());

    assertThat(error.errorCode()).isEqualTo("ocsp_unsupported_by_capability");
    assertThat(error.serverText()).isEqualTo("Not all nodes in the cluster support OCSP");
  }

  @Test
  void exchangeListenerSeesEverySuccessAndFailure() throws Exception {
    ClusterClient client = admin(cluster);
    List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    client.addExchangeListener(exchanges::add);

    value(client.updateOcspConfig(OcspUpdate.of(Map.of(OcspField.QUERY_FREQUENCY, 120))));
    failure(client.updateOcspConfig(OcspUpdate.of(Map.of(OcspField.QUERY_FREQUENCY, 1))));

    assertThat(exchanges).hasSize(2);
    assertThat(exchanges.get(0).status()).isEqualTo(200);
    assertThat(exchanges.get(0).errorCode()).isNull();
    assertThat(exchanges.get(0).requestBody()).isEqualTo("{\"query_frequency\":120}");
    assertThat(exchanges.get(1).status()).isEqualTo(400);
    assertThat(exchanges.get(1).errorCode()).isEqualTo("invalid_schema");
    assertThat(exchanges.get(1).uri()).isEqualTo(cluster.baseUri().resolve("/v1/ocsp"));
  }

  @Test
  void passwordNeverAppearsInErrorsCredentialsOrExchanges() throws Exception {
    String password = "Tr0ub4dor&3-unique";
    String encoded =
        Base64.getEncoder()
            .encodeToString(
                (cluster.admin().name() + ":" + password).getBytes(StandardCharsets.UTF_8));
    Credentials credentials = new Credentials.Basic(cluster.admin().name(), password.toCharArray());
    ClusterConnection connection =
        ClusterConnection.of(
            cluster.baseUri(), credentials, TrustSettings.pinned(cluster.fingerprint()));
    ClusterClient client = ClusterClient.create(connection);
    List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    client.addExchangeListener(exchanges::add);
    List<Function<ClusterClient, CompletableFuture<?>>> calls =
        List.of(
            ClusterClient::getOcspConfig,
            c -> c.updateOcspConfig(OcspUpdate.of(Map.of(OcspField.QUERY_FREQUENCY, 120))),
            ClusterClient::getOcspStatus,
            ClusterClient::testOcspStatus);

    List<ApiException> failures = new ArrayList<>();
    for (Function<ClusterClient, CompletableFuture<?>> call : calls) {
      failures.add(exception(call.apply(client)));
    }
    failures.add(
        exception(
            ClusterClient.create(connection.withTrust(TrustSettings.system())).getOcspConfig()));

    List<String> texts = new ArrayList<>();
    failures.forEach(
        f -> {
          texts.add(f.getMessage());
          texts.add(f.toString());
          texts.add(f.error().toString());
        });
    exchanges.forEach(e -> texts.add(e.toString()));
    texts.add(credentials.toString());
    texts.add(connection.toString());
    assertThat(failures)
        .extracting(ApiException::kind)
        .containsOnly(Kind.UNAUTHORIZED, Kind.UNTRUSTED_CERTIFICATE);
    assertThat(exchanges).hasSize(calls.size());
    assertThat(texts)
        .allSatisfy(t -> assertThat(t).doesNotContain(password).doesNotContain(encoded));
  }
}
