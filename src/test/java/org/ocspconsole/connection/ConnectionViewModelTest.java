package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.profiles.ExportedProfiles;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.profiles.ProfileStore;
import org.ocspconsole.testing.MemoryCredentialStore;

/** The connection screen's list and its persistence, without a toolkit. */
class ConnectionViewModelTest {
  @TempDir Path dir;
  private final MemoryCredentialStore keyring = new MemoryCredentialStore();

  private ConnectionViewModel vm() {
    ProfileStore store = new ProfileStore(dir);
    ConnectFlow flow = new FakePrompts().directFlow(Optional.of(keyring));
    return new ConnectionViewModel(
        store,
        flow,
        () -> CompletableFuture.failedFuture(new IllegalStateException()),
        () -> CompletableFuture.completedFuture(Optional.of(keyring)),
        FxThread.DIRECT,
        Runnable::run);
  }

  private static Profile profile(String name) {
    return new Profile(
        null,
        name,
        "https://" + name.toLowerCase().replace(' ', '-') + ".example.com:9443",
        "admin@example.com",
        Profile.Auth.BASIC,
        null,
        Profile.Trust.SYSTEM,
        null,
        null);
  }

  @Test
  void theDemoIsAlwaysFirstAndCannotBeEdited() {
    ConnectionViewModel vm = vm();
    assertThat(vm.items()).containsExactly(ConnectionViewModel.DEMO);
    assertThat(vm.selectedProperty().get()).isEqualTo(ConnectionViewModel.DEMO);
    assertThat(vm.editableProperty().get()).isFalse();
    vm.deleteSelected();
    vm.duplicateSelected();
    assertThat(vm.items()).containsExactly(ConnectionViewModel.DEMO);
  }

  @Test
  void addEditDuplicateAndDeleteAreSavedAtOnce() {
    ConnectionViewModel vm = vm();
    Profile staging = profile("Staging");
    vm.put(staging);
    vm.put(staging.withName("Staging EU"));
    vm.duplicateSelected();
    assertThat(vm().items())
        .extracting(Profile::name)
        .containsExactly("Built-in demo cluster", "Staging EU", "Staging EU (copy)");
    vm.selectedProperty().set(vm.items().get(1));
    vm.deleteSelected();
    assertThat(vm().items())
        .extracting(Profile::name)
        .containsExactly("Built-in demo cluster", "Staging EU (copy)");
  }

  @Test
  void theProfileOfferedAtStartIsRememberedAndSelectedNextTime() {
    ConnectionViewModel vm = vm();
    Profile prod = profile("Prod");
    vm.put(profile("Staging"));
    vm.put(prod);
    vm.setStartWithSelected(true);
    ConnectionViewModel next = vm();
    assertThat(next.defaultProfileProperty().get()).isEqualTo(prod.id());
    assertThat(next.selectedProperty().get()).isEqualTo(prod);
  }

  @Test
  void deletingAProfileForgetsItsRememberedPassword() throws Exception {
    ConnectionViewModel vm = vm();
    Profile staging = profile("Staging");
    vm.put(staging);
    keyring.write(staging.credentialKey(), "remembered".toCharArray());
    vm.deleteSelected();
    assertThat(keyring.secrets).isEmpty();
  }

  private static ImportPlan plan(ConnectionViewModel vm, Path file) throws Exception {
    return vm.readImport(file).get(20, TimeUnit.SECONDS).orElseThrow();
  }

  @Test
  void anImportIsShownForReviewAndAddedOnlyWhenAccepted() throws Exception {
    ConnectionViewModel vm = vm();
    vm.put(profile("Staging"));
    Path file = dir.resolve("shared.json");
    new ProfileStore(dir.resolve("other"))
        .export(file, List.of(profile("Staging"), profile("Prod")));

    ImportPlan plan = plan(vm, file);
    assertThat(plan.entries())
        .extracting(e -> e.profile().name())
        .containsExactly("Staging (imported)", "Prod");
    assertThat(plan.entries().get(0).notes())
        .containsExactly("renamed: \u201cStaging\u201d is taken");
    assertThat(vm().items()).extracting(Profile::name).doesNotContain("Prod");

    assertThat(vm.addImported(plan)).isEqualTo(2);
    vm.persisted().get(20, TimeUnit.SECONDS);
    assertThat(vm().items())
        .extracting(Profile::name)
        .containsExactly("Built-in demo cluster", "Staging", "Staging (imported)", "Prod");
    assertThat(vm.messageProperty().get()).contains("Imported 2 profiles");
  }

  @Test
  void theReviewSaysWhenAnAddressHeldAPasswordAndNeverShowsIt() throws Exception {
    ConnectionViewModel vm = vm();
    Path file = dir.resolve("shared.json");
    new ProfileStore(dir.resolve("other")).export(file, List.of(profile("Prod"), profile("Dev")));
    Files.writeString(
        file,
        Files.readString(file)
            .replace("https://prod.example.com", "https://admin:hunter2@prod.example.com"));

    ImportPlan plan = plan(vm, file);

    assertThat(plan.entries().get(0).profile().url()).isEqualTo("https://prod.example.com:9443");
    assertThat(plan.entries().get(0).notes())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("user name and password: removed")
        .doesNotContain("hunter2")
        .doesNotContain("admin");
    assertThat(plan.entries().get(1).notes()).isEmpty();
  }

  @Test
  void aBrokenImportChangesNothing() throws Exception {
    ConnectionViewModel vm = vm();
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "not json");
    assertThat(vm.readImport(file).get(20, TimeUnit.SECONDS)).isEmpty();
    assertThat(vm.messageProperty().get()).contains("Nothing was imported");
    assertThat(vm.items()).containsExactly(ConnectionViewModel.DEMO);
  }

  @Test
  void anImportOverTheBoundsIsRefusedWithAMessage() throws Exception {
    ConnectionViewModel vm = vm();
    Path many = dir.resolve("many.json");
    List<Profile> profiles = new java.util.ArrayList<>();
    for (int i = 0; i < 8000; i++) {
      profiles.add(profile("Cluster " + i));
    }
    new ProfileStore(dir.resolve("other")).export(many, profiles);
    assertThat(Files.size(many)).isGreaterThan(ExportedProfiles.MAX_BYTES);
    assertThat(vm.readImport(many).get(20, TimeUnit.SECONDS)).isEmpty();
    assertThat(vm.messageProperty().get())
        .contains("Nothing was imported: many.json cannot be imported")
        .contains("larger than 1024 KiB");

    new ProfileStore(dir.resolve("other")).export(many, profiles.subList(0, 1001));
    assertThat(vm.readImport(many).get(20, TimeUnit.SECONDS)).isEmpty();
    assertThat(vm.messageProperty().get()).contains("holds 1,001 profiles; at most 1,000");
    assertThat(vm.items()).containsExactly(ConnectionViewModel.DEMO);
  }

  @Test
  void anImportNeverTakesABuiltInIdAndRefusesFilesOnNetworkShares() throws Exception {
    ConnectionViewModel vm = vm();
    Profile prod = profile("Prod").withPin("AB".repeat(32));
    vm.put(prod);
    Path file = dir.resolve("from-someone.json");
    Files.writeString(
        file,
        """
        {"version": 1, "profiles": [
          {"id": "builtin-demo", "name": "Built-in demo cluster", "url": "https://evil.example.com"},
          {"name": "Share", "url": "https://a.example.com", "user": "admin", "trust": "CA_FILE",
           "caFile": "\\\\\\\\fileserver\\\\certs\\\\ca.pem"},
          {"name": "Smb", "url": "https://b.example.com", "user": "admin", "trust": "CA_FILE",
           "caFile": "smb://fileserver/certs/ca.pem"},
          {"name": "Unc", "url": "https://c.example.com", "auth": "CLIENT_CERTIFICATE",
           "clientCertificate": "//fileserver/keys/admin.p12"},
          {"name": "Prod again", "url": "%s", "user": "admin@example.com", "trust": "PINNED",
           "pinSha256": "%s"}]}
        """
            .formatted(prod.url(), "CD".repeat(32)));

    ImportPlan plan = plan(vm, file);
    assertThat(plan.entries()).extracting(e -> e.profile().id()).doesNotContain("builtin-demo");
    assertThat(plan.entries().get(0).profile().name())
        .isEqualTo("Built-in demo cluster (imported)");
    assertThat(plan.entries().subList(1, 4))
        .allSatisfy(
            e -> {
              assertThat(e.accepted()).isFalse();
              assertThat(e.refusal()).contains("network share");
            });
    assertThat(plan.entries().get(4).notes())
        .singleElement()
        .asString()
        .contains("same login and address as \u201cProd\u201d")
        .contains("which trusts the pinned certificate AB:AB");

    assertThat(vm.addImported(plan)).isEqualTo(2);
    assertThat(vm.items()).extracting(Profile::id).doesNotHaveDuplicates();
    assertThat(vm.items().get(0)).isSameAs(ConnectionViewModel.DEMO);
    assertThat(vm.messageProperty().get()).contains("3 profiles not imported");
  }

  @Test
  void aThousandProfilesOfOneNameGetDistinctNamesInOnePass() {
    List<Profile> same = java.util.Collections.nCopies(1000, profile("Prod"));
    ImportPlan plan =
        ImportPlan.of("f.json", same, List.of(ConnectionViewModel.DEMO, profile("Prod")));
    assertThat(plan.accepted()).extracting(Profile::name).doesNotHaveDuplicates().hasSize(1000);
    assertThat(plan.accepted()).extracting(Profile::id).doesNotHaveDuplicates();
    assertThat(plan.accepted().get(0).name()).isEqualTo("Prod (imported)");
    assertThat(plan.accepted().get(999).name()).isEqualTo("Prod (imported) 1000");
  }

  @Test
  void pathsOnNetworkSharesAreRecognised() {
    assertThat(ImportPlan.remote("\\\\host\\share\\ca.pem")).isTrue();
    assertThat(ImportPlan.remote("//host/share/ca.pem")).isTrue();
    assertThat(ImportPlan.remote("smb://host/share/ca.pem")).isTrue();
    assertThat(ImportPlan.remote("SMB://host/share/ca.pem")).isTrue();
    assertThat(ImportPlan.remote("file://host/share/ca.pem")).isTrue();
    assertThat(ImportPlan.remote("/etc/ssl/ca.pem")).isFalse();
    assertThat(ImportPlan.remote("C:\\Users\\ann\\ca.pem")).isFalse();
    assertThat(ImportPlan.remote("C:/Users/ann/ca.pem")).isFalse();
    assertThat(ImportPlan.remote("certs/ca.pem")).isFalse();
  }

  @Test
  void aStoredAddressWithAPasswordIsListedWithoutItAndTheScreenSaysWhy() throws Exception {
    Files.writeString(
        dir.resolve(ProfileStore.FILE_NAME),
        """
        {"version": 1, "profiles": [{"id": "p-1", "name": "Prod",
          "url": "https://admin:hunter2@prod.example.com:9443", "user": "admin",
          "trust": "SYSTEM"}]}
        """);
    ConnectionViewModel vm = vm();
    assertThat(vm.items().get(1).url()).isEqualTo("https://prod.example.com:9443");
    assertThat(vm.items().get(1).toString()).doesNotContain("hunter2");
    assertThat(vm.messageProperty().get())
        .contains("\u201cProd\u201d")
        .contains("removed")
        .doesNotContain("hunter2");
  }

  @Test
  void aCorruptProfilesFileIsReportedOnTheScreen() throws Exception {
    Files.writeString(dir.resolve(ProfileStore.FILE_NAME), "{oops");
    assertThat(vm().messageProperty().get()).contains("could not be read").contains("corrupt-");
  }

  @Test
  void aProfilesFileOfANewerVersionIsShownButNeverChanged() throws Exception {
    Path file = dir.resolve(ProfileStore.FILE_NAME);
    String newer =
        """
        {"version": 7, "profiles": [{"id": "p-1", "name": "Prod", "syncedAt": 1,
          "url": "https://prod.example.com:9443", "user": "admin", "trust": "SYSTEM"}]}
        """;
    Files.writeString(file, newer);
    ConnectionViewModel vm = vm();
    assertThat(vm.readOnlyProperty().get())
        .contains("newer version")
        .contains("nothing is saved")
        .contains("never overwritten");
    assertThat(vm.messageProperty().get()).isNull();
    Profile prod = vm.items().get(1);
    vm.selectedProperty().set(prod);
    assertThat(vm.editableProperty().get()).isFalse();

    vm.deleteSelected();
    vm.duplicateSelected();
    vm.setStartWithSelected(true);
    vm.put(prod.withPin("AB".repeat(32))); // a trust decision while connecting: this run only
    Path export = dir.resolve("shared.json");
    new ProfileStore(dir.resolve("other")).export(export, List.of(profile("Staging")));
    assertThat(vm.readImport(export).get(20, TimeUnit.SECONDS)).isEmpty();

    assertThat(Files.readString(file)).isEqualTo(newer);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(ProfileStore.FILE_NAME, "shared.json");
    }
  }

  @Test
  void connectingIsBusyUntilTheOutcomeAndTheCallerHearsOfItOnceTheScreenShowsIt() {
    CompletableFuture<org.ocspconsole.session.Session> demo = new CompletableFuture<>();
    ConnectionViewModel vm =
        new ConnectionViewModel(
            new ProfileStore(dir),
            new FakePrompts().directFlow(Optional.of(keyring)),
            () -> demo,
            () -> CompletableFuture.completedFuture(Optional.of(keyring)),
            FxThread.DIRECT,
            Runnable::run);
    List<String> heard = new java.util.ArrayList<>();

    CompletableFuture<ConnectFlow.Connected> connected = vm.connect(null);
    connected.whenComplete(
        (value, failure) -> heard.add(vm.busyProperty().get() + " " + vm.messageProperty().get()));
    assertThat(vm.busyProperty().get()).isTrue();
    assertThat(heard).isEmpty();

    demo.completeExceptionally(new IllegalStateException("no demo"));
    assertThat(connected).isCompletedExceptionally();
    assertThat(heard).containsExactly("false Unexpected failure: IllegalStateException");
  }
}
