package org.ocspconsole.config;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.ocspconsole.fx.BannerView;
import org.ocspconsole.fx.Buttons;

/**
 * The form's bottom bar: progress with Cancel, the save confirmation, the settings file menu,
 * Revert, Refresh, Save.
 */
final class ConfigActions {
  private ConfigActions() {}

  static HBox bar(ConfigViewModel vm, BannerView banner, Node fileMenu) {
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
    Button refresh = button("Re_fresh", "refresh", vm::requestRefresh);
    refresh.disableProperty().bind(vm.busyProperty());
    refresh.setTooltip(new Tooltip("Read the settings from the cluster again (F5)"));
    Button save = button("_Save", "save", vm::requestSave);
    save.getStyleClass().add(Styles.ACCENT);
    save.disableProperty().bind(vm.canSaveProperty().not());
    Tooltip saveTip = new Tooltip();
    saveTip.textProperty().bind(vm.saveHintProperty());
    save.setTooltip(saveTip);
    // A disabled button shows no tooltip; its wrapper does, so the reason is always reachable.
    HBox saveHolder = new HBox(save);
    Tooltip.install(saveHolder, saveTip);
    HBox bar = new HBox(10, busy, confirmation, spacer, fileMenu, revert, refresh, saveHolder);
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private static Button button(String text, String id, Runnable action) {
    return Buttons.of(text, id, action);
  }
}
