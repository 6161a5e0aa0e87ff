package org.ocspconsole.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspUpdate;

/**
 * What changed on the cluster since the form loaded (another administrator, rladmin, the Kubernetes
 * operator), set against what the user is about to send.
 *
 * @param conflicts fields both sides changed, to different values: the user must choose
 * @param changedByOthers fields only the others changed: a save keeps their values
 */
public record ConflictCheck(List<Conflict> conflicts, List<OcspField> changedByOthers) {

  /** One field in conflict, with its three values. */
  public record Conflict(OcspField field, Object loaded, Object theirs, Object yours) {}

  /** Whose value a conflicting field keeps. */
  public enum Choice {
    THEIRS,
    YOURS
  }

  public ConflictCheck {
    conflicts = List.copyOf(conflicts);
    changedByOthers = List.copyOf(changedByOthers);
  }

  /**
   * @param loaded the snapshot the form was loaded from
   * @param current the cluster's configuration now
   * @param edited the form's values
   */
  public static ConflictCheck of(OcspConfig loaded, OcspConfig current, OcspConfig edited) {
    List<Conflict> conflicts = new ArrayList<>();
    List<OcspField> others = new ArrayList<>();
    for (OcspField field : OcspField.values()) {
      Object before = loaded.get(field);
      Object theirs = current.get(field);
      Object yours = edited.get(field);
      // A value the cluster did not report is unknown, not removed: the API cannot remove one.
      boolean theyChanged = theirs != null && !Objects.equals(before, theirs);
      boolean youChanged = !Objects.equals(before, yours);
      if (theyChanged && youChanged && !Objects.equals(theirs, yours)) {
        conflicts.add(new Conflict(field, before, theirs, yours));
      } else if (theyChanged && !youChanged) {
        others.add(field);
      }
    }
    return new ConflictCheck(conflicts, others);
  }

  /**
   * The update to send: the user's changes, except the conflicting fields for which the user kept
   * the other side's value, or chose nothing: only an explicit choice overwrites someone else's
   * change. Fields changed only by others are never sent, so they keep theirs.
   */
  public OcspUpdate update(OcspConfig loaded, OcspConfig edited, Map<OcspField, Choice> choices) {
    Map<OcspField, Object> send = new EnumMap<>(OcspUpdate.between(loaded, edited).changes());
    for (Conflict conflict : conflicts) {
      if (choices.getOrDefault(conflict.field(), Choice.THEIRS) == Choice.THEIRS) {
        send.remove(conflict.field());
      }
    }
    return OcspUpdate.of(send);
  }

  /** The conflicting fields for which the user kept the other side's value. */
  public List<OcspField> keptTheirs(Map<OcspField, Choice> choices) {
    return conflicts.stream()
        .filter(c -> choices.getOrDefault(c.field(), Choice.THEIRS) == Choice.THEIRS)
        .map(Conflict::field)
        .toList();
  }
}
