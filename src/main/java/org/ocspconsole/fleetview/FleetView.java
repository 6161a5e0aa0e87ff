package org.ocspconsole.fleetview;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.fx.Buttons;
import org.ocspconsole.fx.FileChoices;

/** The fleet table and its tool bar; only binds. */
public final class FleetView extends BorderPane {
  final TableView<FleetLine> table = new TableView<>();
  final TextField filter = new TextField();
  final ComboBox<Baseline> baseline = new ComboBox<>();
  final SortBar sortBar;

  public FleetView(FleetViewModel vm, Actions actions) {
    table.setId("fleet-table");
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setPlaceholder(new Label("No saved profiles: add clusters on the connection screen."));
    table.setItems(vm.lines());
    vm.tableOrderProperty().bind(table.comparatorProperty());
    // The view-model's sorted list orders the rows (problems first, then the table's order): the
    // default policy, finding a sorted list it does not drive, would refuse and undo every sort.
    table.setSortPolicy(t -> true);
    table.getColumns().setAll(Columns.all());
    // Every column in the window at once; the last one (what needs attention) takes what is left.
    Columns.fitOrScroll(table);
    table.setOnKeyPressed(
        e -> {
          FleetRow row = selected() != null ? selected() : focused();
          if (e.getCode() == KeyCode.ENTER && row != null) {
            actions.open().accept(row);
            e.consume();
          }
        });
    table.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY
              && e.getClickCount() == 2
              && selected() != null) {
            actions.open().accept(selected());
          }
        });

    filter.setId("fleet-filter");
    filter.setPromptText("name, address or problem");
    filter.textProperty().bindBidirectional(vm.filterProperty());
    Label filterLabel = new Label("_Filter:");
    filterLabel.setLabelFor(filter);
    filterLabel.setMnemonicParsing(true);
    CheckBox problemsFirst = new CheckBox("_Problems first");
    problemsFirst.selectedProperty().bindBidirectional(vm.problemsFirstProperty());
    problemsFirst.setTooltip(
        new javafx.scene.control.Tooltip(
            "Rows that need attention at the top, in the chosen order among themselves (Alt+P)"));
    baseline.setId("fleet-baseline");
    baseline.setItems(vm.baselineChoices());
    baseline.valueProperty().bindBidirectional(vm.baselineProperty());
    Label baselineLabel = new Label("_Baseline:");
    baselineLabel.setLabelFor(baseline);
    baselineLabel.setMnemonicParsing(true);

    Button open = button("_Open", "fleet-open", () -> actions.open().accept(selected()));
    open.disableProperty()
        .bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
    Button refresh = button("_Refresh", "fleet-refresh", vm::refresh);
    Button signIn =
        button(
            "Sign _in", "fleet-sign-in", () -> selectedRows().forEach(r -> vm.signIn(r.member())));
    signIn.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
    Button compare =
        button("Co_mpare…", "fleet-compare", () -> actions.compare().accept(selectedRows()));
    compare
        .disableProperty()
        .bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
    Button change = button("_Change…", "fleet-change", () -> actions.change().accept(targets(vm)));

    sortBar = new SortBar(table);
    FlowPane tools =
        new FlowPane(8, 6, filterLabel, filter, problemsFirst, sortBar, baselineLabel, baseline);
    FlowPane buttons =
        new FlowPane(
            8,
            6,
            open,
            refresh,
            signIn,
            compare,
            change,
            SettingsFiles.menu(
                this::selected,
                vm::useFileAsBaseline,
                values -> actions.changeWith().accept(targets(vm), values),
                actions.worker(),
                actions.files()));
    Label summary = new Label();
    summary.setId("fleet-summary");
    summary.textProperty().bind(vm.summaryProperty());
    Label hint =
        new Label(
            "Enter opens a cluster · Shift+arrows select several · Alt+S sorts, Alt+D then"
                + " Space reverses · Change… applies to the selected clusters (all when none is)");
    hint.getStyleClass().add("text-muted");
    VBox top = new VBox(6, tools, buttons, summary);
    top.setPadding(new Insets(10));
    setTop(top);
    setCenter(table);
    setBottom(hint);
    BorderPane.setMargin(hint, new Insets(6, 10, 8, 10));
  }

  /** What the window does for the view's buttons. */
  public record Actions(
      Consumer<FleetRow> open,
      Consumer<List<FleetRow>> compare,
      Consumer<List<FleetRow>> change,
      java.util.function.BiConsumer<List<FleetRow>, java.util.Map<OcspField, Object>> changeWith,
      java.util.concurrent.Executor worker,
      FileChoices files) {}

  private FleetRow selected() {
    FleetLine line = table.getSelectionModel().getSelectedItem();
    return line == null ? null : line.row();
  }

  /** The row with the keyboard focus: Enter opens it even before anything is selected. */
  private FleetRow focused() {
    FleetLine line = table.getFocusModel().getFocusedItem();
    return line == null ? null : line.row();
  }

  private List<FleetRow> selectedRows() {
    return table.getSelectionModel().getSelectedItems().stream().map(FleetLine::row).toList();
  }

  private List<FleetRow> targets(FleetViewModel vm) {
    List<FleetRow> chosen = selectedRows();
    return chosen.isEmpty() ? vm.rows() : chosen;
  }

  private static Button button(String text, String id, Runnable action) {
    return Buttons.of(text, id, action);
  }
}
