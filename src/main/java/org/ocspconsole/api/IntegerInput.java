package org.ocspconsole.api;

import java.util.Optional;

/**
 * The local rule for a whole-number field: what the user typed, checked against the contract's
 * range. Anything but a plain decimal whole number in range gets a message saying what is wrong.
 */
public final class IntegerInput {
  private IntegerInput() {}

  /**
   * The parsed value, or empty when {@link #problem} has something to say. Leading zeros do not
   * count: "000000000060" is 60, judged by its value, not by how many digits it has.
   */
  public static Optional<Integer> parse(String text) {
    if (text == null || !text.matches("[0-9]+")) {
      return Optional.empty();
    }
    String significant = text.replaceFirst("^0+(?=.)", "");
    if (significant.length() > 10) {
      return Optional.empty();
    }
    long value = Long.parseLong(significant);
    return value > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) value);
  }

  /** Why the text is not an acceptable value for the field, or empty when it is. */
  public static Optional<String> problem(OcspField field, String text) {
    String range = "between " + field.min() + " and " + field.max();
    if (text == null || text.isEmpty()) {
      return Optional.of("Required: a whole number " + range + ".");
    }
    if (!text.equals(text.strip()) || text.chars().anyMatch(Character::isWhitespace)) {
      return Optional.of("Remove the spaces: a whole number " + range + ".");
    }
    if (text.startsWith("-") || text.startsWith("+")) {
      return Optional.of("No sign, please: a whole number " + range + ".");
    }
    if (text.matches("[0-9]*[.,][0-9]*")) {
      return Optional.of("Whole numbers only, no decimals: " + range + ".");
    }
    if (!text.matches("[0-9]+")) {
      return Optional.of("Not a whole number: use digits only, " + range + ".");
    }
    Optional<Integer> value = parse(text);
    if (value.isEmpty()) {
      return Optional.of("Too large: the maximum is " + field.max() + ".");
    }
    if (value.get() < field.min()) {
      return Optional.of("Too small: the minimum is " + field.min() + ".");
    }
    if (value.get() > field.max()) {
      return Optional.of("Too large: the maximum is " + field.max() + ".");
    }
    return Optional.empty();
  }
}
