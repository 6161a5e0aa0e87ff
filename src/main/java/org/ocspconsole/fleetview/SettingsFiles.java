package org.ocspconsole.fleetview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspSettingsFile;
import org.ocspconsole.fleet.OperatorSnippet;
import org.ocspconsole.fx.FxThread;

/**
 * Settings as files: a cluster's writable settings exported in the shape of a {@code PUT /v1/ocsp}
 * body or as the operator's {@code spec.ocspConfiguration}; a file imported as the baseline or as
 * the values of a change to review. Importing never sends anything. Files are read and written on
 * the worker.
 */
final class SettingsFiles {
  private SettingsFiles() {}

  static MenuButton menu(
      Supplier<FleetRow> selected,
      Consumer<FleetViewModel.Baseline> asBaseline,
      Consumer<Map<OcspField, Object>> intoChange,
      Executor worker) {
    MenuButton menu = new MenuButton("Se_ttings file");
    Supplier<Window> owner = () -> menu.getScene().getWindow();
    MenuItem json = new MenuItem("_Export the selected cluster's settings (JSON)…");
    json.setOnAction(e -> export(owner.get(), selected.get(), false, worker));
    MenuItem yaml = new MenuItem("Export for the _Kubernetes operator (YAML)…");
    yaml.setOnAction(e -> export(owner.get(), selected.get(), true, worker));
    MenuItem baseline = new MenuItem("Use a settings file as the _baseline…");
    baseline.setOnAction(
        e ->
            read(
                owner.get(),
                worker,
                (file, values) ->
                    asBaseline.accept(
                        new FleetViewModel.Baseline(file.getFileName().toString(), values))));
    MenuItem change = new MenuItem("_Import a settings file into a change…");
    change.setOnAction(e -> read(owner.get(), worker, (file, values) -> intoChange.accept(values)));
    menu.getItems().setAll(json, yaml, baseline, change);
    menu.setId("fleet-file");
    menu.setMnemonicParsing(true);
    return menu;
  }

  private static void export(Window owner, FleetRow row, boolean operator, Executor worker) {
    if (row == null || !row.reachable()) {
      tell(owner, "Select a cluster whose settings were read, then export.");
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export " + row.member().name() + "'s OCSP settings");
    String base = row.member().name().replaceAll("[^A-Za-z0-9._-]+", "-");
    chooser.setInitialFileName(base + (operator ? "-ocsp.yaml" : "-ocsp.json"));
    java.io.File target = chooser.showSaveDialog(owner);
    if (target == null) {
      return;
    }
    var config = row.reading().config();
    byte[] bytes =
        operator
            ? ("# "
                    + OperatorSnippet.OPERATOR_WARNING
                    + "\n"
                    + OperatorSnippet.yaml(config.writableValues()))
                .getBytes(StandardCharsets.UTF_8)
            : OcspSettingsFile.write(config);
    CompletableFuture.runAsync(
            () -> {
              try {
                Files.write(target.toPath(), bytes);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            worker)
        .whenCompleteAsync(
            (done, failure) ->
                tell(
                    owner,
                    failure == null
                        ? "Saved "
                            + target.getName()
                            + "."
                            + (operator
                                ? ""
                                : " It holds the writable settings only, never responder_url.")
                        : target.getName() + " could not be written: " + rootMessage(failure)),
            FxThread.EXECUTOR);
  }

  private static void read(
      Window owner,
      Executor worker,
      java.util.function.BiConsumer<Path, Map<OcspField, Object>> use) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a settings file");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Settings (JSON)", "*.json"));
    java.io.File source = chooser.showOpenDialog(owner);
    if (source == null) {
      return;
    }
    Path file = source.toPath();
    CompletableFuture.supplyAsync(
            () -> {
              try {
                if (Files.size(file) > OcspSettingsFile.MAX_BYTES) {
                  return OcspSettingsFile.read(new byte[OcspSettingsFile.MAX_BYTES + 1]);
                }
                return OcspSettingsFile.read(Files.readAllBytes(file));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            worker)
        .whenCompleteAsync(
            (read, failure) -> {
              if (failure != null) {
                tell(owner, file.getFileName() + " could not be read: " + rootMessage(failure));
              } else if (!read.ok()) {
                tell(
                    owner,
                    file.getFileName()
                        + " was not used:\n"
                        + String.join(
                            "\n", read.problems().stream().map(Object::toString).toList()));
              } else {
                use.accept(file, new java.util.EnumMap<>(read.update().changes()));
              }
            },
            FxThread.EXECUTOR);
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private static void tell(Window owner, String text) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
    alert.initOwner(owner);
    alert.setHeaderText(null);
    alert.setTitle("Settings file");
    alert.show();
  }
}
