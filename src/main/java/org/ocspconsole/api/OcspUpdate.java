package org.ocspconsole.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of a {@code PUT /v1/ocsp}: only the fields being changed. Built from {@link OcspField}s,
 * so it can never carry {@code responder_url} or a key the schema does not name.
 */
public final class OcspUpdate {
  private final Map<OcspField, Object> changes;

  private OcspUpdate(Map<OcspField, Object> changes) {
    this.changes = Collections.unmodifiableMap(changes);
  }

  public static OcspUpdate of(Map<OcspField, ?> values) {
    Map<OcspField, Object> checked = new EnumMap<>(OcspField.class);
    values.forEach(
        (field, value) ->
            checked.put(field, field.type().cast(Objects.requireNonNull(value, field.key()))));
    return new OcspUpdate(checked);
  }

  /** The fields whose value in {@code edited} differs from {@code loaded}. */
  public static OcspUpdate between(OcspConfig loaded, OcspConfig edited) {
    Map<OcspField, Object> changed = new EnumMap<>(OcspField.class);
    for (OcspField field : OcspField.values()) {
      Object value = edited.get(field);
      if (value != null && !value.equals(loaded.get(field))) {
        changed.put(field, value);
      }
    }
    return new OcspUpdate(changed);
  }

  public Map<OcspField, Object> changes() {
    return changes;
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The JSON object to send, keyed by the contract's property names. */
  public Map<String, Object> body() {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    changes.forEach((field, value) -> body.put(field.key(), value));
    return body;
  }

  @Override
  public String toString() {
    return "OcspUpdate" + body();
  }
}
