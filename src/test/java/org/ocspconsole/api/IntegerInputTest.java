package org.ocspconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The whole-number rule judges a number by its value, not by how many digits were typed. */
class IntegerInputTest {

  @Test
  void leadingZerosAreJudgedByTheValueNotCalledTooLarge() {
    assertThat(IntegerInput.parse("000000000060")).contains(60);
    assertThat(IntegerInput.problem(OcspField.QUERY_FREQUENCY, "000000000060")).isEmpty();
    assertThat(IntegerInput.parse("0000000000000000000005")).contains(5);
    assertThat(IntegerInput.problem(OcspField.RESPONSE_TIMEOUT, "00000000000000000000"))
        .hasValueSatisfying(m -> assertThat(m).startsWith("Too small"));
  }

  @Test
  void aNumberThatIsReallyTooLargeIsStillCalledSo() {
    assertThat(IntegerInput.problem(OcspField.QUERY_FREQUENCY, "00099999999999"))
        .hasValueSatisfying(m -> assertThat(m).startsWith("Too large"));
    assertThat(IntegerInput.parse("2147483648")).isEmpty();
    assertThat(IntegerInput.parse("02147483647")).contains(Integer.MAX_VALUE);
  }
}
