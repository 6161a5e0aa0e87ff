package org.ocspconsole.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspUpdate;

/**
 * Compares a save's answer with what was sent. The contract says the answer is the whole object
 * after the change; when it holds other values, the cluster (or something in front of it) did not
 * take them as sent, and the user must be told rather than shown a quiet "saved".
 */
final class AnswerCheck {
  private AnswerCheck() {}

  /** The differences in words, or null when the answer holds every value sent. */
  static String differences(OcspUpdate sent, OcspConfig answer) {
    List<String> parts = new ArrayList<>();
    sent.changes()
        .forEach(
            (field, value) -> {
              Object answered = answer.get(field);
              // A value left out is not a different value: the save's notice says it is unknown.
              if (answered != null && !Objects.equals(value, answered)) {
                parts.add(
                    FieldLabels.plain(field)
                        + ": sent "
                        + FieldLabels.value(field, value)
                        + ", the cluster answered "
                        + FieldLabels.value(field, answered));
              }
            });
    if (parts.isEmpty()) {
      return null;
    }
    return String.join("; ", parts) + ". The form shows the cluster's values.";
  }
}
