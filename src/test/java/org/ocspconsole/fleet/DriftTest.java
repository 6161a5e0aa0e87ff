package org.ocspconsole.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;

class DriftTest {
  private final OcspConfig base = new OcspConfig(true, 3600, 1, 60, 5, "http://ocsp.example/");
  private final OcspConfig other = new OcspConfig(true, 7200, 1, 60, 20, "");

  @Test
  void marksOnlyTheFieldsThatDifferFromTheBaseline() {
    assertEquals(
        Set.of(OcspField.QUERY_FREQUENCY, OcspField.RECOVERY_MAX_TRIES),
        Drift.differing(Drift.baselineOf(base), other));
  }

  @Test
  void aSettingsFileBaselineComparesOnlyTheFieldsItNames() {
    assertEquals(Set.of(), Drift.differing(Map.of(OcspField.RESPONSE_TIMEOUT, 1), other));
  }

  @Test
  void sideBySideShowsHumanUnitsAndTheResponderUrl() {
    List<Drift.Line> lines = Drift.sideBySide(base, other);
    assertEquals(
        new Drift.Line("Query frequency", OcspField.QUERY_FREQUENCY, "1 h", "2 h", true),
        lines.get(1));
    assertEquals(
        new Drift.Line("Responder URL", null, "http://ocsp.example/", "(none)", true),
        lines.get(5));
  }

  @Test
  void theOperatorSnippetUsesItsCamelCaseFields() {
    assertEquals(
        "spec:\n  ocspConfiguration:\n    ocspFunctionality: true\n    queryFrequency: 3600\n",
        OperatorSnippet.yaml(
            Map.of(OcspField.QUERY_FREQUENCY, 3600, OcspField.OCSP_FUNCTIONALITY, true)));
  }
}
