package org.ocspconsole.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On macOS, which the CI runs, the shortcut key is Cmd: a window test that presses Ctrl for an
 * accelerator or select-all passes on Linux and Windows and fails there, and an accelerator bound
 * to Ctrl is wrong for Mac users. Reads only this repository's sources (Maven runs tests in the
 * project folder).
 */
class ShortcutKeyTest {
  /**
   * Ctrl pressed directly passes wherever Ctrl is the shortcut and fails only on macOS. (A test
   * that presses Cmd unconditionally fails on every other OS, so it cannot slip through.)
   */
  private static final Pattern PRESSED_MODIFIER = Pattern.compile("KeyCode\\.CONTROL\\b");

  private static final Pattern FIXED_MODIFIER =
      Pattern.compile("KeyCombination\\.(CONTROL_DOWN|META_DOWN)\\b");

  @Test
  void windowTestsPressThePlatformShortcutNotCtrl() throws IOException {
    assertThat(linesMatching(Path.of("src", "test", "java"), PRESSED_MODIFIER))
        .as("use Keys.shortcut / Keys.selectAll (KeyCode.SHORTCUT) instead")
        .isEmpty();
  }

  @Test
  void acceleratorsUseThePlatformShortcut() throws IOException {
    assertThat(linesMatching(Path.of("src", "main", "java"), FIXED_MODIFIER))
        .as("use KeyCombination.SHORTCUT_DOWN")
        .isEmpty();
  }

  private static List<String> linesMatching(Path root, Pattern pattern) throws IOException {
    assertThat(root).as("run from the project folder").isDirectory();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .flatMap(
              p -> {
                try {
                  List<String> lines = Files.readAllLines(p);
                  return java.util.stream.IntStream.range(0, lines.size())
                      .filter(i -> pattern.matcher(lines.get(i)).find())
                      .mapToObj(i -> root.relativize(p) + ":" + (i + 1) + ": " + lines.get(i));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .collect(Collectors.toList());
    }
  }
}
