package org.ocspconsole.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.api.Json;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspSettingsFile;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.RecordedRequest;
import org.ocspconsole.fleet.OperatorSnippet;
import org.ocspconsole.fx.Banner;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.testing.DemoSessions;

/**
 * A settings file into the form and the loaded settings out of it, against the demo cluster with no
 * toolkit: importing only edits the form, a bad file changes nothing, Save sends what changed.
 */
class FormFilesTest {
  @TempDir Path folder;
  private DemoCluster cluster;
  private ConfigViewModel vm;
  private ConfigForm form;
  private FormFiles files;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    vm = new ConfigViewModel(DemoSessions.admin(cluster), FxThread.DIRECT, null);
    form = vm.form();
    files = vm.files();
    await(vm.load());
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  void aValidFileBecomesEditsToReviewAndNothingIsSent() throws Exception {
    cluster.clearRequests();
    await(
        files.importFile(
            file(
                "prod.json",
                "{\"ocsp_functionality\": true, \"query_frequency\": 600,"
                    + " \"recovery_max_tries\": 7}")));
    assertThat(text(OcspField.QUERY_FREQUENCY)).isEqualTo("600");
    assertThat(text(OcspField.RECOVERY_MAX_TRIES)).isEqualTo("7");
    assertThat(text(OcspField.RESPONSE_TIMEOUT)).isEqualTo("1"); // not named: as it was
    assertThat(form.enabledProperty().get()).isTrue();
    assertThat(form.number(OcspField.QUERY_FREQUENCY).dirtyProperty().get()).isTrue();
    assertThat(form.dirtyProperty().get()).isTrue();
    assertThat(vm.canSaveProperty().get()).isTrue();
    assertThat(form.changes()).hasSize(3);
    assertThat(cluster.requests()).isEmpty(); // not even a read: the file is the only input
    Banner banner = vm.bannerProperty().get();
    assertThat(banner.severity()).isEqualTo(Banner.Severity.INFO);
    assertThat(banner.text())
        .startsWith(
            "Nothing was sent: 3 values from prod.json are now in the form. The fields marked"
                + " changed are what Save sends, after the review.")
        .contains(OperatorSnippet.OPERATOR_WARNING)
        .doesNotContain("responder_url");
  }

  @Test
  void aBadFileNamesEachBadFieldAndKeepsTheEdits() throws Exception {
    form.number(OcspField.RESPONSE_TIMEOUT).textProperty().set("5");
    form.number(OcspField.RECOVERY_MAX_TRIES).textProperty().set("abc"); // invalid, still kept
    await(
        files.importFile(
            file(
                "bad.json",
                "{\"query_frequency\": 30, \"recovery_frequency\": \"60\","
                    + " \"ocsp_functionality\": \"yes\", \"ocsp_stapling\": true,"
                    + " \"response_timeout\": 2}")));
    Banner banner = vm.bannerProperty().get();
    assertThat(banner.severity()).isEqualTo(Banner.Severity.ERROR);
    assertThat(banner.title()).isEqualTo("bad.json was not used");
    assertThat(banner.text().split("\n"))
        .containsExactly(
            "Query frequency (query_frequency): 30 is out of range: a whole number from 60 to"
                + " 86400.",
            "Recovery frequency (recovery_frequency): must be a whole number from 60 to 86400.",
            "OCSP stapling (ocsp_functionality): must be true or false.",
            "ocsp_stapling: not a setting of /v1/ocsp (the cluster would refuse it); the settings"
                + " are ocsp_functionality, query_frequency, response_timeout, recovery_frequency,"
                + " recovery_max_tries.",
            "Nothing was put into the form; it keeps your edits.");
    // The good field of a bad file is not applied either: the file is used whole or not at all.
    assertThat(text(OcspField.RESPONSE_TIMEOUT)).isEqualTo("5");
    assertThat(text(OcspField.RECOVERY_MAX_TRIES)).isEqualTo("abc");
    assertThat(text(OcspField.QUERY_FREQUENCY)).isEqualTo("3600");
    assertThat(form.enabledProperty().get()).isFalse();
  }

  @Test
  void aFileThatIsNotSettingsOrNotThereIsSaidSoAndChangesNothing() throws Exception {
    form.number(OcspField.QUERY_FREQUENCY).textProperty().set("900");
    await(files.importFile(file("notes.json", "query_frequency: 600")));
    // Not JSON, so read as the operator's YAML, which it is not either: both shapes are named.
    assertThat(vm.bannerProperty().get().text())
        .startsWith("It must be a JSON object of settings")
        .contains("the operator's YAML with spec.ocspConfiguration");
    await(files.importFile(file("broken.json", "{\"query_frequency\": 600,}")));
    assertThat(vm.bannerProperty().get().text()).startsWith("It is not JSON.");
    await(files.importFile(file("list.json", "[600]")));
    assertThat(vm.bannerProperty().get().text()).startsWith("It must be a JSON object");
    await(files.importFile(folder.resolve("gone.json")));
    assertThat(vm.bannerProperty().get().title()).isEqualTo("gone.json could not be read");
    assertThat(vm.bannerProperty().get().text())
        .isEqualTo("It does not exist. The form keeps your edits.");
    Path large = folder.resolve("large.json");
    Files.write(large, new byte[OcspSettingsFile.MAX_BYTES + 10]);
    await(files.importFile(large));
    assertThat(vm.bannerProperty().get().text()).startsWith("It is larger than 64 KiB");
    assertThat(text(OcspField.QUERY_FREQUENCY)).isEqualTo("900");
  }

  @Test
  void aFileValueEqualToTheClustersUndoesAnEditAndTheFormIsCleanAgain() throws Exception {
    form.number(OcspField.QUERY_FREQUENCY).textProperty().set("900");
    await(files.importFile(file("cluster.json", "{\"query_frequency\": 3600}")));
    assertThat(text(OcspField.QUERY_FREQUENCY)).isEqualTo("3600");
    assertThat(form.dirtyProperty().get()).isFalse();
    assertThat(vm.bannerProperty().get().text())
        .startsWith("Nothing was sent: one value from cluster.json is now in the form.");
  }

  @Test
  void responderUrlIsIgnoredSaidSoAndNeverSent() throws Exception {
    await(
        files.importFile(
            file(
                "answer.json",
                "{\"responder_url\": \"http://ocsp.example.com\", \"query_frequency\": 900}")));
    assertThat(vm.bannerProperty().get().severity()).isEqualTo(Banner.Severity.INFO);
    assertThat(vm.bannerProperty().get().text())
        .contains(
            "responder_url is read-only (it comes from the proxy certificate) and was ignored.");
    assertThat(text(OcspField.QUERY_FREQUENCY)).isEqualTo("900");
    cluster.clearRequests();
    await(vm.save());
    assertThat(putBodies()).containsExactly(Map.of("query_frequency", 900));
  }

  @Test
  void savingAnImportedFileSendsOnlyTheFieldsThatDiffer() throws Exception {
    // Everything the demo holds, except two values.
    await(
        files.importFile(
            file(
                "all.json",
                "{\"ocsp_functionality\": false, \"query_frequency\": 1800,"
                    + " \"response_timeout\": 1, \"recovery_frequency\": 60,"
                    + " \"recovery_max_tries\": 9}")));
    assertThat(vm.bannerProperty().get().text()).startsWith("Nothing was sent: 2 values");
    cluster.clearRequests();
    await(vm.save());
    assertThat(putBodies())
        .containsExactly(Map.of("query_frequency", 1800, "recovery_max_tries", 9));
    assertThat(form.dirtyProperty().get()).isFalse();
  }

  @Test
  void turningOcspOnFromAFileIsRefusedWithoutAResponderUrlAndTheOtherValuesStay() throws Exception {
    cluster.switches().noResponderUrl();
    await(vm.load());
    await(
        files.importFile(
            file("on.json", "{\"ocsp_functionality\": true, \"query_frequency\": 600}")));
    assertThat(form.enabledProperty().get()).isFalse();
    assertThat(form.refusedProperty().get()).isTrue();
    assertThat(text(OcspField.QUERY_FREQUENCY)).isEqualTo("600");
    assertThat(vm.bannerProperty().get().text())
        .contains("OCSP stapling stays off: OCSP cannot be enabled");
    assertThat(vm.canSaveProperty().get()).isTrue();
  }

  @Test
  void exportWritesTheLoadedSettingsNotTheEditsInBothShapes() throws Exception {
    form.number(OcspField.QUERY_FREQUENCY).textProperty().set("900"); // an edit: not exported
    Path json = folder.resolve(files.suggestedName(FormFiles.Format.JSON));
    await(files.export(json, FormFiles.Format.JSON));
    assertThat(json.getFileName().toString()).endsWith("-ocsp.json");
    assertThat(Files.readString(json))
        .isEqualTo(
            "{\n  \"ocsp_functionality\" : false,\n  \"query_frequency\" : 3600,\n"
                + "  \"response_timeout\" : 1,\n  \"recovery_frequency\" : 60,\n"
                + "  \"recovery_max_tries\" : 5\n}\n");
    assertThat(vm.bannerProperty().get().title()).isEqualTo("Saved " + json.getFileName());
    Path yaml = folder.resolve("op.yaml");
    await(files.export(yaml, FormFiles.Format.OPERATOR));
    assertThat(Files.readString(yaml))
        .isEqualTo(
            "# RedisEnterpriseCluster. "
                + OperatorSnippet.OPERATOR_WARNING
                + "\nspec:\n  ocspConfiguration:\n    ocspFunctionality: false\n"
                + "    queryFrequency: 3600\n    responseTimeout: 1\n"
                + "    recoveryFrequency: 60\n    recoveryMaxTries: 5\n");
    assertThat(text(OcspField.QUERY_FREQUENCY)).isEqualTo("900");

    // The exported file read back into a clean form changes nothing.
    form.revert();
    await(files.importFile(json));
    assertThat(form.dirtyProperty().get()).isFalse();
    assertThat(vm.bannerProperty().get().text())
        .startsWith("The form already held every value " + json.getFileName() + " names.");

    // So does the operator's YAML; with one value changed in it, that value becomes an edit.
    await(files.importFile(yaml));
    assertThat(form.dirtyProperty().get()).isFalse();
    Files.writeString(
        yaml, Files.readString(yaml).replace("queryFrequency: 3600", "queryFrequency: 1200"));
    await(files.importFile(yaml));
    assertThat(text(OcspField.QUERY_FREQUENCY)).isEqualTo("1200");
    assertThat(form.changes()).hasSize(1);
    assertThat(vm.bannerProperty().get().text())
        .startsWith("Nothing was sent: one value from op.yaml is now in the form.");
  }

  @Test
  void aFileThatCannotBeWrittenIsSaid() throws Exception {
    Path target = folder.resolve("missing-folder").resolve("prod.json");
    await(files.export(target, FormFiles.Format.JSON));
    assertThat(vm.bannerProperty().get().severity()).isEqualTo(Banner.Severity.ERROR);
    assertThat(vm.bannerProperty().get().title()).isEqualTo("prod.json could not be written");
    assertThat(vm.bannerProperty().get().text()).isEqualTo("It does not exist.");
  }

  @Test
  void nothingIsImportedWhileTheFormIsReadOnly() throws Exception {
    cluster.switches().unsupportedCapability(true);
    await(vm.load());
    assertThat(vm.readOnlyProperty().get()).isTrue();
    assertThat(files.canImportProperty().get()).isFalse();
    await(files.importFile(file("prod.json", "{\"query_frequency\": 600}")));
    assertThat(form.dirtyProperty().get()).isFalse();
  }

  private Path file(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private String text(OcspField field) {
    return form.number(field).textProperty().get();
  }

  private List<Map<String, Object>> putBodies() throws Exception {
    List<Map<String, Object>> bodies = new java.util.ArrayList<>();
    for (RecordedRequest request : cluster.requests()) {
      if (request.method().equals("PUT")) {
        JsonNode body = Json.tree(request.body().getBytes(StandardCharsets.UTF_8));
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        body.properties().forEach(e -> values.put(e.getKey(), e.getValue().intValue()));
        bodies.add(values);
      }
    }
    return bodies;
  }

  private static void await(CompletableFuture<?> future) throws Exception {
    future.get(20, TimeUnit.SECONDS);
  }
}
