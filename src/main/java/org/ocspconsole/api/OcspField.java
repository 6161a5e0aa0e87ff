package org.ocspconsole.api;

import java.util.Optional;

/**
 * The writable fields of the OCSP configuration object, with the ranges and defaults of the
 * contract. {@code responder_url} is deliberately not here: it is read-only, and a PUT built from
 * these fields cannot carry it.
 */
public enum OcspField {
  OCSP_FUNCTIONALITY("ocsp_functionality", Boolean.class, Boolean.FALSE, 0, 0, false),
  QUERY_FREQUENCY("query_frequency", Integer.class, 3600, 60, 86_400, true),
  RESPONSE_TIMEOUT("response_timeout", Integer.class, 1, 1, 60, true),
  RECOVERY_FREQUENCY("recovery_frequency", Integer.class, 60, 60, 86_400, true),
  RECOVERY_MAX_TRIES("recovery_max_tries", Integer.class, 5, 1, 100, false);

  private final String key;
  private final Class<?> type;
  private final Object defaultValue;
  private final int min;
  private final int max;
  private final boolean seconds;

  OcspField(String key, Class<?> type, Object defaultValue, int min, int max, boolean seconds) {
    this.key = key;
    this.type = type;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.seconds = seconds;
  }

  /** The JSON property name. */
  public String key() {
    return key;
  }

  public Class<?> type() {
    return type;
  }

  public boolean isInteger() {
    return type == Integer.class;
  }

  public Object defaultValue() {
    return defaultValue;
  }

  /** Smallest allowed value; meaningful for integer fields only. */
  public int min() {
    return min;
  }

  /** Largest allowed value; meaningful for integer fields only. */
  public int max() {
    return max;
  }

  /** Whether the value is a duration in seconds (as opposed to a count or a switch). */
  public boolean isSeconds() {
    return seconds;
  }

  public boolean inRange(int value) {
    return value >= min && value <= max;
  }

  /**
   * The field's name in the Redis Enterprise operator's {@code spec.ocspConfiguration}: the same
   * word in camelCase ({@code query_frequency} → {@code queryFrequency}).
   */
  public String operatorKey() {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** The field an operator key names ({@code queryFrequency}), if any. */
  public static Optional<OcspField> byOperatorKey(String operatorKey) {
    for (OcspField field : values()) {
      if (field.operatorKey().equals(operatorKey)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  public static Optional<OcspField> byKey(String key) {
    for (OcspField field : values()) {
      if (field.key.equals(key)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }
}
