package org.ocspconsole.activity;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ocspconsole.api.Exchange;

/** The collapsible activity pane: one row per request, each copyable as a curl command. */
public final class ActivityView extends TitledPane {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  public ActivityView(ActivityLog log) {
    setId("activity");
    setText("_Activity");
    setMnemonicParsing(true);
    setExpanded(false);
    setAnimated(false);
    // The table is built when first opened: the first screen does not need it.
    expandedProperty()
        .addListener(
            (obs, old, open) -> {
              if (open && getContent() == null) {
                setContent(content(log));
              }
            });
  }

  private static VBox content(ActivityLog log) {
    TableView<Exchange> table = new TableView<>(log.rows());
    table.setId("activity-table");
    table.setPrefHeight(180);
    table.setAccessibleText("Requests of this session");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("Time", 100, e -> TIME.format(e.started())));
    table.getColumns().add(column("Method", 70, Exchange::method));
    table.getColumns().add(column("Path", 160, e -> e.uri().getPath()));
    table
        .getColumns()
        .add(column("Status", 60, e -> e.status() == 0 ? "\u2014" : String.valueOf(e.status())));
    table.getColumns().add(column("Duration", 80, e -> e.duration().toMillis() + " ms"));
    table.getColumns().add(column("Error", 200, e -> e.errorCode() == null ? "" : e.errorCode()));
    table.setPlaceholder(new javafx.scene.control.Label("No requests yet."));
    log.rows()
        .addListener(
            (ListChangeListener<Exchange>) change -> table.scrollTo(log.rows().size() - 1));

    Runnable copy =
        () -> {
          Exchange selected = table.getSelectionModel().getSelectedItem();
          if (selected != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(log.curl(selected));
            Clipboard.getSystemClipboard().setContent(content);
          }
        };
    MenuItem copyItem = new MenuItem("Copy as _curl");
    copyItem.setOnAction(e -> copy.run());
    table.setContextMenu(new ContextMenu(copyItem));
    Button copyButton = new Button("Copy as c_url");
    HBox copyHolder = new HBox(copyButton);
    copyButton.setId("copy-curl");
    copyButton.setMnemonicParsing(true);
    copyButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    copyButton.setOnAction(e -> copy.run());
    Tooltip note = new Tooltip(log.curlNote());
    note.setWrapText(true);
    // A wrapping tooltip with only a maximum width is measured as one long line, so its height is
    // too small and the last lines are cut: a preferred width makes it measure the wrapped text.
    note.setPrefWidth(420);
    note.setMaxWidth(420);
    copyButton.setTooltip(note);
    // Disabled until a row is chosen: its holder shows the note all the same.
    Tooltip.install(copyHolder, note);
    return new VBox(6, table, copyHolder);
  }

  private static TableColumn<Exchange, String> column(
      String title, double width, Function<Exchange, String> value) {
    TableColumn<Exchange, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    return column;
  }
}
