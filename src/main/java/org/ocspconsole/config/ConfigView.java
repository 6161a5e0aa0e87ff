package org.ocspconsole.config;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.fx.BannerView;
import org.ocspconsole.fx.FocusKeeper;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.fx.Switch;

/** The OCSP settings form. Builds controls and binds them to {@link ConfigViewModel}; no logic. */
public final class ConfigView extends VBox {
  private final ConfigViewModel vm;
  private final ConfigDialogs dialogs;
  private final BooleanProperty reviewBeforeSave;
  private final BannerView banner;

  public ConfigView(ConfigViewModel vm, ConfigDialogs dialogs, BooleanProperty reviewBeforeSave) {
    this.vm = vm;
    this.dialogs = dialogs;
    this.reviewBeforeSave = reviewBeforeSave;
    this.banner = new BannerView(vm.bannerProperty(), vm::dismissBanner);
    ConfigForm form = vm.form();
    setId("config-view");
    setSpacing(14);
    setPadding(new Insets(16, 20, 16, 20));

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

    Label switchLabel = new Label("_OCSP stapling");
    switchLabel.setMnemonicParsing(true);
    Switch enabled = new Switch("");
    enabled.setId("ocsp-functionality");
    enabled.textProperty().bind(form.enabledProperty().map(on -> on ? "On" : "Off"));
    enabled.selectedProperty().bindBidirectional(form.enabledProperty());
    enabled.setGuard(form::accepts);
    enabled.setAccessibleText("OCSP stapling");
    enabled
        .accessibleHelpProperty()
        .bind(
            form.switchNoteProperty()
                .orElse(FieldLabels.explanation(OcspField.OCSP_FUNCTIONALITY)));
    switchLabel.setLabelFor(enabled);
    Label enabledChanged = new Label("changed");
    enabledChanged.setId("ocsp-functionality-changed");
    enabledChanged.getStyleClass().addAll("changed-marker", Styles.TEXT_SMALL);
    enabledChanged.visibleProperty().bind(form.enabledDirtyProperty());
    grid.add(switchLabel, 0, 0);
    grid.add(enabled, 1, 0);
    grid.add(enabledChanged, 3, 0);
    Label enabledMessage = message("ocsp-functionality-message");
    enabledMessage.textProperty().bind(form.switchNoteProperty());
    enabledMessage.visibleProperty().bind(form.switchNoteProperty().isNotNull());
    // A note (amber) until the user's attempt is refused or the cluster refuses: then an error.
    javafx.beans.InvalidationListener restyle =
        obs ->
            styleAsError(
                enabledMessage,
                form.enabledMessageProperty().get() != null || form.refusedProperty().get());
    form.enabledMessageProperty().addListener(restyle);
    form.refusedProperty().addListener(restyle);
    restyle.invalidated(null);
    grid.add(enabledMessage, 1, 1, 3, 1);

    Label urlLabel = new Label("Responder URL");
    TextField url = new TextField();
    url.setId("responder-url");
    url.setEditable(false);
    url.getStyleClass().add("read-only");
    url.textProperty()
        .bind(form.loadedProperty().map(c -> c.hasResponderUrl() ? c.responderUrl() : "(none)"));
    url.setAccessibleText("Responder URL, read-only, taken from the proxy certificate");
    urlLabel.setLabelFor(url);
    grid.add(urlLabel, 0, 2);
    grid.add(url, 1, 2, 3, 1);
    // Neutral in both cases: the message about a missing URL stands once, at the switch.
    Label urlNote =
        new Label(
            "Read-only: taken from the proxy certificate's Authority Information Access extension.");
    urlNote.setId("responder-url-note");
    urlNote.setWrapText(true);
    urlNote.getStyleClass().add(Styles.TEXT_SMALL);
    grid.add(urlNote, 1, 3, 3, 1);

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

    getChildren().addAll(banner, heading, grid, summary, actions());
    FocusKeeper.keep(vm.busyProperty(), this, banner::focusAction);
  }

  private HBox actions() {
    ProgressIndicator progress = new ProgressIndicator();
    progress.setId("progress");
    progress.setPrefSize(22, 22);
    Label busyText = new Label();
    busyText.textProperty().bind(vm.busyTextProperty());
    Button cancel = button("_Cancel", "cancel", vm::cancel);
    HBox busy = new HBox(8, progress, busyText, cancel);
    busy.setAlignment(Pos.CENTER_LEFT);
    busy.visibleProperty().bind(vm.busyProperty());
    busy.managedProperty().bind(busy.visibleProperty());

    Label confirmation = new Label();
    confirmation.setId("confirmation");
    confirmation.setVisible(false);
    confirmation.getStyleClass().add(Styles.SUCCESS);
    confirmation.textProperty().bind(vm.confirmationProperty());
    PauseTransition fade = new PauseTransition(Duration.seconds(6));
    fade.setOnFinished(e -> confirmation.setVisible(false));
    vm.confirmationProperty()
        .addListener(
            (obs, old, now) -> {
              confirmation.setVisible(now != null);
              if (now != null) {
                fade.playFromStart();
              }
            });

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button revert =
        button(
            "_Revert",
            "revert",
            () -> {
              vm.revert();
              // Revert is disabled now; its Undo is where the next Space should go.
              banner.focusAction();
            });
    revert.disableProperty().bind(vm.form().dirtyProperty().not().or(vm.busyProperty()));
    revert.setTooltip(new Tooltip("Restore the values last loaded from the cluster"));
    Button refresh = button("Re_fresh", "refresh", this::requestRefresh);
    refresh.disableProperty().bind(vm.busyProperty());
    refresh.setTooltip(new Tooltip("Read the settings from the cluster again (F5)"));
    Button save = button("_Save", "save", this::requestSave);
    save.getStyleClass().add(Styles.ACCENT);
    save.disableProperty().bind(vm.canSaveProperty().not());
    Tooltip saveTip = new Tooltip();
    saveTip.textProperty().bind(vm.saveHintProperty());
    save.setTooltip(saveTip);
    // A disabled button shows no tooltip; its wrapper does, so the reason is always reachable.
    HBox saveHolder = new HBox(save);
    Tooltip.install(saveHolder, saveTip);
    HBox bar = new HBox(10, busy, confirmation, spacer, revert, refresh, saveHolder);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  /** Refresh, asking first when that would throw away edits. */
  public void requestRefresh() {
    if (vm.busyProperty().get()) {
      return;
    }
    if (vm.form().dirtyProperty().get() && !dialogs.discardAndReload()) {
      return;
    }
    vm.load();
  }

  /** Save after the review (unless the user turned it off). */
  public void requestSave() {
    if (!vm.canSaveProperty().get()) {
      return;
    }
    if (reviewBeforeSave.get()
        && !dialogs.review(
            vm.form().changes(), vm.session().name(), skip -> reviewBeforeSave.set(false))) {
      return;
    }
    vm.save();
  }

  /**
   * Asks Save / Discard / Cancel when there are unsaved changes; runs {@code proceed} if the user
   * agrees.
   */
  public void confirmLeave(String what, Runnable proceed) {
    if (!vm.form().dirtyProperty().get()) {
      proceed.run();
      return;
    }
    switch (dialogs.unsaved(what, () -> vm.canSaveProperty().get())) {
      case SAVE ->
          vm.save()
              .thenRunAsync(
                  () -> {
                    if (!vm.form().dirtyProperty().get()) {
                      proceed.run();
                    }
                  },
                  FxThread.EXECUTOR);
      case DISCARD -> proceed.run();
      case CANCEL -> {}
    }
  }

  private static void styleAsError(Label label, boolean error) {
    label.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
    label.getStyleClass().add(error ? Styles.DANGER : Styles.WARNING);
  }

  private static Label message(String id) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.getStyleClass().addAll(Styles.DANGER, "field-message");
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }

  private static Button button(String text, String id, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setMnemonicParsing(true);
    button.setOnAction(e -> action.run());
    return button;
  }
}
