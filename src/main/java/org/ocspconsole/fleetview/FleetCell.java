package org.ocspconsole.fleetview;

import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.ocspconsole.api.OcspField;

/**
 * One cell of the fleet table; its item is the line's whole row (so a column sorts by the value,
 * not by its words: "30 min" after "1 h"). A cell is updated whenever its line gets a new row, so
 * it marks drift with pseudo-classes (a changed style class would cost a CSS pass), and its tooltip
 * is made when the mouse first comes over it: a table shows a few hundred cells, a user points at
 * few.
 */
final class FleetCell extends TableCell<FleetLine, FleetRow> {
  private static final PseudoClass DRIFT = PseudoClass.getPseudoClass("drift");
  private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");

  private final Function<FleetRow, String> words;
  private final OcspField field;
  private final boolean reachableColumn;
  private Tooltip whole;

  FleetCell(Function<FleetRow, String> words, OcspField field, boolean reachableColumn) {
    this.words = words;
    this.field = field;
    this.reachableColumn = reachableColumn;
    // Made as the mouse enters: the handlers the tooltip installs start its timer at the next move.
    addEventHandler(MouseEvent.MOUSE_ENTERED, e -> showWhole(getText()));
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
    if (whole != null) {
      showWhole(text);
    }
    boolean hasText = text != null && !text.isEmpty();
    boolean drift = hasText && field != null && row.drift().contains(field);
    boolean down = hasText && reachableColumn && row.reading() != null && !row.reachable();
    pseudoClassStateChanged(DRIFT, drift);
    pseudoClassStateChanged(DOWN, !drift && down);
  }

  /** The whole text, for cells too narrow for a reason or a URL; none on an empty cell. */
  private void showWhole(String text) {
    boolean hasText = text != null && !text.isEmpty();
    if (hasText) {
      if (whole == null) {
        whole = new Tooltip();
      }
      whole.setText(text);
    }
    if ((getTooltip() != null) != hasText) {
      setTooltip(hasText ? whole : null);
    }
  }
}
