package org.ocspconsole.alerts;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ocspconsole.fx.Buttons;
import org.ocspconsole.fx.Explained;
import org.ocspconsole.fx.Switch;

/** The OCSP alert switches; each flip is saved at once. Binds only. */
public final class AlertsView extends VBox {
  public AlertsView(AlertsViewModel vm) {
    setId("alerts-card");
    getStyleClass().add("card-pane");
    setSpacing(10);
    Label heading = new Label("OCSP alerts");
    heading.getStyleClass().add(Styles.TITLE_4);
    getChildren().add(heading);
    for (AlertSetting alert : vm.alerts()) {
      Switch toggle = new Switch(alert.label());
      toggle
          .textProperty()
          .bind(
              javafx.beans.binding.Bindings.when(vm.unreadProperty().isNull())
                  .then(alert.label())
                  .otherwise(alert.label() + ": unknown"));
      toggle.setId("alert-" + alert.key().replace('_', '-'));
      toggle.selectedProperty().bindBidirectional(alert.onProperty());
      toggle.setAccessibleText(alert.label());
      toggle.setAccessibleHelp(alert.help());
      toggle
          .disableProperty()
          .bind(
              vm.busyProperty()
                  .or(alert.availableProperty().not())
                  .or(vm.blockedProperty().isNotNull()));
      Label help = new Label(alert.help());
      help.setWrapText(true);
      help.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
      getChildren()
          .add(new VBox(2, Explained.wrap(toggle, alert.help(), vm.blockedProperty()), help));
    }
    Label confirmation = message("alerts-confirmation", Styles.SUCCESS);
    confirmation.textProperty().bind(vm.confirmationProperty());
    Label problem = message("alerts-problem", Styles.DANGER);
    problem.textProperty().bind(vm.problemProperty());
    Button retry = Buttons.of("Retr_y", "alerts-retry", vm::load);
    retry.visibleProperty().bind(vm.unreadProperty().isNotNull());
    retry.managedProperty().bind(retry.visibleProperty());
    retry.disableProperty().bind(vm.busyProperty());
    getChildren().addAll(confirmation, problem, retry);
  }

  private static Label message(String id, String style) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.getStyleClass().add(style);
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }
}
