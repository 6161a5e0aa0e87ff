package org.ocspconsole.fleetview;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.fleet.Member;
import org.ocspconsole.fleet.Reading;

/**
 * One line of the fleet table, immutable: a new read or a new baseline replaces the row.
 *
 * @param reading the latest reading, or null before the first one arrived
 * @param loading whether a read is under way (the previous reading stays shown meanwhile)
 * @param drift the fields that differ from the baseline
 * @param problems what needs attention, from the reading (empty while never read)
 */
public record FleetRow(
    Member member, Reading reading, boolean loading, Set<OcspField> drift, List<String> problems) {

  public FleetRow {
    drift = Set.copyOf(drift);
    problems = List.copyOf(problems);
  }

  static FleetRow waiting(Member member) {
    return new FleetRow(member, null, true, Set.of(), List.of());
  }

  FleetRow reading(Reading next, Set<OcspField> newDrift, Instant now) {
    return new FleetRow(member, next, false, newDrift, next.problems(now));
  }

  FleetRow loadingAgain() {
    return new FleetRow(member, reading, true, drift, problems);
  }

  FleetRow withDrift(Set<OcspField> newDrift) {
    return new FleetRow(member, reading, loading, newDrift, problems);
  }

  /**
   * A row is its cluster: a new reading replaces the row without costing the table its selection.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof FleetRow row && row.member.equals(member);
  }

  @Override
  public int hashCode() {
    return member.hashCode();
  }

  public boolean reachable() {
    return reading != null && reading.reachable();
  }

  public boolean hasProblem() {
    return !problems.isEmpty() || !drift.isEmpty();
  }
}
