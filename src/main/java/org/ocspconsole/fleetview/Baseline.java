package org.ocspconsole.fleetview;

import java.util.Map;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.fleet.Member;

/**
 * What cells are compared with: nothing, a cluster's settings as last read, or a settings file's
 * values. A cluster's baseline is the cluster, not a copy of what it held when chosen: after a
 * Refresh or a change to many, cells are compared with what it holds now.
 *
 * @param memberId the cluster's member id, or null for a file and for none
 * @param values a file's values (only the fields it names); empty otherwise
 */
public record Baseline(String label, String memberId, Map<OcspField, Object> values) {
  public static final Baseline NONE = new Baseline("no baseline", null, Map.of());

  public static Baseline file(String label, Map<OcspField, Object> values) {
    return new Baseline(label, null, Map.copyOf(values));
  }

  static Baseline cluster(Member member) {
    return new Baseline(member.name(), member.id(), Map.of());
  }

  @Override
  public String toString() {
    return label;
  }
}
