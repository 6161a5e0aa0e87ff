package org.ocspconsole.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.BooleanBinding;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspSettingsFile;
import org.ocspconsole.fleet.OperatorSnippet;
import org.ocspconsole.fx.Banner;

/**
 * Settings as files for the form: the loaded settings exported in the shape of a {@code PUT
 * /v1/ocsp} body or as the operator's {@code spec.ocspConfiguration}, and a file imported into the
 * form as edits. Importing sends nothing: the values become unsaved changes, and the usual review
 * and Save send them. A file with a bad field changes nothing, so the user's edits survive it.
 * Files are read and written on the worker, under the form's busy flag.
 */
public final class FormFiles {
  /** The two shapes a settings file comes in. */
  public enum Format {
    /** The {@code PUT /v1/ocsp} body, snake_case, as the command line and the fleet write it. */
    JSON("-ocsp.json"),
    /** The Redis Enterprise operator's {@code spec.ocspConfiguration}, camelCase. */
    OPERATOR("-ocsp.yaml");

    private final String suffix;

    Format(String suffix) {
      this.suffix = suffix;
    }
  }

  /** What reading a file gave: the settings, or why the file could not be read at all. */
  private record Outcome(OcspSettingsFile.Read read, String trouble) {}

  private final ConfigViewModel vm;
  private final ConfigForm form;
  private final Executor worker;
  private final BooleanBinding canImport;
  private final BooleanBinding canExport;

  FormFiles(ConfigViewModel vm, Executor worker) {
    this.vm = vm;
    this.form = vm.form();
    this.worker = worker;
    canExport = form.loadedProperty().isNotNull().and(vm.busyProperty().not());
    canImport = canExport.and(vm.readOnlyProperty().not());
  }

  /** Whether a file may be imported now: settings loaded, editable, nothing under way. */
  public BooleanBinding canImportProperty() {
    return canImport;
  }

  /** Whether the loaded settings may be exported now. */
  public BooleanBinding canExportProperty() {
    return canExport;
  }

  /** "prod-eu-ocsp.json": the cluster's name, safe as a file name. */
  public String suggestedName(Format format) {
    return vm.session().name().replaceAll("[^A-Za-z0-9._-]+", "-") + format.suffix;
  }

  /**
   * Reads {@code file} and puts its values into the form as unsaved changes. A file with any bad
   * field changes nothing and says what is wrong with each; {@code responder_url} is set aside.
   */
  public CompletableFuture<Void> importFile(Path file) {
    if (!canImport.get()) {
      return CompletableFuture.completedFuture(null);
    }
    String name = String.valueOf(file.getFileName());
    return vm.runLocal(
        "Reading " + name + "\u2026",
        () -> CompletableFuture.supplyAsync(() -> read(file), worker),
        outcome -> vm.tell(use(name, outcome)));
  }

  /**
   * Writes the loaded settings (not the edits: those are not the cluster's yet) to {@code file}.
   */
  public CompletableFuture<Void> export(Path file, Format format) {
    OcspConfig loaded = form.loadedProperty().get();
    if (!canExport.get() || loaded == null) {
      return CompletableFuture.completedFuture(null);
    }
    String name = String.valueOf(file.getFileName());
    String text =
        format == Format.JSON
            ? OcspSettingsFile.text(loaded)
            : OperatorSnippet.file(loaded.writableValues());
    return vm.runLocal(
        "Writing " + name + "\u2026",
        () -> CompletableFuture.supplyAsync(() -> write(file, text), worker),
        trouble -> vm.tell(exported(name, format, trouble)));
  }

  private static Outcome read(Path file) {
    try {
      return new Outcome(OcspSettingsFile.read(file).ignoringResponderUrl(), null);
    } catch (IOException e) {
      return new Outcome(null, OcspSettingsFile.trouble(e));
    }
  }

  private static String write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return null;
    } catch (IOException e) {
      return OcspSettingsFile.trouble(e);
    }
  }

  private Banner use(String name, Outcome outcome) {
    if (outcome.trouble() != null) {
      return Banner.error(
          name + " could not be read", outcome.trouble() + ". The form keeps your edits.");
    }
    OcspSettingsFile.Read read = outcome.read();
    if (!read.ok()) {
      List<String> lines = new ArrayList<>();
      read.problems().forEach(p -> lines.add(problem(p)));
      lines.add("Nothing was put into the form; it keeps your edits.");
      return Banner.error(name + " was not used", String.join("\n", lines));
    }
    return applied(name, read);
  }

  /** Puts the file's values into the form, the way typing them would. */
  private Banner applied(String name, OcspSettingsFile.Read read) {
    List<String> lines = new ArrayList<>();
    int changed = 0;
    for (Map.Entry<OcspField, Object> entry : read.update().changes().entrySet()) {
      OcspField field = entry.getKey();
      Object value = entry.getValue();
      if (field == OcspField.OCSP_FUNCTIONALITY) {
        boolean on = (Boolean) value;
        boolean was = form.enabledProperty().get();
        if (!form.requestEnabled(on)) {
          lines.add(FieldLabels.plain(field) + " stays off: " + NoResponderUrl.CANNOT_ENABLE);
        } else if (was != on) {
          changed++;
        }
      } else {
        NumberField number = form.number(field);
        String text = String.valueOf(value);
        if (!text.equals(number.textProperty().get())) {
          number.textProperty().set(text);
          changed++;
        }
      }
    }
    if (read.responderUrlIgnored()) {
      lines.add(OcspSettingsFile.RESPONDER_URL_IGNORED);
    }
    lines.add(OperatorSnippet.OPERATOR_WARNING);
    String first =
        changed == 0
            ? "The form already held every value " + name + " names."
            // Not "unsaved changes": a value from the file may equal the cluster's and undo an
            // edit.
            : "Nothing was sent: "
                + (changed == 1 ? "one value" : changed + " values")
                + " from "
                + name
                + (changed == 1 ? " is" : " are")
                + " now in the form. The fields marked changed are what Save sends, after the"
                + " review.";
    lines.add(0, first);
    return new Banner(
        Banner.Severity.INFO, "Settings file imported", String.join("\n", lines), null, null);
  }

  private static String problem(OcspSettingsFile.Problem problem) {
    if (problem.key() == null) {
      return problem.message();
    }
    return OcspField.byKey(problem.key())
        .or(() -> OcspField.byOperatorKey(problem.key()))
        .map(field -> FieldLabels.plain(field) + " (" + problem.key() + "): " + problem.message())
        .orElse(problem.toString());
  }

  private static Banner exported(String name, Format format, String trouble) {
    if (trouble != null) {
      return Banner.error(name + " could not be written", trouble + ".");
    }
    String what =
        format == Format.JSON
            ? "the loaded settings in the shape of a PUT /v1/ocsp body: the writable fields only,"
                + " never responder_url; unsaved edits are not in it."
            : "the loaded settings as the operator's spec.ocspConfiguration; unsaved edits are not"
                + " in it. "
                + OperatorSnippet.OPERATOR_WARNING;
    return new Banner(Banner.Severity.INFO, "Saved " + name, "It holds " + what, null, null);
  }
}
