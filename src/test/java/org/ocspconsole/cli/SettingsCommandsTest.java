package org.ocspconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.api.Json;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus.CertState;
import org.ocspconsole.demo.RecordedRequest;

/** {@code get}, {@code set}, {@code test}, {@code export} and {@code import} against the demo. */
class SettingsCommandsTest {
  @TempDir Path folder;
  private CliFixture cli;

  @BeforeEach
  void start() throws Exception {
    cli = new CliFixture(folder);
  }

  @AfterEach
  void stop() {
    cli.close();
  }

  private List<RecordedRequest> puts() {
    return cli.cluster.requests().stream().filter(r -> r.method().equals("PUT")).toList();
  }

  @Test
  void getShowsTheSettingsAsATableOrAsTheClustersJson() throws Exception {
    CliFixture.Result table = cli.onCluster("get");
    CliFixture.Result json = cli.onCluster("get", "--format", "json");

    assertThat(table.exit()).isZero();
    assertThat(table.out())
        .contains("OCSP stapling       off")
        .contains("Query frequency     3600 s (1 h)")
        .contains("Response timeout    1 s\n")
        .contains("Recovery max tries  5")
        .contains("Responder URL       http://");
    assertThat(
            Json.tree(json.out().getBytes(StandardCharsets.UTF_8)).get("query_frequency").asInt())
        .isEqualTo(3600);
  }

  @Test
  void setSendsOnlyTheGivenFieldsThatChangeAndShowsTheAnswer() {
    CliFixture.Result result =
        cli.onCluster("set", "--query-frequency", "600", "--response-timeout", "1");

    assertThat(result.exit()).isZero();
    assertThat(puts()).hasSize(1);
    assertThat(puts().get(0).body()).isEqualTo("{\"query_frequency\":600}");
    assertThat(result.out()).contains("Query frequency     600 s (10 min)");
    assertThat(result.err()).isEqualTo("Saved: query_frequency.\n");
    assertThat(cli.cluster.config().queryFrequency()).isEqualTo(600);
  }

  @Test
  void anInvalidValueIsRefusedWithTheFormsWordsAndNothingIsSent() {
    CliFixture.Result result =
        cli.onCluster("set", "--query-frequency", "30", "--recovery-max-tries", "1.5");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err())
        .contains("Query frequency: Too small: the minimum is 60.")
        .contains("Recovery max tries: Whole numbers only, no decimals: between 1 and 100.")
        .contains("Nothing was sent.");
    assertThat(cli.cluster.requests()).isEmpty();
  }

  @Test
  void ocspCannotBeTurnedOnWithoutAResponderUrl() {
    cli.cluster.switches().noResponderUrl();

    CliFixture.Result result = cli.onCluster("set", "--ocsp", "on");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err())
        .contains("OCSP cannot be enabled: the proxy certificate carries no OCSP");
    assertThat(puts()).isEmpty();
  }

  @Test
  void dryRunPrintsTheBodyAndSendsNothing() {
    CliFixture.Result result =
        cli.onCluster("set", "--ocsp", "on", "--recovery-frequency", "120", "--dry-run");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .isEqualTo("{\n  \"ocsp_functionality\" : true,\n  \"recovery_frequency\" : 120\n}\n");
    assertThat(result.err()).contains("nothing was sent");
    assertThat(puts()).isEmpty();
  }

  @Test
  void expectRefusesWhenSomeoneChangedTheSettingsMeanwhile() {
    cli.cluster.setConfig(OcspField.QUERY_FREQUENCY, 7200);

    CliFixture.Result refused =
        cli.onCluster("set", "--query-frequency", "600", "--expect", "query_frequency=3600");
    CliFixture.Result accepted =
        cli.onCluster(
            "set", "--query-frequency", "600", "--expect", "query-frequency=7200,ocsp=off");

    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err())
        .contains("query_frequency is 7200 s (2 h), not 3600 s (1 h)")
        .contains("Nothing was sent.");
    assertThat(accepted.exit()).isZero();
    assertThat(puts()).hasSize(1);
  }

  @Test
  void nothingIsSentWhenTheClusterAlreadyHasTheValues() {
    CliFixture.Result result = cli.onCluster("set", "--query-frequency", "3600");

    assertThat(result.exit()).isZero();
    assertThat(result.err()).contains("Nothing to change");
    assertThat(puts()).isEmpty();
  }

  @Test
  void testQueriesTheResponderNow() throws Exception {
    CliFixture.Result good = cli.onCluster("test");
    cli.cluster.switches().certState(CertState.REVOKED);
    CliFixture.Result revoked = cli.onCluster("test", "--format", "json");

    assertThat(good.exit()).isZero();
    assertThat(good.out()).contains("Certificate status  GOOD").contains("Next update ");
    assertThat(cli.cluster.requests()).anyMatch(r -> r.method().equals("POST"));
    assertThat(revoked.exit()).isEqualTo(1);
    assertThat(
            Json.tree(revoked.out().getBytes(StandardCharsets.UTF_8)).get("cert_status").asText())
        .isEqualTo("REVOKED");
  }

  @Test
  void exportWritesThePutBodyShapeAndImportAppliesIt() throws Exception {
    cli.cluster.setConfig(OcspField.RESPONSE_TIMEOUT, 5);
    Path file = folder.resolve("settings.json");

    CliFixture.Result exported = cli.onCluster("export", "-o", file.toString());
    cli.cluster.setConfig(OcspField.RESPONSE_TIMEOUT, 1);
    cli.cluster.clearRequests();
    CliFixture.Result imported = cli.onCluster("import", file.toString());

    assertThat(exported.exit()).isZero();
    assertThat(Files.readString(file))
        .isEqualTo(
            "{\n  \"ocsp_functionality\" : false,\n  \"query_frequency\" : 3600,\n"
                + "  \"response_timeout\" : 5,\n  \"recovery_frequency\" : 60,\n"
                + "  \"recovery_max_tries\" : 5\n}\n");
    assertThat(imported.exit()).isZero();
    assertThat(puts())
        .extracting(RecordedRequest::body)
        .containsExactly("{\"response_timeout\":5}");
  }

  @Test
  void exportForTheKubernetesOperator() {
    CliFixture.Result result = cli.onCluster("export", "--format", "operator");

    assertThat(result.out())
        .contains(
            "spec:\n  ocspConfiguration:\n    ocspFunctionality: false\n    queryFrequency: 3600\n")
        .contains("recoveryMaxTries: 5\n")
        .contains("the operator owns these settings");
  }

  @Test
  void theOperatorsYamlAsExportedImportsBackAndSendsOnlyWhatDiffers() throws Exception {
    cli.cluster.setConfig(OcspField.RECOVERY_MAX_TRIES, 9);
    Path file = folder.resolve("rec.yaml");

    CliFixture.Result exported =
        cli.onCluster("export", "--format", "operator", "-o", file.toString());
    cli.cluster.setConfig(OcspField.RECOVERY_MAX_TRIES, 5);
    cli.cluster.clearRequests();
    CliFixture.Result imported = cli.onCluster("import", file.toString());

    assertThat(exported.exit()).isZero();
    assertThat(Files.readString(file)).contains("    recoveryMaxTries: 9\n");
    assertThat(imported.exit()).isZero();
    assertThat(puts())
        .extracting(RecordedRequest::body)
        .containsExactly("{\"recovery_max_tries\":9}");
  }

  @Test
  void importRefusesAFileWithAnyBadFieldAndSaysWhich() throws Exception {
    Path file = folder.resolve("bad.json");
    Files.writeString(
        file,
        "{\"query_frequency\": 10, \"responder_url\": \"http://x\", \"enabled\": true,"
            + " \"recovery_max_tries\": \"5\"}");

    CliFixture.Result result = cli.onCluster("import", file.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err())
        .contains("query_frequency: 10 is out of range: a whole number from 60 to 86400.")
        .contains("responder_url: read-only")
        .contains("enabled: not a setting of /v1/ocsp")
        .contains("recovery_max_tries: must be a whole number from 1 to 100.")
        .contains("nothing was sent");
    assertThat(cli.cluster.requests()).isEmpty();
  }
}
