package org.ocspconsole.profiles;

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
  void anAddressWithAUserAndPasswordIsCleanedOnLoadSaidAndNotKeptOnDisk() throws Exception {
    Files.writeString(
        dir.resolve(ProfileStore.FILE_NAME),
        """
        {"version": 1, "profiles": [
          {"id": "p1", "name": "Prod", "url": "https://admin:S3c@r/3t@prod.example.com:9443",
           "user": "admin@example.com", "auth": "BASIC", "trust": "SYSTEM", "color": "red"},
          {"id": "p2", "name": "Lab", "url": "https://lab.example.com:9443", "auth": "BASIC",
           "trust": "SYSTEM"}
        ]}
        """);
    ProfileStore.Loaded loaded = new ProfileStore(dir).load();
    assertThat(loaded.contents().profiles())
        .extracting(Profile::url)
        .containsExactly("https://prod.example.com:9443", "https://lab.example.com:9443");
    assertThat(loaded.problem())
        .contains("\u201cProd\u201d")
        .contains("user name and password")
        .contains("saved without them")
        .doesNotContain("S3c")
        .doesNotContain("admin:");
    String onDisk = Files.readString(dir.resolve(ProfileStore.FILE_NAME));
    assertThat(onDisk).doesNotContain("S3c").doesNotContain("admin:").contains("\"color\"");
    assertThat(new ProfileStore(dir).load().problem()).isNull();
  }

  @Test
  void aNewerFileWithUserInfoIsCleanedInTheListButNotWritten() throws Exception {
    String text =
        """
        {"version": 99, "profiles": [
          {"id": "p1", "name": "Prod", "url": "https://u:pw@prod.example.com:9443",
           "auth": "BASIC", "trust": "SYSTEM"}
        ]}
        """;
    Files.writeString(dir.resolve(ProfileStore.FILE_NAME), text);
    ProfileStore.Loaded loaded = new ProfileStore(dir).load();
    assertThat(loaded.contents().profiles().get(0).url())
        .isEqualTo("https://prod.example.com:9443");
    assertThat(loaded.problem()).contains("left as it is");
    assertThat(Files.readString(dir.resolve(ProfileStore.FILE_NAME))).isEqualTo(text);
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
  void wrongShapesAreSetAsideToo() throws Exception {
    ProfileStore store = new ProfileStore(dir);
    Files.writeString(store.file(), "[1, 2, 3]");
    assertThat(store.load().problem()).isNotNull();
    Files.writeString(store.file(), "{\"version\":1,\"profiles\":{\"name\":\"x\"}}");
    assertThat(store.load().problem()).contains("not a list");
    assertThat(files()).hasSize(2).allMatch(p -> p.getFileName().toString().contains(".corrupt-"));
  }

  private static final String NEWER =
      """
      {"version": 2, "defaultProfile": "p-1", "sync": {"server": "https://sync.example.com"},
       "profiles": [
         {"id": "p-1", "name": "Prod", "url": "https://prod.example.com:9443", "user": "admin",
          "trust": "SYSTEM", "color": "red"},
         {"id": "p-2", "name": "Quantum", "url": "https://q.example.com:9443",
          "trust": "QUANTUM_SAFE"}]}
      """;

  @Test
  void aNewerVersionsFileIsShownReadOnlyAndNeverOverwritten() throws Exception {
    ProfileStore store = new ProfileStore(dir);
    Files.writeString(store.file(), NEWER);
    ProfileStore.Loaded loaded = store.load();
    assertThat(loaded.problem()).isNull();
    assertThat(loaded.readOnly()).contains("newer version").contains("format 2");
    // What this version can read is shown; what it cannot is left out, not fatal.
    assertThat(loaded.contents().profiles()).extracting(Profile::name).containsExactly("Prod");
    assertThat(loaded.contents().defaultProfile()).isEqualTo("p-1");

    assertThatThrownBy(() -> store.save(List.of(staging()), null))
        .hasMessageContaining("newer version");
    assertThat(Files.readString(store.file())).isEqualTo(NEWER);
    assertThat(files()).containsExactly(store.file());
  }

  @Test
  void aFileANewerConsoleWroteAfterItWasReadIsNotOverwritten() throws Exception {
    ProfileStore store = new ProfileStore(dir);
    store.save(List.of(staging()), null);
    assertThat(store.load().readOnly()).isNull();
    Files.writeString(store.file(), NEWER);
    assertThatThrownBy(() -> store.save(List.of(mtls()), null))
        .hasMessageContaining("newer version");
    assertThat(Files.readString(store.file())).isEqualTo(NEWER);
    assertThat(store.readOnly()).isNotNull();
  }

  @Test
  void propertiesThisVersionDoesNotKnowSurviveASaveAndAnExport() throws Exception {
    ProfileStore store = new ProfileStore(dir);
    Files.writeString(
        store.file(),
        """
        {"version": 1, "sync": {"server": "https://sync.example.com"},
         "profiles": [
           {"id": "p-1", "name": "Prod", "url": "https://prod.example.com:9443", "user": "admin",
            "color": "red", "tags": ["eu", "prod"], "trust": "SYSTEM"}]}
        """);
    Profile prod = store.load().contents().profiles().get(0);
    store.save(List.of(prod.withName("Production"), staging()), null);

    String saved = Files.readString(store.file());
    assertThat(saved)
        .contains("\"name\" : \"Production\"")
        .contains("\"color\" : \"red\"")
        .contains("\"eu\", \"prod\"")
        .contains("\"server\" : \"https://sync.example.com\"");
    assertThat(new ProfileStore(dir).load().contents().profiles())
        .extracting(Profile::name)
        .containsExactly("Production", "Staging");
    Path export = dir.resolve("out/export.json");
    store.export(export, List.of(prod));
    assertThat(Files.readString(export)).contains("\"color\" : \"red\"").doesNotContain("sync");
  }

  @Test
  void reservedAndRepeatedIdsAreReplaced() throws Exception {
    ProfileStore store = new ProfileStore(dir);
    Files.writeString(
        store.file(),
        """
        {"version": 1, "profiles": [
          {"id": "builtin-demo", "name": "Fake demo", "url": "https://evil.example.com"},
          {"id": "same", "name": "A", "url": "https://a.example.com"},
          {"id": "same", "name": "B", "url": "https://b.example.com"}]}
        """);
    List<Profile> profiles = store.load().contents().profiles();
    assertThat(profiles).extracting(Profile::name).containsExactly("Fake demo", "A", "B");
    assertThat(profiles).extracting(Profile::id).doesNotHaveDuplicates();
    assertThat(profiles).noneMatch(p -> p.id().startsWith("builtin-"));
    assertThat(profiles.get(1).id()).isEqualTo("same");
  }

  @Test
  void anImportIsBoundedInSizeAndCount() throws Exception {
    Path big = dir.resolve("big.json");
    Files.writeString(big, "{\"version\":1,\"profiles\":[]}" + " ".repeat(1024 * 1024));
    assertThatThrownBy(() -> ExportedProfiles.read(big)).hasMessageContaining("larger than");
    Path many = dir.resolve("many.json");
    new ProfileStore(dir.resolve("other"))
        .export(many, java.util.Collections.nCopies(1001, staging()));
    assertThatThrownBy(() -> ExportedProfiles.read(many))
        .hasMessageContaining("1,001 profiles")
        .hasMessageContaining("at most 1,000");
    Path newer = dir.resolve("newer.json");
    Files.writeString(newer, NEWER);
    assertThatThrownBy(() -> ExportedProfiles.read(newer)).hasMessageContaining("newer version");
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
    assertThat(ExportedProfiles.read(export).profiles()).containsExactly(a, b);
    assertThat(ExportedProfiles.read(export).addressCleaned()).isEmpty();
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
