package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme and "review before save" live in the configuration folder and nowhere else. */
class AppPreferencesTest {
  @TempDir Path dir;

  @Test
  void choicesAreWrittenToTheConfigurationFolderAndReadBack() throws Exception {
    AppPreferences first = new AppPreferences(dir, Runnable::run);
    assertThat(first.darkThemeProperty().get()).isFalse();
    assertThat(first.reviewBeforeSaveProperty().get()).isTrue();
    first.darkThemeProperty().set(true);
    first.reviewBeforeSaveProperty().set(false);

    assertThat(Files.readString(dir.resolve(SettingsFile.FILE_NAME)))
        .contains("\"darkTheme\" : true")
        .contains("\"reviewBeforeSave\" : false");
    AppPreferences next = new AppPreferences(dir, Runnable::run);
    assertThat(next.darkThemeProperty().get()).isTrue();
    assertThat(next.reviewBeforeSaveProperty().get()).isFalse();
  }

  @Test
  void twoConfigurationFoldersNeverSeeEachOthersChoices() throws Exception {
    AppPreferences one = new AppPreferences(dir.resolve("one"), Runnable::run);
    one.darkThemeProperty().set(true);
    assertThat(new AppPreferences(dir.resolve("two"), Runnable::run).darkThemeProperty().get())
        .isFalse();
  }

  @Test
  void theFileIsWrittenOnTheWorkerInTheOrderOfTheChanges() throws Exception {
    Deque<Runnable> queued = new ArrayDeque<>();
    Executor worker = queued::add;
    AppPreferences preferences = new AppPreferences(dir, worker);
    preferences.darkThemeProperty().set(true);
    preferences.darkThemeProperty().set(false);
    assertThat(dir.resolve(SettingsFile.FILE_NAME)).doesNotExist();
    while (!queued.isEmpty()) {
      queued.poll().run();
    }
    assertThat(preferences.written()).isDone();
    assertThat(new AppPreferences(dir, Runnable::run).darkThemeProperty().get()).isFalse();
  }

  @Test
  void keysOfANewerVersionSurviveAndAnUnreadableFileIsKeptAside() throws Exception {
    Path file = dir.resolve(SettingsFile.FILE_NAME);
    Files.writeString(file, "{\"darkTheme\": true, \"fontSize\": 14}");
    new AppPreferences(dir, Runnable::run).reviewBeforeSaveProperty().set(false);
    assertThat(Files.readString(file))
        .contains("\"fontSize\" : 14")
        .contains("\"darkTheme\" : true");

    Files.writeString(file, "{\"darkTheme\": tr");
    AppPreferences defaults = new AppPreferences(dir, Runnable::run);
    assertThat(defaults.darkThemeProperty().get()).isFalse();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .singleElement()
          .asString()
          .startsWith("settings.json.corrupt-");
    }
  }

  /**
   * The shared Java preferences store ignores {@code -Docspconsole.configDir}: parallel consoles
   * and test runs leaked their theme into each other through it. No class uses it any more.
   */
  @Test
  void noClassOfTheConsoleOrItsTestsUsesTheSharedPreferencesStore() throws Exception {
    String self = AppPreferencesTest.class.getSimpleName() + ".class";
    for (Path root : List.of(Path.of("target/classes"), Path.of("target/test-classes"))) {
      try (Stream<Path> classes = Files.walk(root)) {
        List<Path> users =
            classes
                .filter(p -> p.toString().endsWith(".class"))
                .filter(p -> !p.getFileName().toString().equals(self))
                .filter(AppPreferencesTest::mentionsPreferences)
                .toList();
        assertThat(users).as("classes under " + root).isEmpty();
      }
    }
  }

  private static boolean mentionsPreferences(Path classFile) {
    try {
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
          .contains("java/util/prefs");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
