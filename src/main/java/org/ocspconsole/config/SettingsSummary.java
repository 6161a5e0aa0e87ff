package org.ocspconsole.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ocspconsole.api.Durations;
import org.ocspconsole.api.OcspField;

/**
 * Says in plain words what a set of OCSP timings means for the cluster: how often the staple is
 * refreshed and how long an unreachable responder is retried. Only valid values are put into
 * numbers; a field without one is named in words instead ("at the query frequency") and the
 * sentence ends by saying why it was left out, so the summary never reads "every 0 s".
 */
public final class SettingsSummary {
  private SettingsSummary() {}

  /** The summary of the form's fields: valid values as numbers, the others named. */
  static String describe(boolean enabled, Map<OcspField, NumberField> numbers) {
    Map<OcspField, Integer> valid = new EnumMap<>(OcspField.class);
    Map<OcspField, String> leftOut = new EnumMap<>(OcspField.class);
    numbers.forEach(
        (field, number) -> {
          String reason = number.unusableReason();
          if (reason == null) {
            valid.put(field, number.validValueProperty().get());
          } else {
            leftOut.put(field, reason);
          }
        });
    return describe(enabled, valid, leftOut);
  }

  /**
   * @param valid the fields whose value is valid (in range, no error), with that value
   * @param leftOut the other fields, each with why its value is not used
   */
  public static String describe(
      boolean enabled, Map<OcspField, Integer> valid, Map<OcspField, String> leftOut) {
    Integer query = valid.get(OcspField.QUERY_FREQUENCY);
    Integer timeout = valid.get(OcspField.RESPONSE_TIMEOUT);
    Integer recovery = valid.get(OcspField.RECOVERY_FREQUENCY);
    Integer tries = valid.get(OcspField.RECOVERY_MAX_TRIES);
    String lead =
        enabled
            ? "With OCSP stapling on, the cluster"
            : "OCSP stapling is off: database clients get no staple. Once it is on, the cluster";
    String polling = query != null ? "every " + Durations.human(query) : "at the query frequency";
    StringBuilder out = new StringBuilder(lead);
    out.append(" asks the responder for a fresh certificate status ")
        .append(polling)
        .append(", waiting up to ")
        .append(timeout != null ? Durations.human(timeout) : "the response timeout")
        .append(" for each answer. If a poll fails, it retries ")
        .append(
            recovery != null ? "every " + Durations.human(recovery) : "at the recovery frequency")
        .append(", ")
        .append(
            tries != null
                ? tries + (tries == 1 ? " time" : " times")
                : "up to the recovery max tries");
    if (recovery != null && tries != null) {
      out.append(" (about ").append(Durations.human((long) recovery * tries)).append(" in all)");
    }
    out.append(
            ", before giving up: the reference documentation says the cached status is then"
                + " invalidated; the OpenAPI description says polling returns to ")
        .append(query != null ? polling : "the query frequency")
        .append('.');
    if (query != null) {
      // The staleness budget from the settings alone; the staple check adds the answers' own
      // validity and the clocks, which the settings cannot know.
      out.append(" So a database client may receive a staple up to about ")
          .append(Durations.human(query))
          .append(" old while every poll succeeds");
      if (recovery != null && tries != null) {
        out.append(", and up to about ")
            .append(Durations.human(query + (long) recovery * tries))
            .append(" old while a failing responder is retried");
      }
      out.append('.');
    }
    List<String> reasons = new ArrayList<>();
    leftOut.forEach(
        (field, reason) -> reasons.add(FieldLabels.plain(field) + " is left out: " + reason + "."));
    if (!reasons.isEmpty()) {
      out.append(' ').append(String.join(" ", reasons));
    }
    return out.toString();
  }
}
