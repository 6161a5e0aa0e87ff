package org.ocspconsole.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ocspconsole.api.IntegerInput;
import org.ocspconsole.api.OcspField;

/**
 * Random text into each whole-number field's rule: nothing outside the documented range is ever
 * accepted, and the rule, the parser and the form field agree.
 */
class FieldRulePropertiesTest {

  @Property
  void theRuleAcceptsOnlyInRangeWholeNumbers(
      @ForAll("integerFields") OcspField field, @ForAll("typed") String text) {
    Optional<String> problem = IntegerInput.problem(field, text);
    Optional<Integer> parsed = IntegerInput.parse(text);
    if (problem.isEmpty()) {
      assertThat(parsed).isPresent();
      assertThat(parsed.get()).isBetween(field.min(), field.max());
      assertThat(text).matches("[0-9]+");
    } else {
      assertThat(problem.get()).isNotBlank();
    }
    parsed.ifPresent(value -> assertThat(value).isNotNegative());
  }

  @Property(tries = 1000)
  void theFormFieldNeverOffersAnOutOfRangeValueAsValid(
      @ForAll("integerFields") OcspField field, @ForAll("typed") String text) {
    NumberField number = new NumberField(field);
    number.load((Integer) field.defaultValue());
    number.textProperty().set(text);
    if (number.messageProperty().get() == null) {
      assertThat(number.valueProperty().get()).isBetween(field.min(), field.max());
    } else if (number.valueProperty().get() != null) {
      assertThat(field.inRange(number.valueProperty().get())).isFalse();
    }
  }

  @Provide
  Arbitrary<OcspField> integerFields() {
    return Arbitraries.of(OcspField.values()).filter(OcspField::isInteger);
  }

  /** Anything at all, digit-heavy text near the limits, and numbers with decorations. */
  @Provide
  Arbitrary<String> typed() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> near =
        Arbitraries.integers()
            .between(-100, 100_000)
            .map(String::valueOf)
            .flatMap(
                n ->
                    Arbitraries.of(
                        n, " " + n, n + " ", "+" + n, n + ".0", n + ",5", "0" + n, n + "e3"));
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(20);
    Arbitrary<String> unicodeDigits =
        Arbitraries.strings()
            .withChars("0123456789\u0660\u0661\u06f5\u0966\uff10\uff15\u00b2\u2007\u00a0-")
            .ofMaxLength(8);
    return Arbitraries.oneOf(digits, near, any, unicodeDigits);
  }
}
