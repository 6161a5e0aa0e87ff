package org.ocspconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.api.Json;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus.CertState;

/** {@code check}: each state, each threshold and each format, against the demo cluster. */
class CheckCommandTest {
  @TempDir Path folder;
  private CliFixture cli;

  @BeforeEach
  void start() throws Exception {
    cli = new CliFixture(folder);
    cli.cluster.setConfig(OcspField.OCSP_FUNCTIONALITY, true);
  }

  @AfterEach
  void stop() {
    cli.close();
  }

  @Test
  void aHealthyClusterIsOkOnOneLineWithPerformanceData() {
    CliFixture.Result result = cli.onCluster("check");

    assertThat(result.exit()).isZero();
    assertThat(result.out().lines()).hasSize(1);
    assertThat(result.out())
        .startsWith("OCSP OK - ")
        .contains("OCSP on, cached status GOOD, next_update in ")
        .contains("proxy certificate valid ")
        .contains("3/3 endpoints stapled")
        .contains("| ocsp_enabled=1 next_update=")
        .contains(";3600:;0: proxy_cert_days=")
        .contains(";30:;7: endpoints=3 endpoints_stapled=3 time=");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void ocspOffIsCriticalUnlessToldOtherwise() {
    cli.cluster.setConfig(OcspField.OCSP_FUNCTIONALITY, false);

    CliFixture.Result critical = cli.onCluster("check", "--skip-endpoints");
    CliFixture.Result warning = cli.onCluster("check", "--skip-endpoints", "--ocsp-off", "warning");
    CliFixture.Result ok = cli.onCluster("check", "--skip-endpoints", "--ocsp-off", "OK");

    assertThat(critical.exit()).isEqualTo(2);
    assertThat(critical.out()).startsWith("OCSP CRITICAL - ").contains(": OCSP stapling is off |");
    assertThat(warning.exit()).isEqualTo(1);
    assertThat(warning.out()).startsWith("OCSP WARNING - ");
    assertThat(ok.exit()).isZero();
  }

  @Test
  void aRevokedCertificateIsCritical() {
    cli.cluster.switches().certState(CertState.REVOKED);

    CliFixture.Result result = cli.onCluster("check", "--skip-endpoints");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.out()).startsWith("OCSP CRITICAL - ").contains("cached status REVOKED");
  }

  @Test
  void nextUpdateCloserThanTheThresholdWarnsAndPassedIsCritical() {
    CliFixture.Result close =
        cli.onCluster("check", "--skip-endpoints", "--warn-next-update", "100000");
    cli.cluster.switches().staleNextUpdate(true);
    CliFixture.Result passed = cli.onCluster("check", "--skip-endpoints");

    assertThat(close.exit()).isEqualTo(1);
    assertThat(close.out()).startsWith("OCSP WARNING - ").contains("next_update in ");
    assertThat(passed.exit()).isEqualTo(2);
    assertThat(passed.out()).contains("next_update passed ").contains(" ago");
  }

  @Test
  void aProxyCertificateCloseToExpiryWarnsThenIsCritical() {
    cli.cluster.switches().proxyCertificateValidFor(Duration.ofDays(20));
    CliFixture.Result soon = cli.onCluster("check", "--skip-endpoints");
    CliFixture.Result sooner =
        cli.onCluster("check", "--skip-endpoints", "--warn-days", "60", "--crit-days", "25");

    assertThat(soon.exit()).isEqualTo(1);
    assertThat(soon.out()).contains("proxy certificate expires in 19 d");
    assertThat(sooner.exit()).isEqualTo(2);
    assertThat(sooner.out()).startsWith("OCSP CRITICAL - ").contains(";60:;25:");
  }

  @Test
  void anEndpointWithoutAStapleIsCriticalOrWhatTheOptionSays() {
    cli.cluster.switches().stapling().noStaple(true);

    CliFixture.Result critical = cli.onCluster("check");
    CliFixture.Result warning = cli.onCluster("check", "--no-staple", "warning", "-v");

    assertThat(critical.exit()).isEqualTo(2);
    assertThat(critical.out()).contains(": no staple").contains("endpoints_stapled=0");
    assertThat(warning.exit()).isEqualTo(1);
    assertThat(warning.out().lines().skip(1)).anyMatch(line -> line.startsWith("WARNING: "));
  }

  @Test
  void jsonCarriesTheStateTheFindingsAndTheFigures() throws Exception {
    cli.cluster.switches().certState(CertState.REVOKED);

    CliFixture.Result result = cli.onCluster("check", "--skip-endpoints", "--format", "json");
    JsonNode json = Json.tree(result.out().getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(result.exit()).isEqualTo(2);
    assertThat(json.get("state").asText()).isEqualTo("CRITICAL");
    assertThat(json.get("exit_code").asInt()).isEqualTo(2);
    assertThat(json.get("cert_status").asText()).isEqualTo("REVOKED");
    assertThat(json.get("findings").get(0).get("text").asText()).isEqualTo("cached status REVOKED");
    assertThat(json.get("metrics").get("proxy_cert_expiry_seconds").asLong()).isPositive();
  }

  @Test
  void jsonKeepsItsDocumentedLayoutWhetherTheClusterAnswersOrNot() throws Exception {
    CliFixture.Result healthy = cli.onCluster("check", "--format", "json");
    cli.cluster.close();
    CliFixture.Result unknown = cli.onCluster("check", "--format", "json");
    JsonNode ok = Json.tree(healthy.out().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    JsonNode gone = Json.tree(unknown.out().getBytes(java.nio.charset.StandardCharsets.UTF_8));

    // The layout scripts rely on: these keys, these types, in this order (README, schema 1).
    assertThat(fieldNames(ok))
        .containsExactly(
            "schema",
            "cluster",
            "state",
            "exit_code",
            "summary",
            "ocsp_enabled",
            "cert_status",
            "findings",
            "metrics");
    assertThat(ok.get("schema").isInt()).isTrue();
    assertThat(ok.get("schema").asInt()).isEqualTo(1);
    assertThat(ok.get("state").asText()).isEqualTo("OK");
    assertThat(ok.get("exit_code").isInt()).isTrue();
    assertThat(ok.get("ocsp_enabled").isBoolean()).isTrue();
    assertThat(ok.get("findings").isArray()).isTrue();
    assertThat(ok.get("findings"))
        .allSatisfy(f -> assertThat(fieldNames(f)).containsExactly("state", "text"));
    assertThat(fieldNames(ok.get("metrics")))
        .containsExactly(
            "ocsp_enabled",
            "next_update_seconds",
            "proxy_cert_expiry_seconds",
            "endpoints",
            "endpoints_stapled",
            "check_seconds");
    assertThat(ok.get("metrics").get("next_update_seconds").isIntegralNumber()).isTrue();
    assertThat(ok.get("metrics").get("check_seconds").isNumber()).isTrue();
    // Not asked: no reading keys at all rather than nulls, and the same schema number.
    assertThat(unknown.exit()).isEqualTo(3);
    assertThat(fieldNames(gone))
        .containsExactly(
            "schema", "cluster", "state", "exit_code", "summary", "findings", "metrics");
    assertThat(gone.get("state").asText()).isEqualTo("UNKNOWN");
    assertThat(fieldNames(gone.get("metrics"))).containsExactly("check_seconds");
  }

  private static java.util.List<String> fieldNames(JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void prometheusTextIsForTheTextfileCollector() {
    CliFixture.Result result = cli.onCluster("check", "--format", "prometheus");
    String label =
        "{cluster=\"" + cli.cluster.baseUri().getHost() + ":" + cli.cluster.port() + "\"}";

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains(
            "# TYPE ocsp_console_check_state gauge\nocsp_console_check_state" + label + " 0\n")
        .contains("ocsp_console_up" + label + " 1\n")
        .contains("ocsp_console_ocsp_enabled" + label + " 1\n")
        .contains("ocsp_console_cert_status{cluster=\"")
        .contains("status=\"GOOD\"} 1\n")
        .contains("status=\"REVOKED\"} 0\n")
        .contains("ocsp_console_endpoints_stapled" + label + " 3\n")
        .containsPattern("ocsp_console_next_update_seconds\\{[^}]+} \\d+\n");
    assertThat(result.out().lines())
        .allMatch(line -> line.startsWith("# ") || line.matches("[a-z_]+\\{.*} -?[0-9.E]+"));
  }

  @Test
  void aClusterThatCannotBeAskedIsUnknownOnStdoutAndInWordsOnStderr() {
    cli.cluster.close();

    CliFixture.Result result = cli.onCluster("check");

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.out()).startsWith("OCSP UNKNOWN - ").contains("connection was refused");
    assertThat(result.err()).startsWith("ocsp-console check: Could not connect to ");
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void wrongOptionsAreUnknownForAMonitoringSystem() {
    CliFixture.Result result = cli.onCluster("check", "--warn-days", "5", "--crit-days", "10");
    CliFixture.Result typo = cli.onCluster("check", "--warn-dayz", "5");

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err()).contains("--crit-days must not be larger than --warn-days.");
    assertThat(typo.exit()).isEqualTo(3);
    assertThat(typo.err())
        .contains("Unknown options: '--warn-dayz'")
        .contains("--warn-days")
        .contains("--help");
  }
}
