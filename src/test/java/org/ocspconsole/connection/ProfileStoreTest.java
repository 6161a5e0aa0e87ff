package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
  @TempDir Path dir;

  private static Profile staging() {
    return new Profile(
        null,
        "Staging",
        "https://staging.example.com:9443",
        "admin@example.com",
        Profile.Auth.BASIC,
        null,
        Profile.Trust.PINNED,
        null,
        "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
  }

  private static Profile mtls() {
    return new Profile(
        null,
        "Prod (mTLS)",
        "https://prod.example.com:9443",
        null,
        Profile.Auth.CLIENT_CERTIFICATE,
        "/keys/admin.p12",
        Profile.Trust.CA_FILE,
        "/keys/ca.pem",
        null);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.toList();
    }
  }

  @Test
  void profilesSurviveARoundTrip() throws Exception {
    ProfileStore store = new ProfileStore(dir);
    Profile a = staging();
    Profile b = mtls();
    store.save(List.of(a, b), b.id());
    ProfileStore.Loaded loaded = new ProfileStore(dir).load();
    assertThat(loaded.problem()).isNull();
    assertThat(loaded.contents().profiles()).containsExactly(a, b);
    assertThat(loaded.contents().defaultProfile()).isEqualTo(b.id());
  }

  @Test
  void aMissingFileIsAnEmptyListWithoutAMessage() {
    ProfileStore.Loaded loaded = new ProfileStore(dir.resolve("never-created")).load();
    assertThat(loaded.contents().profiles()).isEmpty();
    assertThat(loaded.problem()).isNull();
  }

  @Test
  void savingWritesATemporaryFileInTheSameFolderThenRenamesIt() throws Exception {
    ProfileStore store = new ProfileStore(dir);
    store.save(List.of(staging()), null);
    String before = Files.readString(store.file());
    store.beforeMove(
        temp -> {
          assertThat(temp.getParent()).isEqualTo(dir);
          try {
            assertThat(Files.readString(store.file()))
                .isEqualTo(before); // the old file is whole until the rename
            assertThat(Files.readString(temp)).contains("Prod (mTLS)");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    store.save(List.of(staging(), mtls()), null);
    assertThat(Files.readString(store.file())).contains("Prod (mTLS)");
    assertThat(files()).containsExactly(store.file());
  }

  @Test
  void aWriteThatFailsLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    ProfileStore store = new ProfileStore(dir);
    store.save(List.of(staging()), null);
    String before = Files.readString(store.file());
    store.beforeMove(
        temp -> {
          throw new UncheckedIOException(new IOException("disk full"));
        });
    assertThatThrownBy(() -> store.save(List.of(mtls()), null)).hasMessageContaining("disk full");
    assertThat(Files.readString(store.file())).isEqualTo(before);
    assertThat(files()).containsExactly(store.file());
  }

  @Test
  void aCorruptFileIsSetAsideWithAMessageAndNeverEmptied() throws Exception {
    ProfileStore store = new ProfileStore(dir);
    Files.writeString(store.file(), "{\"version\":1,\"profiles\":[{\"name\":\"half");
    ProfileStore.Loaded loaded = store.load();
    assertThat(loaded.contents().profiles()).isEmpty();
    assertThat(loaded.problem()).contains("could not be read").contains("profiles.json.corrupt-");
    assertThat(Files.exists(store.file())).isFalse();
    List<Path> aside = files();
    assertThat(aside)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getFileName().toString())
                  .matches("profiles\\.json\\.corrupt-\\d{8}T\\d{6}Z");
              assertThat(Files.readString(p))
                  .isEqualTo("{\"version\":1,\"profiles\":[{\"name\":\"half");
            });
    store.save(List.of(staging()), null);
    assertThat(files()).hasSize(2);
  }

  @Test
  void wrongShapesAndNewerVersionsAreSetAsideToo() throws Exception {
    ProfileStore store = new ProfileStore(dir);
    Files.writeString(store.file(), "[1, 2, 3]");
    assertThat(store.load().problem()).isNotNull();
    Files.writeString(store.file(), "{\"version\":99,\"profiles\":[]}");
    assertThat(store.load().problem()).contains("newer version");
    assertThat(files()).hasSize(2).allMatch(p -> p.getFileName().toString().contains(".corrupt-"));
  }

  @Test
  void exportAndImportCarryTheProfilesAndNoSecret() throws Exception {
    ProfileStore store = new ProfileStore(dir);
    Path export = dir.resolve("out/profiles-export.json");
    Profile a = staging();
    Profile b = mtls();
    store.export(export, List.of(a, b));
    String text = Files.readString(export);
    assertThat(text).doesNotContainIgnoringCase("password").doesNotContain("secret");
    assertThat(ProfileStore.readExport(export)).containsExactly(a, b);
  }

  @Test
  void theConfigFolderFollowsEachOperatingSystem() {
    assertThat(ConfigFolder.resolve("Linux", Map.of(), "/home/ann", null))
        .isEqualTo(Path.of("/home/ann/.config/ocsp-console"));
    assertThat(ConfigFolder.resolve("Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), "/home/ann", null))
        .isEqualTo(Path.of("/xdg/ocsp-console"));
    assertThat(
            ConfigFolder.resolve("Linux", Map.of("XDG_CONFIG_HOME", "relative"), "/home/ann", null))
        .isEqualTo(Path.of("/home/ann/.config/ocsp-console"));
    assertThat(ConfigFolder.resolve("Mac OS X", Map.of(), "/Users/ann", null))
        .isEqualTo(Path.of("/Users/ann/Library/Application Support/OCSP Console"));
    assertThat(ConfigFolder.resolve("Windows 11", Map.of("APPDATA", "/appdata"), "/home/ann", null))
        .isEqualTo(Path.of("/appdata", "OCSP Console"));
    assertThat(ConfigFolder.resolve("Linux", Map.of(), "/home/ann", "/override"))
        .isEqualTo(Path.of("/override"));
  }
}
