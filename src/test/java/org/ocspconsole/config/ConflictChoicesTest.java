package org.ocspconsole.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.OcspField;

class ConflictChoicesTest {
  private final ConflictChoices choices =
      new ConflictChoices(
          List.of(
              new ConflictCheck.Conflict(OcspField.QUERY_FREQUENCY, 3600, 600, 900),
              new ConflictCheck.Conflict(OcspField.RESPONSE_TIMEOUT, 1, 2, 3)));

  @Test
  void noSideIsChosenAtFirstSoSaveAsChosenWaits() {
    assertThat(choices.choice(OcspField.QUERY_FREQUENCY).get()).isNull();
    assertThat(choices.choice(OcspField.RESPONSE_TIMEOUT).get()).isNull();
    assertThat(choices.completeProperty().get()).isFalse();
    assertThat(choices.chosen()).isEmpty();
  }

  @Test
  void saveAsChosenIsPossibleOnlyOnceEveryRowHasASide() {
    choices.choice(OcspField.QUERY_FREQUENCY).set(ConflictCheck.Choice.YOURS);
    assertThat(choices.completeProperty().get()).isFalse();
    choices.choice(OcspField.RESPONSE_TIMEOUT).set(ConflictCheck.Choice.THEIRS);
    assertThat(choices.completeProperty().get()).isTrue();
    assertThat(choices.chosen())
        .containsEntry(OcspField.QUERY_FREQUENCY, ConflictCheck.Choice.YOURS)
        .containsEntry(OcspField.RESPONSE_TIMEOUT, ConflictCheck.Choice.THEIRS);
  }

  @Test
  void keepTheirsAndKeepMineApplyToEveryRow() {
    assertThat(choices.all(ConflictCheck.Choice.THEIRS))
        .containsOnlyKeys(OcspField.QUERY_FREQUENCY, OcspField.RESPONSE_TIMEOUT)
        .doesNotContainValue(ConflictCheck.Choice.YOURS);
  }
}
