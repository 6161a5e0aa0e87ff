package org.ocspconsole.fleetview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.collections.ObservableListBase;

/**
 * The fleet's lines in the members' order: a fixed list whose lines get new rows, told to its
 * listeners as one change of updates however many lines changed. The filter and the sort then run
 * once per batch of readings, and the table sees updates, never replaced items (which would make it
 * rebuild every visible row).
 */
final class FleetLines extends ObservableListBase<FleetLine> {
  private final List<FleetLine> lines;

  FleetLines(List<FleetRow> rows) {
    List<FleetLine> made = new ArrayList<>(rows.size());
    rows.forEach(row -> made.add(new FleetLine(row)));
    this.lines = List.copyOf(made);
  }

  @Override
  public FleetLine get(int index) {
    return lines.get(index);
  }

  @Override
  public int size() {
    return lines.size();
  }

  /** Gives each line its next row; lines whose row stays the same object are not told. */
  void updateAll(UnaryOperator<FleetRow> change) {
    beginChange();
    try {
      for (int i = 0; i < lines.size(); i++) {
        set(i, change.apply(lines.get(i).row()));
      }
    } finally {
      endChange();
    }
  }

  /** Gives the lines at these indexes their new rows, as one change. */
  void update(Map<Integer, FleetRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    beginChange();
    try {
      rows.forEach(this::set);
    } finally {
      endChange();
    }
  }

  private void set(int index, FleetRow next) {
    FleetLine line = lines.get(index);
    if (line.row() != next) {
      line.set(next);
      nextUpdate(index);
    }
  }
}
