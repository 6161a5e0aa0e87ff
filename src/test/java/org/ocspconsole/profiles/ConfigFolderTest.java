package org.ocspconsole.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration folder and its files are readable by the user only. */
class ConfigFolderTest {
  @TempDir Path dir;

  @BeforeEach
  void posixOnly() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
  }

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static Profile profile() {
    return new Profile(
        null, "Staging", "https://staging.example.com:9443", "admin", null, null, null, null, null);
  }

  @Test
  void aNewFolderIsOpenToItsOwnerOnlyAndItsParentsAreLeftAlone() throws Exception {
    Path folder = dir.resolve("config/ocsp-console");
    new ProfileStore(folder).save(List.of(profile()), null);
    assertThat(permissions(folder)).isEqualTo("rwx------");
    assertThat(permissions(folder.resolve(ProfileStore.FILE_NAME))).isEqualTo("rw-------");
    assertThat(permissions(folder.getParent())).isNotEqualTo("rwx------");
  }

  @Test
  void aFolderAnEarlierVersionCreatedOpenIsMadePrivate() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("ocsp-console"));
    new ProfileStore(folder).save(List.of(profile()), null);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(folder.resolve(ProfileStore.FILE_NAME + ".corrupt-20260101T000000Z"), "{");
    new ProfileStore(folder).load();
    assertThat(permissions(folder)).isEqualTo("rwx------");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    new ProfileStore(folder).save(List.of(profile()), null);
    assertThat(permissions(folder)).isEqualTo("rwx------");
  }

  @Test
  void aFolderTheUserChoseWithOtherFilesInItKeepsItsPermissions() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("shared"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(folder.resolve("notes.txt"), "mine");
    new ProfileStore(folder).save(List.of(profile()), null);
    assertThat(permissions(folder)).isEqualTo("rwxr-xr-x");
    assertThat(permissions(folder.resolve(ProfileStore.FILE_NAME))).isEqualTo("rw-------");
  }

  @Test
  void theConsoleKnowsItsOwnFiles() {
    assertThat(ConfigFolder.ours("profiles.json")).isTrue();
    assertThat(ConfigFolder.ours(".profiles.json-123.tmp")).isTrue();
    assertThat(ConfigFolder.ours("profiles.json.corrupt-20260101T000000Z")).isTrue();
    assertThat(ConfigFolder.ours("settings.json")).isTrue();
    assertThat(ConfigFolder.ours("id_rsa")).isFalse();
  }
}
