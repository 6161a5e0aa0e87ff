package org.ocspconsole.certificate;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * "Replace certificate": choose the certificate (with chain) and key files, see each local check,
 * send, and wait with Cancel. Stays open during the wait so progress and the result are visible.
 */
public final class ReplaceDialog extends Dialog<ButtonType> {
  public static final ButtonType REPLACE =
      new ButtonType("_Replace certificate", ButtonBar.ButtonData.OK_DONE);

  public ReplaceDialog(Window owner, ReplaceViewModel vm) {
    initOwner(owner);
    setTitle("Replace the proxy certificate");
    setHeaderText(
        "The proxy certificate is served on database endpoints; OCSP covers it. "
            + "Nothing is sent until every check below passes.");
    getDialogPane().setId("replace-dialog");
    getDialogPane().getButtonTypes().addAll(REPLACE, ButtonType.CLOSE);

    GridPane files = new GridPane();
    files.setHgap(10);
    files.setVgap(6);
    fileRow(
        files,
        0,
        "_Certificate (PEM, with chain)",
        "replace-choose-certificate",
        vm.certificateSourceProperty(),
        owner,
        vm::loadCertificate,
        vm);
    fileRow(
        files,
        1,
        "Private _key (PEM)",
        "replace-choose-key",
        vm.keySourceProperty(),
        owner,
        vm::loadKey,
        vm);

    VBox checks = new VBox(4);
    checks.setId("replace-checks");
    vm.checkProperty()
        .addListener(
            (obs, old, check) -> {
              showChecks(checks, check);
              fitContent();
            });
    showChecks(checks, vm.checkProperty().get());

    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(20, 20);
    Button cancel = new Button("Ca_ncel waiting");
    cancel.setId("replace-cancel");
    cancel.setMnemonicParsing(true);
    cancel.setOnAction(e -> vm.cancel());
    cancel.setMinWidth(Region.USE_PREF_SIZE);
    progress.setMinSize(20, 20);
    Label waiting =
        new Label("Replacing\u2026 the cluster restarts its proxies; this can take minutes.");
    waiting.setWrapText(true);
    // A wrapped label in a row gets one line's height unless it may grow to its text's.
    waiting.setMinHeight(Region.USE_PREF_SIZE);
    waiting.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(waiting, javafx.scene.layout.Priority.ALWAYS);
    HBox busy = new HBox(8, progress, waiting, cancel);
    busy.setId("replace-progress");
    busy.setAlignment(Pos.CENTER_LEFT);
    busy.visibleProperty().bind(vm.busyProperty());
    busy.managedProperty().bind(busy.visibleProperty());
    Label result = message("replace-result", Styles.SUCCESS);
    result.textProperty().bind(vm.resultProperty());
    Label problem = message("replace-problem", Styles.DANGER);
    problem.textProperty().bind(vm.problemProperty());

    ProgressIndicator readProgress = new ProgressIndicator();
    readProgress.setPrefSize(20, 20);
    readProgress.setMinSize(20, 20);
    HBox reading = new HBox(8, readProgress, new Label("Reading the chosen file\u2026"));
    reading.setId("replace-reading");
    reading.setAlignment(Pos.CENTER_LEFT);
    reading.visibleProperty().bind(vm.readingProperty());
    reading.managedProperty().bind(reading.visibleProperty());
    vm.readingProperty().addListener((obs, old, now) -> fitContent());

    VBox content = new VBox(12, files, reading, new Label("Checks"), checks, busy, result, problem);
    content.setPrefWidth(620);
    getDialogPane().setContent(content);
    vm.busyProperty().addListener((obs, old, now) -> fitContent());
    vm.resultProperty().addListener((obs, old, now) -> fitContent());
    vm.problemProperty().addListener((obs, old, now) -> fitContent());
    Node send = getDialogPane().lookupButton(REPLACE);
    send.setId("replace-send");
    send.disableProperty().bind(vm.canReplaceProperty().not());
    // Replace sends and keeps the dialog open; only Close (or Esc) closes it.
    send.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          e.consume();
          vm.replace();
        });
    getDialogPane().lookupButton(ButtonType.CLOSE).disableProperty().bind(vm.busyProperty());
  }

  /** A dialog keeps its first size; grow it so checks, progress and results stay readable. */
  private void fitContent() {
    if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
      getDialogPane().getScene().getWindow().sizeToScene();
    }
  }

  private static void fileRow(
      GridPane grid,
      int row,
      String text,
      String id,
      javafx.beans.property.StringProperty source,
      Window owner,
      Consumer<java.nio.file.Path> load,
      ReplaceViewModel vm) {
    Button choose = new Button(text + "\u2026");
    choose.setId(id);
    choose.setMnemonicParsing(true);
    choose.disableProperty().bind(vm.readingProperty().or(vm.busyProperty()));
    choose.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle(text.replace("_", ""));
          chooser
              .getExtensionFilters()
              .addAll(
                  new FileChooser.ExtensionFilter("PEM files", "*.pem", "*.crt", "*.key"),
                  new FileChooser.ExtensionFilter("All files", "*"));
          File file = chooser.showOpenDialog(owner);
          if (file != null) {
            load.accept(file.toPath());
          }
        });
    Label chosen = new Label();
    chosen.setId(id + "-source");
    chosen.textProperty().bind(source);
    chosen.getStyleClass().add(Styles.TEXT_MUTED);
    grid.addRow(row, choose, chosen);
  }

  private static void showChecks(VBox box, UploadCheck check) {
    box.getChildren().clear();
    for (UploadCheck.Check c : check.checks()) {
      Label line =
          new Label(
              switch (c.level()) {
                    case OK -> "\u2713 ";
                    case WARNING -> "\u26a0 Warning: ";
                    case ERROR -> "\u2715 ";
                  }
                  + c.text());
      line.setWrapText(true);
      line.setMaxWidth(600);
      line.setMinHeight(Region.USE_PREF_SIZE);
      line.getStyleClass().add("check-" + c.level().name().toLowerCase(java.util.Locale.ROOT));
      box.getChildren().add(line);
    }
  }

  private static Label message(String id, String style) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    // Without it a wrapped message gets one line's height and ends in "…".
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.getStyleClass().add(style);
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }
}
