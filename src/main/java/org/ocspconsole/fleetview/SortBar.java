package org.ocspconsole.fleetview;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * Sorting without a mouse: Alt+S picks the column to sort by, Alt+D then Space (Descending)
 * reverses it. Both follow the headers when the mouse sorts, so the two ways never disagree.
 * Problems first still comes before whatever is chosen here.
 */
final class SortBar extends HBox {
  final ComboBox<TableColumn<FleetLine, ?>> column = new ComboBox<>();
  final CheckBox reverse = new CheckBox("_Descending");
  private boolean following;

  SortBar(TableView<FleetLine> table) {
    super(6);
    column.setId("fleet-sort");
    column.getItems().setAll(table.getColumns());
    column.setPromptText("name (default)");
    column.setPrefWidth(200); // the list itself is as wide as its longest name
    column.setCellFactory(list -> new Named());
    column.setButtonCell(
        new ListCell<>() {
          @Override
          protected void updateItem(TableColumn<FleetLine, ?> item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? column.getPromptText() : Columns.fullName(item));
          }
        });
    column.setTooltip(new Tooltip("The column the rows are sorted by (Alt+S); headers sort too"));
    Label label = new Label("_Sort by:");
    label.setLabelFor(column);
    label.setMnemonicParsing(true);
    reverse.setId("fleet-sort-reverse");
    reverse.setMnemonicParsing(true);
    reverse.setTooltip(new Tooltip("Reverse the order: descending (Alt+D, then Space)"));
    setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    getChildren().addAll(label, column, reverse);

    column
        .valueProperty()
        .addListener(
            (o, was, now) -> {
              if (!following) {
                apply(table);
              }
            });
    reverse
        .selectedProperty()
        .addListener(
            (o, was, now) -> {
              if (!following) {
                apply(table);
              }
            });
    table
        .getSortOrder()
        .addListener((ListChangeListener<TableColumn<FleetLine, ?>>) c -> follow(table));
    for (TableColumn<FleetLine, ?> each : table.getColumns()) {
      each.sortTypeProperty().addListener((o, was, now) -> follow(table));
    }
  }

  private void apply(TableView<FleetLine> table) {
    TableColumn<FleetLine, ?> chosen = column.getValue();
    following = true;
    try {
      if (chosen == null && reverse.isSelected()) {
        // Reversing the default order: by name, backwards.
        chosen = table.getColumns().get(0);
        column.setValue(chosen);
      }
      if (chosen == null) {
        table.getSortOrder().clear();
        return;
      }
      chosen.setSortType(
          reverse.isSelected() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
      table.getSortOrder().setAll(java.util.List.of(chosen));
    } finally {
      following = false;
    }
  }

  /** A header click (or Shift+click) changed the order: show it here. */
  private void follow(TableView<FleetLine> table) {
    if (following) {
      return;
    }
    following = true;
    try {
      TableColumn<FleetLine, ?> first =
          table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
      column.setValue(first);
      reverse.setSelected(first != null && first.getSortType() == TableColumn.SortType.DESCENDING);
    } finally {
      following = false;
    }
  }

  private static final class Named extends ListCell<TableColumn<FleetLine, ?>> {
    @Override
    protected void updateItem(TableColumn<FleetLine, ?> item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null : Columns.fullName(item));
    }
  }
}
