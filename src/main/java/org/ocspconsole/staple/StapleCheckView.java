package org.ocspconsole.staple;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.stapling.Severity;

/** The staple check's window content: binds to {@link StapleCheckViewModel}, nothing more. */
public final class StapleCheckView extends BorderPane {
  public StapleCheckView(StapleCheckViewModel vm) {
    setId("staple-check");
    setPadding(new Insets(14, 18, 14, 18));
    getStylesheets().add(StapleCheckView.class.getResource("staple.css").toExternalForm());

    TextField typed = new TextField();
    typed.setId("staple-typed");
    typed.setPromptText("host:port, e.g. redis-12000.example.com:12000 (optional)");
    typed.textProperty().bindBidirectional(vm.typedProperty());
    typed.setOnAction(e -> vm.run());
    HBox.setHgrow(typed, Priority.ALWAYS);
    Label typedLabel = new Label("_Also check:");
    typedLabel.setMnemonicParsing(true);
    typedLabel.setLabelFor(typed);
    Button run = new Button("_Run check");
    run.setId("staple-run");
    run.setMnemonicParsing(true);
    run.getStyleClass().add(Styles.ACCENT);
    run.disableProperty().bind(vm.canRunProperty().not());
    run.setOnAction(e -> vm.run());
    Button cancel = new Button("Cancel");
    cancel.setId("staple-cancel");
    cancel.disableProperty().bind(vm.runningProperty().not());
    cancel.setOnAction(e -> vm.cancel());
    // Run and Cancel disable each other: the focus goes across with the press, so Space or Enter
    // on Run, then Space on Cancel, works without reaching for Tab.
    vm.runningProperty()
        .addListener(
            (obs, was, now) -> {
              Button from = now ? run : cancel;
              Button to = now ? cancel : run;
              if (from.isFocused()) {
                FxThread.later(to::requestFocus);
              }
            });
    HBox bar = new HBox(10, typedLabel, typed, run, cancel);
    bar.setAlignment(Pos.CENTER_LEFT);
    Label typedError = label("staple-typed-error", "staple-typed-error");
    typedError
        .textProperty()
        .bind(
            Bindings.when(vm.typedErrorProperty().isNull())
                .then("")
                .otherwise(vm.typedErrorProperty()));
    Label summary = label("staple-summary", Styles.TEXT_BOLD);
    summary.textProperty().bind(vm.summaryProperty());
    Label problems = label("staple-problems", "staple-problems");
    problems.textProperty().bind(vm.problemsProperty());
    VBox top = new VBox(6, bar, typedError, summary, problems);
    top.setPadding(new Insets(0, 0, 10, 0));
    setTop(top);

    TableView<StapleRow> table = table(vm);
    TextArea detail = new TextArea();
    detail.setId("staple-detail");
    detail.setEditable(false);
    detail.setWrapText(true);
    detail.setAccessibleText("Detail of the selected endpoint");
    detail.textProperty().bind(vm.detailProperty());
    SplitPane split = new SplitPane(table, detail);
    split.setDividerPositions(0.58);
    setCenter(split);

    Label responder = label("staple-responder", null);
    responder
        .textProperty()
        .bind(Bindings.concat("The responder, asked from here: ", vm.responderProperty()));
    VBox bottom =
        new VBox(
            8,
            responder,
            section("Three views", vm.views(), "staple-views"),
            section("Differences", vm.differences(), "staple-differences"),
            section("Staleness budget and clocks", vm.budget(), "staple-budget"));
    bottom.setPadding(new Insets(10, 0, 0, 0));
    ScrollPane scroll = new ScrollPane(bottom);
    scroll.setFitToWidth(true);
    // Reachable with Tab, so the arrows and Page Down can scroll to the budget's last lines.
    scroll.setFocusTraversable(true);
    scroll.setId("staple-more");
    scroll.setAccessibleText("The responder, the three views and the staleness budget");
    scroll.setPrefViewportHeight(230);
    setBottom(scroll);
  }

  private static TableView<StapleRow> table(StapleCheckViewModel vm) {
    TableView<StapleRow> table = new TableView<>(vm.rows());
    table.setId("staple-table");
    table.setPlaceholder(new Label("Run the check to list the cluster's database endpoints."));
    TableColumn<StapleRow, String> endpoint = new TableColumn<>("Endpoint");
    endpoint.setCellValueFactory(row -> Bindings.createStringBinding(row.getValue()::endpoint));
    endpoint.setPrefWidth(400);
    endpoint.setCellFactory(column -> new EndpointCell());
    TableColumn<StapleRow, String> verdict = new TableColumn<>("Verdict");
    verdict.setCellValueFactory(row -> row.getValue().verdictProperty());
    verdict.setPrefWidth(340);
    verdict.setCellFactory(column -> new VerdictCell());
    table.getColumns().add(endpoint);
    table.getColumns().add(verdict);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, row) -> vm.selectedProperty().set(row));
    vm.selectedProperty()
        .addListener(
            (obs, old, row) -> {
              if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
              }
            });
    return table;
  }

  /**
   * The endpoint, cut in the middle when the column is narrow, so the database's name and the port
   * both stay in sight ("orders (redis-12000.eu…example.com:12000)"); the tooltip has it whole.
   */
  private static final class EndpointCell extends TableCell<StapleRow, String> {
    EndpointCell() {
      setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty ? null : item);
      setTooltip(empty || item == null ? null : new Tooltip(item));
    }
  }

  /** The verdict in words, coloured by severity. */
  private static final class VerdictCell extends TableCell<StapleRow, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().removeIf(style -> style.startsWith("verdict-"));
      if (empty || item == null) {
        setText(null);
        return;
      }
      setText(item);
      StapleRow row = getTableRow() == null ? null : getTableRow().getItem();
      Severity severity = row == null ? null : row.severityProperty().get();
      if (severity != null) {
        getStyleClass().add("verdict-" + severity.name().toLowerCase(Locale.ROOT));
      }
    }
  }

  private static VBox section(String title, ObservableList<String> lines, String id) {
    Label heading = new Label(title);
    heading.getStyleClass().add("staple-section-title");
    VBox body = new VBox(3);
    body.setId(id);
    Runnable fill =
        () -> {
          body.getChildren().setAll(lines.stream().map(line -> label(null, null, line)).toList());
          if (lines.isEmpty()) {
            body.getChildren().add(label(null, Styles.TEXT_MUTED, "\u2014"));
          }
        };
    lines.addListener((javafx.collections.ListChangeListener<String>) change -> fill.run());
    fill.run();
    return new VBox(4, heading, body);
  }

  private static Label label(String id, String style) {
    return label(id, style, "");
  }

  private static Label label(String id, String style, String text) {
    Label label = new Label(text);
    if (id != null) {
      label.setId(id);
    }
    if (style != null) {
      label.getStyleClass().add(style);
    }
    label.setWrapText(true);
    return label;
  }
}
