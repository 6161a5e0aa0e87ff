package org.ocspconsole.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ocspconsole.api.OcspField;

/** The form's number field applies the whole-number rule to what is typed, by value. */
class NumberFieldTest {

  @Test
  void aFieldHoldingLeadingZerosOfItsLoadedValueIsNotAChange() {
    NumberField query = new NumberField(OcspField.QUERY_FREQUENCY);
    query.load(60);
    query.textProperty().set("000000000060");
    assertThat(query.messageProperty().get()).isNull();
    assertThat(query.valueProperty().get()).isEqualTo(60);
    assertThat(query.dirtyProperty().get()).isFalse();
  }
}
