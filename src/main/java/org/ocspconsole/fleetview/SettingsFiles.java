package org.ocspconsole.fleetview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspSettingsFile;
import org.ocspconsole.fleet.OperatorSnippet;
import org.ocspconsole.fx.FileChoices;
import org.ocspconsole.fx.FxThread;

/**
 * Settings as files: a cluster's writable settings exported in the shape of a {@code PUT /v1/ocsp}
 * body or as the operator's {@code spec.ocspConfiguration}; a file imported as the baseline or as
 * the values of a change to review. Importing never sends anything. Files are read and written on
 * the worker; {@code responder_url} in a file is set aside with a note, since nothing is sent from
 * here without a review.
 */
final class SettingsFiles {
  private static final List<FileChoices.Kind> JSON =
      List.of(new FileChoices.Kind("Settings (JSON)", "*.json"));
  private static final List<FileChoices.Kind> YAML =
      List.of(new FileChoices.Kind("Operator snippet (YAML)", "*.yaml", "*.yml"));

  /** What an import reads: the JSON as exported, or the operator's YAML. */
  private static final List<FileChoices.Kind> SETTINGS =
      List.of(
          new FileChoices.Kind(
              "Settings (JSON, or the operator's YAML)", "*.json", "*.yaml", "*.yml"));

  /** What reading a file gave: the settings, or why the file could not be read at all. */
  private record Outcome(OcspSettingsFile.Read read, String trouble) {}

  private SettingsFiles() {}

  static MenuButton menu(
      Supplier<FleetRow> selected,
      Consumer<Baseline> asBaseline,
      Consumer<Map<OcspField, Object>> intoChange,
      Executor worker,
      FileChoices choices) {
    MenuButton menu = new MenuButton("Se_ttings file");
    Supplier<Window> owner = () -> menu.getScene().getWindow();
    MenuItem json = new MenuItem("_Export the selected cluster's settings (JSON)…");
    json.setOnAction(e -> export(owner.get(), selected.get(), false, worker, choices));
    MenuItem yaml = new MenuItem("Export for the _Kubernetes operator (YAML)…");
    yaml.setOnAction(e -> export(owner.get(), selected.get(), true, worker, choices));
    MenuItem baseline = new MenuItem("Use a settings file as the _baseline…");
    baseline.setOnAction(
        e ->
            read(
                owner.get(),
                worker,
                choices,
                (file, values) ->
                    asBaseline.accept(Baseline.file(file.getFileName().toString(), values))));
    MenuItem change = new MenuItem("_Import a settings file into a change…");
    change.setOnAction(
        e -> read(owner.get(), worker, choices, (file, values) -> intoChange.accept(values)));
    menu.getItems().setAll(json, yaml, baseline, change);
    menu.setId("fleet-file");
    menu.setMnemonicParsing(true);
    return menu;
  }

  private static void export(
      Window owner, FleetRow row, boolean operator, Executor worker, FileChoices choices) {
    if (row == null || !row.reachable()) {
      tell(owner, "Select a cluster whose settings were read, then export.");
      return;
    }
    String base = row.member().name().replaceAll("[^A-Za-z0-9._-]+", "-");
    Path target =
        choices
            .save(
                owner,
                "Export " + row.member().name() + "'s OCSP settings",
                base + (operator ? "-ocsp.yaml" : "-ocsp.json"),
                operator ? YAML : JSON)
            .orElse(null);
    if (target == null) {
      return;
    }
    var config = row.reading().config();
    String text =
        operator ? OperatorSnippet.file(config.writableValues()) : OcspSettingsFile.text(config);
    String name = String.valueOf(target.getFileName());
    CompletableFuture.supplyAsync(
            () -> {
              try {
                Files.writeString(target, text, StandardCharsets.UTF_8);
                return null;
              } catch (IOException e) {
                return OcspSettingsFile.trouble(e);
              }
            },
            worker)
        .whenCompleteAsync(
            (trouble, failure) ->
                tell(
                    owner,
                    failure == null && trouble == null
                        ? "Saved "
                            + name
                            + "."
                            + (operator
                                ? "\n" + OperatorSnippet.OPERATOR_WARNING
                                : " It holds the writable settings only, never responder_url.")
                        : name
                            + " could not be written: "
                            + (trouble != null ? trouble : rootMessage(failure))
                            + "."),
            FxThread.EXECUTOR);
  }

  private static void read(
      Window owner,
      Executor worker,
      FileChoices choices,
      BiConsumer<Path, Map<OcspField, Object>> use) {
    Path file = choices.open(owner, "Open a settings file", SETTINGS).orElse(null);
    if (file == null) {
      return;
    }
    String name = String.valueOf(file.getFileName());
    CompletableFuture.supplyAsync(
            () -> {
              try {
                return new Outcome(OcspSettingsFile.read(file).ignoringResponderUrl(), null);
              } catch (IOException e) {
                return new Outcome(null, OcspSettingsFile.trouble(e));
              }
            },
            worker)
        .whenCompleteAsync(
            (outcome, failure) -> {
              if (failure != null || outcome.trouble() != null) {
                tell(
                    owner,
                    name
                        + " could not be read: "
                        + (failure != null ? rootMessage(failure) : outcome.trouble())
                        + ".");
                return;
              }
              OcspSettingsFile.Read read = outcome.read();
              if (!read.ok()) {
                tell(
                    owner,
                    name
                        + " was not used:\n"
                        + String.join(
                            "\n", read.problems().stream().map(Object::toString).toList()));
                return;
              }
              use.accept(file, new EnumMap<>(read.update().changes()));
              if (read.responderUrlIgnored()) {
                tell(owner, name + ": " + OcspSettingsFile.RESPONDER_URL_IGNORED);
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
