package org.ocspconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operator's YAML is read back with the same strictness as the JSON settings file. */
class OperatorYamlTest {

  private static OcspSettingsFile.Read read(String text) {
    return OcspSettingsFile.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSnippetAsExportedComesBackAsTheSameSettings() {
    OcspSettingsFile.Read read =
        read(
            "# RedisEnterpriseCluster. On clusters managed by the operator...\n"
                + "spec:\n"
                + "  ocspConfiguration:\n"
                + "    ocspFunctionality: true\n"
                + "    queryFrequency: 1800\n"
                + "    responseTimeout: 2\n"
                + "    recoveryFrequency: 120\n"
                + "    recoveryMaxTries: 7\n");

    assertThat(read.problems()).isEmpty();
    assertThat(read.update().changes())
        .isEqualTo(
            Map.of(
                OcspField.OCSP_FUNCTIONALITY, true,
                OcspField.QUERY_FREQUENCY, 1800,
                OcspField.RESPONSE_TIMEOUT, 2,
                OcspField.RECOVERY_FREQUENCY, 120,
                OcspField.RECOVERY_MAX_TRIES, 7));
  }

  @Test
  void aWholeClusterResourceGivesOnlyItsOcspSettings() {
    OcspSettingsFile.Read read =
        read(
            "apiVersion: app.redislabs.com/v1\n"
                + "kind: RedisEnterpriseCluster\n"
                + "metadata:\n"
                + "  name: rec\n"
                + "spec:\n"
                + "  nodes: 3\n"
                + "  ocspConfiguration:\n"
                + "    queryFrequency: 600\n");

    assertThat(read.problems()).isEmpty();
    assertThat(read.update().changes()).isEqualTo(Map.of(OcspField.QUERY_FREQUENCY, 600));
  }

  @Test
  void eachBadFieldIsNamedAsTheFileSpellsItAndNothingIsTaken() {
    OcspSettingsFile.Read read =
        read(
            "spec:\n"
                + "  ocspConfiguration:\n"
                + "    queryFrequency: 30\n"
                + "    responseTimeout: \"5\"\n"
                + "    ocspFunctionality: yes please\n"
                + "    enabled: true\n"
                + "    recoveryMaxTries: 3\n");

    assertThat(read.ok()).isFalse();
    assertThat(read.problems())
        .extracting(OcspSettingsFile.Problem::toString)
        .containsExactly(
            "queryFrequency: 30 is out of range: a whole number from 60 to 86400.",
            "responseTimeout: must be a whole number from 1 to 60.",
            "ocspFunctionality: must be true or false.",
            "enabled: not a field of spec.ocspConfiguration; the fields are ocspFunctionality,"
                + " queryFrequency, responseTimeout, recoveryFrequency, recoveryMaxTries.");
  }

  @Test
  void theRestApiNamesAreNotTheOperatorsAndViceVersa() {
    assertThat(read("spec:\n  ocspConfiguration:\n    query_frequency: 600\n").problems())
        .extracting(OcspSettingsFile.Problem::key)
        .containsExactly("query_frequency");
    assertThat(read("{\"queryFrequency\": 600}").problems())
        .extracting(OcspSettingsFile.Problem::key)
        .containsExactly("queryFrequency");
  }

  @Test
  void yamlWithoutTheSettingsOrNotYamlAtAllIsRefusedInWords() {
    assertThat(read("spec:\n  nodes: 3\n").problems())
        .extracting(OcspSettingsFile.Problem::message)
        .singleElement()
        .asString()
        .contains("spec.ocspConfiguration");
    assertThat(read("spec:\n  ocspConfiguration: [1, 2\n").problems())
        .extracting(OcspSettingsFile.Problem::message)
        .singleElement()
        .asString()
        .startsWith("It is neither JSON nor YAML");
    assertThat(read("just some words").problems())
        .extracting(OcspSettingsFile.Problem::message)
        .singleElement()
        .asString()
        .contains("operator's YAML");
  }

  @Test
  void theJsonFileStaysAsStrictAsBefore() {
    assertThat(read("{\"query_frequency\": 600,}").problems())
        .extracting(OcspSettingsFile.Problem::message)
        .containsExactly("It is not JSON.");
    assertThat(read("  \n{\"query_frequency\": 600}").update().changes())
        .isEqualTo(Map.of(OcspField.QUERY_FREQUENCY, 600));
  }

  @Test
  void operatorKeysAreTheApiKeysInCamelCase() {
    assertThat(OcspField.RECOVERY_MAX_TRIES.operatorKey()).isEqualTo("recoveryMaxTries");
    assertThat(OcspField.byOperatorKey("ocspFunctionality")).contains(OcspField.OCSP_FUNCTIONALITY);
    assertThat(OcspField.byOperatorKey("ocsp_functionality")).isEmpty();
  }
}
