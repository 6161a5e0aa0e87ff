package org.ocspconsole.config;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.fx.Switch;

/** The form's first rows: the OCSP switch with its note, and the read-only responder URL. */
final class SwitchRows {
  private SwitchRows() {}

  static void add(GridPane grid, ConfigForm form) {
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
}
