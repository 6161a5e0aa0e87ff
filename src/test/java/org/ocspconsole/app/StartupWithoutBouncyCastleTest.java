package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Start-up does not pay for BouncyCastle: the console, started on its demo cluster in a JVM of its
 * own (this one has loaded it long ago for other tests), shows the form without loading a single
 * {@code org.bouncycastle} class. Only a staple check (or the demo's responder) loads it. Nor does
 * it load the YAML parser, which only reading the operator's YAML needs.
 */
class StartupWithoutBouncyCastleTest {

  @Test
  void theConsoleShowsItsFirstFrameWithoutLoadingBouncyCastle() throws Exception {
    Path target = Path.of("target").toAbsolutePath();
    Path tmp = Files.createDirectories(target.resolve("test-tmp"));
    Path output = Files.createTempFile(tmp, "startup-classes", ".txt");
    Path consoleOutput = Files.createTempFile(tmp, "startup-console", ".txt");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(
            java.toString(),
            "-Xlog:class+load=info:file=" + output,
            "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless",
            "-Dprism.order=sw",
            "-Djava.awt.headless=true",
            "-Docspconsole.configDir=" + target.resolve("test-config-startup"),
            "-Docspconsole.logDir=" + target.resolve("test-logs"),
            "-Docspconsole.credentialStore=none",
            "-Docspconsole.trace=true",
            "-Docspconsole.exitAfterFirstFrame=true",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "--demo");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(consoleOutput.toFile())
            .start();
    boolean ended = process.waitFor(180, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    String console = read(consoleOutput);
    assertThat(ended).as("the console ended after its first frame: %s", console).isTrue();
    assertThat(console).as("the first frame was shown").contains("ocspconsole: ready");

    List<String> loaded = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(loaded)
        .as("the log names the classes start-up loads")
        .anyMatch(line -> line.contains("org.ocspconsole.config.ConfigViewModel "));
    assertThat(loaded).noneMatch(line -> line.contains("org.bouncycastle."));
    // Nor the YAML parser, which only an import of the operator's YAML needs.
    assertThat(loaded)
        .noneMatch(
            line -> line.contains("org.yaml.snakeyaml.") || line.contains(".dataformat.yaml."));
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no output)";
  }
}
