package org.ocspconsole.fleetview;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 * @param words the reading's cells in words, made with the reading (see {@link Words})
 */
public record FleetRow(
    Member member,
    Reading reading,
    boolean loading,
    Set<OcspField> drift,
    List<String> problems,
    Words words) {

  public FleetRow {
    drift = Set.copyOf(drift);
    problems = List.copyOf(problems);
  }

  /**
   * What a reading's cells say, apart from the marks a baseline adds. Made where the reading
   * arrives, on a worker thread: the FX thread then only sets texts, whatever a value costs to put
   * in words (durations, dates in the local zone, the problems).
   */
  record Words(
      String reachable,
      Map<OcspField, String> fields,
      String responder,
      String status,
      String expiry,
      String readAt,
      String problems) {
    static final Words NONE = new Words("reading…", Map.of(), "", "", "", "", "");
  }

  static FleetRow waiting(Member member) {
    return new FleetRow(member, null, true, Set.of(), List.of(), Words.NONE);
  }

  /** A row for a reading that has just arrived, without drift; on any thread. */
  static FleetRow read(Reading reading, Instant now) {
    List<String> problems = reading.problems(now);
    return new FleetRow(
        reading.member(), reading, false, Set.of(), problems, Cells.words(reading, problems, now));
  }

  FleetRow loadingAgain() {
    return new FleetRow(member, reading, true, drift, problems, words);
  }

  FleetRow withDrift(Set<OcspField> newDrift) {
    if (newDrift.equals(drift)) {
      return this;
    }
    return new FleetRow(member, reading, loading, newDrift, problems, words);
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
