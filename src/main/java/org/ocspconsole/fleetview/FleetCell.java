package org.ocspconsole.fleetview;

import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.ocspconsole.api.OcspField;

/**
 * One cell of the fleet table. Cells are updated for every visible row whenever rows arrive, so
 * each keeps one tooltip (its text replaced) and marks drift with pseudo-classes: a new tooltip or
 * a changed style class per update would cost the FX thread a CSS pass per cell.
 */
final class FleetCell extends TableCell<FleetRow, String> {
  private static final PseudoClass DRIFT = PseudoClass.getPseudoClass("drift");
  private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");

  private final OcspField field;
  private final boolean reachableColumn;
  private final Tooltip whole = new Tooltip();

  FleetCell(OcspField field, boolean reachableColumn) {
    this.field = field;
    this.reachableColumn = reachableColumn;
  }

  @Override
  protected void updateItem(String item, boolean empty) {
    super.updateItem(item, empty);
    setText(empty ? null : item);
    // The whole text, for cells too narrow for a reason or a URL.
    boolean hasText = !empty && item != null && !item.isEmpty();
    if (hasText) {
      whole.setText(item);
    }
    if ((getTooltip() != null) != hasText) {
      setTooltip(hasText ? whole : null);
    }
    FleetRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
    boolean drift = row != null && field != null && row.drift().contains(field);
    boolean down = row != null && row.reading() != null && !row.reachable() && reachableColumn;
    pseudoClassStateChanged(DRIFT, drift);
    pseudoClassStateChanged(DOWN, !drift && down);
  }
}
