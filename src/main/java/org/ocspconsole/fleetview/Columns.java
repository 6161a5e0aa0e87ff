package org.ocspconsole.fleetview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.ocspconsole.api.FieldWords;
import org.ocspconsole.api.OcspField;

/**
 * The fleet table's columns. Twelve columns share about 1,200 pixels, so each header is a short
 * word, its full name in a tooltip (and in the Sort by list), and a column never gets narrower than
 * its header: titles read whole, the cells' own text gives way (each cell's tooltip shows it all).
 */
final class Columns {
  /**
   * Where the header's padding (7 px each side in both themes) and the sort arrow (8 px and its
   * gap) go, beside the title itself, measured on GTK. Every pixel counts twelve times: with 40 the
   * minimums alone came to 1,241 px, more than the 1,240-pixel window.
   */
  private static final double HEADER_ROOM = 30;

  /** The table's border and a vertical scroll bar, which the columns must leave room for. */
  private static final double TABLE_CHROME = 20;

  /** The size both themes give table headers. */
  private static final double HEADER_FONT_SIZE = 14;

  private Columns() {}

  static List<TableColumn<FleetLine, FleetRow>> all() {
    List<TableColumn<FleetLine, FleetRow>> columns = new ArrayList<>();
    columns.add(
        column(
            "Cluster",
            "Cluster: the saved profile's name",
            140,
            110,
            r -> r.member().name(),
            null,
            null));
    columns.add(column("Reachable", "Reachable, or why not", 104, 0, Cells::reachable, null, null));
    for (OcspField field : OcspField.values()) {
      columns.add(
          column(
              Cells.shortLabel(field),
              FieldWords.label(field),
              // A duration marked against the baseline, "≠ 30 min" in bold, fits whole.
              field == OcspField.OCSP_FUNCTIONALITY || field == OcspField.RECOVERY_MAX_TRIES
                  ? 60
                  : 96,
              0,
              row -> Cells.field(row, field),
              field,
              byValue(row -> number(row, field))));
    }
    columns.add(column("Responder", "Responder URL", 122, 100, Cells::responderUrl, null, null));
    columns.add(
        column(
            "Status",
            "Cached certificate status and its next_update",
            130,
            100,
            Cells::status,
            null,
            null));
    columns.add(
        column(
            "Expires",
            "Proxy certificate: days until it expires",
            80,
            0,
            Cells::proxyExpiry,
            null,
            byValue(r -> r.reachable() ? r.reading().proxyNotAfter() : null)));
    columns.add(
        column(
            "Read at",
            "Last read: when the row was read",
            80,
            0,
            Cells::lastRead,
            null,
            byValue(r -> r.reading() == null ? null : r.reading().readAt())));
    columns.add(column("Attention", "What needs attention", 130, 0, Cells::problems, null, null));
    return columns;
  }

  /**
   * Columns share the table's width while their minimums fit in it, and scroll sideways when they
   * do not (a larger font, a narrower window): the constrained policy, given too little room,
   * leaves the columns at their preferred widths past the edge, and the last one, what needs
   * attention, out of reach.
   */
  static void fitOrScroll(TableView<?> table) {
    Runnable choose =
        () -> {
          double least = 0;
          for (TableColumn<?, ?> column : table.getColumns()) {
            least += column.getMinWidth();
          }
          boolean fits = least + TABLE_CHROME <= table.getWidth();
          var policy =
              fits
                  ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN
                  : TableView.UNCONSTRAINED_RESIZE_POLICY;
          if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
          }
        };
    table.widthProperty().addListener((obs, old, now) -> choose.run());
    choose.run();
  }

  private static Comparator<FleetRow> byWords(Function<FleetRow, String> text) {
    return Comparator.comparing(row -> text.apply(row), String.CASE_INSENSITIVE_ORDER);
  }

  /** Rows without the value (not read, not reported) go last. */
  private static <T extends Comparable<? super T>> Comparator<FleetRow> byValue(
      Function<FleetRow, T> value) {
    return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
  }

  private static Long number(FleetRow row, OcspField field) {
    Object value = row.reachable() ? row.reading().config().get(field) : null;
    if (value instanceof Boolean on) {
      return on ? 1L : 0L;
    }
    return value instanceof Number n ? n.longValue() : null;
  }

  /** The column's full name, as its tooltip and the Sort by list give it. */
  static String fullName(TableColumn<?, ?> column) {
    return (String) column.getProperties().get(Columns.class);
  }

  private static double titleWidth(String title) {
    javafx.scene.text.Text text = new javafx.scene.text.Text(title);
    text.setFont(
        javafx.scene.text.Font.font(
            javafx.scene.text.Font.getDefault().getFamily(),
            javafx.scene.text.FontWeight.BOLD,
            HEADER_FONT_SIZE));
    return text.getLayoutBounds().getWidth();
  }

  private static TableColumn<FleetLine, FleetRow> column(
      String title,
      String full,
      double width,
      double least,
      Function<FleetRow, String> text,
      OcspField field,
      Comparator<FleetRow> order) {
    TableColumn<FleetLine, FleetRow> column = new TableColumn<>();
    column.setId("fleet-column-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    Label header = new Label(title);
    // The header's own label already pads the title; the themes pad this one too (it is a label
    // inside a column header), which cost 14 px per column and cut sorted titles to "Reco…".
    header.setStyle("-fx-padding: 0;");
    header.setTooltip(
        new Tooltip(full + "\nSort: click, or Alt+S then pick it; Alt+D then Space reverses"));
    column.setGraphic(header);
    column.getProperties().put(Columns.class, full);
    // Never narrower than its title in the themes' bold header font, plus the sort arrow.
    column.setMinWidth(Math.max(least, Math.ceil(titleWidth(title)) + HEADER_ROOM));
    column.setPrefWidth(width);
    // The line's row itself: a cell then follows its line's new rows without the table's help.
    column.setCellValueFactory(cell -> cell.getValue().rowProperty());
    column.setCellFactory(c -> new FleetCell(text, field, "Reachable".equals(title)));
    column.setComparator(order != null ? order : byWords(text));
    return column;
  }
}
