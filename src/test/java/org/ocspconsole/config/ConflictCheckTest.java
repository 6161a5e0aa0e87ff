package org.ocspconsole.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;

class ConflictCheckTest {
  private final OcspConfig loaded = OcspConfig.defaults();

  @Test
  void aFieldChangedOnBothSidesToDifferentValuesIsAConflictWithItsThreeValues() {
    OcspConfig theirs = loaded.with(OcspField.QUERY_FREQUENCY, 600);
    OcspConfig yours = loaded.with(OcspField.QUERY_FREQUENCY, 900);
    ConflictCheck check = ConflictCheck.of(loaded, theirs, yours);
    assertThat(check.conflicts())
        .containsExactly(new ConflictCheck.Conflict(OcspField.QUERY_FREQUENCY, 3600, 600, 900));
    assertThat(check.changedByOthers()).isEmpty();
  }

  @Test
  void theSameChangeOnBothSidesIsNoConflict() {
    OcspConfig both = loaded.with(OcspField.RESPONSE_TIMEOUT, 7);
    assertThat(ConflictCheck.of(loaded, both, both).conflicts()).isEmpty();
  }

  @Test
  void aFieldOnlyTheyChangedIsReportedAndNeverSent() {
    OcspConfig theirs = loaded.with(OcspField.RECOVERY_MAX_TRIES, 9);
    OcspConfig yours = loaded.with(OcspField.QUERY_FREQUENCY, 120);
    ConflictCheck check = ConflictCheck.of(loaded, theirs, yours);
    assertThat(check.conflicts()).isEmpty();
    assertThat(check.changedByOthers()).containsExactly(OcspField.RECOVERY_MAX_TRIES);
    assertThat(check.update(loaded, yours, Map.of()).changes())
        .containsOnlyKeys(OcspField.QUERY_FREQUENCY);
  }

  @Test
  void aConflictWithoutAnExplicitChoiceKeepsTheirs() {
    OcspConfig theirs = loaded.with(OcspField.QUERY_FREQUENCY, 600);
    OcspConfig yours =
        loaded.with(OcspField.QUERY_FREQUENCY, 900).with(OcspField.RESPONSE_TIMEOUT, 3);
    ConflictCheck check = ConflictCheck.of(loaded, theirs, yours);
    assertThat(check.update(loaded, yours, Map.of()).changes())
        .containsOnlyKeys(OcspField.RESPONSE_TIMEOUT);
    assertThat(check.keptTheirs(Map.of())).containsExactly(OcspField.QUERY_FREQUENCY);
  }

  @Test
  void keepingTheirsDropsTheFieldFromTheUpdateAndKeepingYoursSendsIt() {
    OcspConfig theirs =
        loaded.with(OcspField.QUERY_FREQUENCY, 600).with(OcspField.OCSP_FUNCTIONALITY, true);
    OcspConfig yours =
        loaded.with(OcspField.QUERY_FREQUENCY, 900).with(OcspField.RESPONSE_TIMEOUT, 3);
    ConflictCheck check = ConflictCheck.of(loaded, theirs, yours);
    assertThat(
            check
                .update(
                    loaded, yours, Map.of(OcspField.QUERY_FREQUENCY, ConflictCheck.Choice.THEIRS))
                .changes())
        .containsOnlyKeys(OcspField.RESPONSE_TIMEOUT);
    assertThat(
            check
                .update(
                    loaded, yours, Map.of(OcspField.QUERY_FREQUENCY, ConflictCheck.Choice.YOURS))
                .changes())
        .containsEntry(OcspField.QUERY_FREQUENCY, 900)
        .doesNotContainKey(OcspField.OCSP_FUNCTIONALITY);
  }

  @Test
  void aValueTheClusterDidNotReportIsNotAChangeByOthers() {
    OcspConfig theirs =
        new OcspConfig(false, null, 1, 60, 5, ""); // query_frequency missing from the answer
    OcspConfig yours = loaded.with(OcspField.QUERY_FREQUENCY, 900);
    ConflictCheck check = ConflictCheck.of(loaded, theirs, yours);
    assertThat(check.conflicts()).isEmpty();
    assertThat(check.changedByOthers()).isEmpty();
  }
}
