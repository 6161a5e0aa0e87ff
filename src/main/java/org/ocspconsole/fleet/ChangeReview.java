package org.ocspconsole.fleet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ocspconsole.api.FieldWords;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspUpdate;
import org.ocspconsole.api.Words;

/**
 * One cluster's line in the review of a change to many: its values as read (old), what would be
 * sent (only the chosen fields that differ), and why nothing may be sent at all. The same local
 * rules as the single form: whole numbers in range, and OCSP cannot be enabled without a responder
 * URL on the proxy certificate.
 *
 * @param before the cluster's settings when the review was made: the apply compares against these
 * @param send the fields to send; empty when the cluster already has every chosen value
 * @param refusals why this cluster must not be sent anything; empty when it may
 */
public record ChangeReview(
    Member member, OcspConfig before, OcspUpdate send, List<String> refusals) {

  public ChangeReview {
    refusals = List.copyOf(refusals);
  }

  /** Checks the chosen values against one cluster's current settings. */
  public static ChangeReview of(Member member, OcspConfig current, Map<OcspField, ?> chosen) {
    List<String> refusals = refusals(current, chosen);
    Map<OcspField, Object> send = new EnumMap<>(OcspField.class);
    if (refusals.isEmpty()) {
      chosen.forEach(
          (field, value) -> {
            if (!Objects.equals(value, current.get(field))) {
              send.put(field, value);
            }
          });
    }
    return new ChangeReview(member, current, OcspUpdate.of(send), refusals);
  }

  static List<String> refusals(OcspConfig current, Map<OcspField, ?> chosen) {
    List<String> found = new ArrayList<>();
    chosen.forEach(
        (field, value) -> {
          if (value == null || !field.type().isInstance(value)) {
            found.add(FieldWords.label(field) + ": no value chosen.");
          } else if (field.isInteger() && !field.inRange((Integer) value)) {
            found.add(
                FieldWords.label(field)
                    + ": "
                    + value
                    + " is out of range ("
                    + field.min()
                    + " to "
                    + field.max()
                    + ").");
          }
        });
    if (Boolean.TRUE.equals(chosen.get(OcspField.OCSP_FUNCTIONALITY))
        && !Boolean.TRUE.equals(current.ocspFunctionality())
        && !current.hasResponderUrl()) {
      found.add(Words.NO_RESPONDER_URL + " " + Words.NO_RESPONDER_URL_WHY);
    }
    return found;
  }

  public boolean allowed() {
    return refusals.isEmpty();
  }

  /** "1 h → 2 h" per field that would change, for the review table. */
  public List<String> oldToNew() {
    List<String> lines = new ArrayList<>();
    send.changes()
        .forEach(
            (field, value) ->
                lines.add(
                    FieldWords.label(field)
                        + ": "
                        + FieldWords.value(field, before.get(field))
                        + " → "
                        + FieldWords.value(field, value)));
    return lines;
  }
}
