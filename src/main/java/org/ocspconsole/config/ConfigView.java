package org.ocspconsole.config;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.fx.BannerView;
import org.ocspconsole.fx.FileChoices;
import org.ocspconsole.fx.FocusKeeper;

/**
 * The OCSP settings form. Builds controls and binds them to {@link ConfigViewModel}; no logic. The
 * banner, the fields and the summary scroll; the action bar (Save, Revert, Refresh, progress) stays
 * below them, so Save is in sight on a small window even with a tall banner.
 */
public final class ConfigView extends VBox {
  public ConfigView(ConfigViewModel vm) {
    this(vm, FileChoices.DIALOGS);
  }

  /** As {@link #ConfigView(ConfigViewModel)}, asking for settings files through {@code files}. */
  public ConfigView(ConfigViewModel vm, FileChoices files) {
    BannerView banner = new BannerView(vm.bannerProperty(), vm::dismissBanner);
    ConfigForm form = vm.form();
    setId("config-view");

    Label heading = new Label("OCSP settings");
    heading.getStyleClass().add(Styles.TITLE_3);

    GridPane grid = new GridPane();
    grid.setId("config-grid");
    grid.setHgap(12);
    grid.setVgap(4);
    ColumnConstraints rest = new ColumnConstraints();
    rest.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints()
        .addAll(
            new ColumnConstraints(170), new ColumnConstraints(330), new ColumnConstraints(), rest);

    SwitchRows.add(grid, form);

    int row = 4;
    for (OcspField field : OcspField.values()) {
      if (field.isInteger()) {
        NumberFieldRow.add(grid, row, form.number(field));
        row += 2;
      }
    }
    grid.disableProperty()
        .bind(vm.busyProperty().or(vm.readOnlyProperty()).or(form.loadedProperty().isNull()));

    Label summary = new Label();
    summary.setId("summary");
    summary.setWrapText(true);
    summary.getStyleClass().add("summary");
    summary.textProperty().bind(form.summaryProperty());
    summary.visibleProperty().bind(form.loadedProperty().isNotNull());

    VBox fields = new VBox(14, banner, heading, grid, summary);
    fields.setPadding(new Insets(16, 20, 12, 20));
    ScrollPane scroll = new ScrollPane(fields);
    scroll.setFitToWidth(true);
    scroll.setId("form-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    HBox actions = ConfigActions.bar(vm, banner, FileMenu.create(vm.files(), files));
    actions.setId("form-actions");
    actions.getStyleClass().add("form-actions");
    actions.setPadding(new Insets(10, 20, 12, 20));
    getChildren().addAll(scroll, actions);
    FocusKeeper.keep(vm.busyProperty(), this, banner::focusAction);
  }
}
