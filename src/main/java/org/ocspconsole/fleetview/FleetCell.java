package org.ocspconsole.fleetview;

import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.ocspconsole.api.OcspField;

/**
 * One cell of the fleet table; its item is the whole row (so a column sorts by the value, not by
 * its words: "30 min" after "1 h"). Cells are updated for every visible row whenever rows arrive,
 * so each keeps one tooltip (its text replaced) and marks drift with pseudo-classes: a new tooltip
 * or a changed style class per update would cost the FX thread a CSS pass per cell.
 */
final class FleetCell extends TableCell<FleetRow, FleetRow> {
  private static final PseudoClass DRIFT = PseudoClass.getPseudoClass("drift");
  private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");

  private final Function<FleetRow, String> words;
  private final OcspField field;
  private final boolean reachableColumn;
  private final Tooltip whole = new Tooltip();

  FleetCell(Function<FleetRow, String> words, OcspField field, boolean reachableColumn) {
    this.words = words;
    this.field = field;
    this.reachableColumn = reachableColumn;
  }

  /** Rows are equal by cluster; a new reading of the same cluster is still a new item. */
  @Override
  protected boolean isItemChanged(FleetRow oldItem, FleetRow newItem) {
    return oldItem != newItem;
  }

  @Override
  protected void updateItem(FleetRow row, boolean empty) {
    super.updateItem(row, empty);
    String text = empty || row == null ? null : words.apply(row);
    setText(text);
    // The whole text, for cells too narrow for a reason or a URL.
    boolean hasText = text != null && !text.isEmpty();
    if (hasText) {
      whole.setText(text);
    }
    if ((getTooltip() != null) != hasText) {
      setTooltip(hasText ? whole : null);
    }
    boolean drift = hasText && field != null && row.drift().contains(field);
    boolean down = hasText && reachableColumn && row.reading() != null && !row.reachable();
    pseudoClassStateChanged(DRIFT, drift);
    pseudoClassStateChanged(DOWN, !drift && down);
  }
}
