package org.ocspconsole.config;

import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.ocspconsole.fleet.OperatorSnippet;
import org.ocspconsole.fx.FileChoices;

/**
 * The form's "Settings file" menu: import a file into the form (Ctrl+I), export the loaded settings
 * (Ctrl+E) or the operator's snippet. The menu's own accelerators are the shortcuts, so the keys
 * are shown beside each item and work only while the form is on screen.
 */
final class FileMenu {
  static final KeyCombination IMPORT =
      new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination EXPORT =
      new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

  private static final List<FileChoices.Kind> JSON =
      List.of(new FileChoices.Kind("Settings (JSON)", "*.json"));
  private static final List<FileChoices.Kind> YAML =
      List.of(new FileChoices.Kind("Operator snippet (YAML)", "*.yaml", "*.yml"));

  /** What an import reads: the JSON as exported, or the operator's YAML. */
  private static final List<FileChoices.Kind> SETTINGS =
      List.of(
          new FileChoices.Kind(
              "Settings (JSON, or the operator's YAML)", "*.json", "*.yaml", "*.yml"));

  private FileMenu() {}

  static MenuButton create(FormFiles files, FileChoices choices) {
    MenuButton menu = new MenuButton("Settings f_ile");
    menu.setId("form-file");
    menu.setMnemonicParsing(true);
    menu.setMinWidth(MenuButton.USE_PREF_SIZE);
    menu.setTooltip(
        new Tooltip(
            "Import a settings file into the form as unsaved changes ("
                + IMPORT.getDisplayText()
                + "), or export the loaded settings ("
                + EXPORT.getDisplayText()
                + ").\n"
                + OperatorSnippet.OPERATOR_WARNING));
    MenuItem load = new MenuItem("_Import a settings file into the form\u2026");
    load.setId("form-file-import");
    load.setAccelerator(IMPORT);
    load.disableProperty().bind(files.canImportProperty().not());
    load.setOnAction(
        e ->
            choices
                .open(owner(menu), "Import OCSP settings into the form", SETTINGS)
                .ifPresent(files::importFile));
    MenuItem json = new MenuItem("_Export the loaded settings (JSON)\u2026");
    json.setId("form-file-export");
    json.setAccelerator(EXPORT);
    json.setOnAction(e -> export(menu, files, choices, FormFiles.Format.JSON, JSON));
    MenuItem yaml = new MenuItem("Export for the _Kubernetes operator (YAML)\u2026");
    yaml.setId("form-file-export-operator");
    yaml.setOnAction(e -> export(menu, files, choices, FormFiles.Format.OPERATOR, YAML));
    json.disableProperty().bind(files.canExportProperty().not());
    yaml.disableProperty().bind(files.canExportProperty().not());
    menu.getItems().setAll(load, new SeparatorMenuItem(), json, yaml);
    return menu;
  }

  private static void export(
      MenuButton menu,
      FormFiles files,
      FileChoices choices,
      FormFiles.Format format,
      List<FileChoices.Kind> kinds) {
    choices
        .save(owner(menu), "Export the OCSP settings", files.suggestedName(format), kinds)
        .ifPresent(file -> files.export(file, format));
  }

  private static Window owner(MenuButton menu) {
    return menu.getScene() == null ? null : menu.getScene().getWindow();
  }
}
