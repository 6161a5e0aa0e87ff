package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.fx.FxThread;

/** The connection screen's list and its persistence, without a toolkit. */
class ConnectionViewModelTest {
  @TempDir Path dir;
  private final MemoryCredentialStore keyring = new MemoryCredentialStore();

  private ConnectionViewModel vm() {
    ProfileStore store = new ProfileStore(dir);
    ConnectFlow flow =
        new ConnectFlow(
            FxThread.DIRECT,
            Runnable::run,
            new FakePrompts(),
            () -> CompletableFuture.completedFuture(Optional.of(keyring)));
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

  @Test
  void importAddsProfilesAndRenamesClashes() throws Exception {
    ConnectionViewModel vm = vm();
    vm.put(profile("Staging"));
    Path file = dir.resolve("shared.json");
    new ProfileStore(dir.resolve("other"))
        .export(file, List.of(profile("Staging"), profile("Prod")));
    assertThat(vm.importFrom(file)).isEqualTo(2);
    assertThat(vm().items())
        .extracting(Profile::name)
        .containsExactly("Built-in demo cluster", "Staging", "Staging (imported)", "Prod");
    assertThat(vm.messageProperty().get()).contains("Imported 2 profiles");
  }

  @Test
  void aBrokenImportChangesNothing() throws Exception {
    ConnectionViewModel vm = vm();
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "not json");
    assertThat(vm.importFrom(file)).isZero();
    assertThat(vm.messageProperty().get()).contains("Nothing was imported");
    assertThat(vm.items()).containsExactly(ConnectionViewModel.DEMO);
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
    assertThat(vm.importFrom(export)).isZero();

    assertThat(Files.readString(file)).isEqualTo(newer);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(ProfileStore.FILE_NAME, "shared.json");
    }
  }
}
