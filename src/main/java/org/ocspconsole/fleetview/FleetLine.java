package org.ocspconsole.fleetview;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One member's line in the table, the same object for the window's life; its row is replaced as
 * readings arrive. A replaced list item makes the table rebuild every visible row; a line whose row
 * changes updates its own cells only (each cell watches {@link #rowProperty()}).
 */
public final class FleetLine {
  private final ReadOnlyObjectWrapper<FleetRow> row;

  FleetLine(FleetRow row) {
    this.row = new ReadOnlyObjectWrapper<>(row);
  }

  public FleetRow row() {
    return row.get();
  }

  public ReadOnlyObjectProperty<FleetRow> rowProperty() {
    return row.getReadOnlyProperty();
  }

  void set(FleetRow next) {
    row.set(next);
  }
}
