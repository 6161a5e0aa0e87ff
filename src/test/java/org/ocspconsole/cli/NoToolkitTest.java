package org.ocspconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.demo.DemoCluster;

/**
 * The launcher as a user starts it, in a JVM of its own that logs every class it loads: a
 * subcommand loads no JavaFX class (nor Jackson or BouncyCastle before its first request), and the
 * window's way in never loads picocli.
 */
class NoToolkitTest {
  @TempDir Path folder;

  private record Ran(int exit, String out, List<String> loaded) {}

  private Ran launch(String password, String... args) throws IOException, InterruptedException {
    Path classes = folder.resolve("classes-" + System.nanoTime() + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xlog:class+load=info:file=" + classes);
    command.add("-Docspconsole.configDir=" + folder.resolve("config"));
    command.add("-Docspconsole.logDir=" + folder.resolve("logs"));
    command.add("-Docspconsole.credentialStore=none");
    command.add("-Djava.io.tmpdir=" + folder);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.ocspconsole.app.Main");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put(Passwords.PASSWORD_VARIABLE, password);
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Ran(process.exitValue(), out, Files.readAllLines(classes));
  }

  @Test
  void checkAgainstTheDemoClusterLoadsNoJavaFxClass() throws Exception {
    try (DemoCluster cluster = DemoCluster.start()) {
      Ran ran =
          launch(
              cluster.admin().password(),
              "check",
              "--cluster",
              cluster.baseUri().toString(),
              "--user",
              cluster.admin().name(),
              "--pin-sha256",
              cluster.fingerprint());

      // OCSP is off on a fresh cluster: CRITICAL, which proves the check ran to its end.
      assertThat(ran.out()).startsWith("OCSP CRITICAL - ").contains("OCSP stapling is off");
      assertThat(ran.exit()).isEqualTo(2);
      assertThat(ran.loaded()).anyMatch(line -> line.contains(" picocli.CommandLine "));
      assertThat(ran.loaded())
          .noneMatch(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx."));
      // Start-up pays only for what the first request needs: Jackson comes with the first
      // answer to parse, BouncyCastle with the first staple to read, neither before.
      int firstRequest = firstIndex(ran.loaded(), " jdk.internal.net.http.MultiExchange ");
      assertThat(firstRequest)
          .as("the HTTP client's exchange class marks the first request")
          .isPositive();
      assertThat(ran.loaded().subList(0, firstRequest))
          .noneMatch(
              line -> line.contains(" com.fasterxml.") || line.contains(" org.bouncycastle."));
      assertThat(ran.loaded().subList(firstRequest, ran.loaded().size()))
          .anyMatch(line -> line.contains(" com.fasterxml.jackson.databind.ObjectMapper "));
    }
  }

  private static int firstIndex(List<String> lines, String part) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void theWindowsOptionsAreReadWithoutLoadingPicocli() throws Exception {
    Ran ran = launch("", "--help");

    assertThat(ran.exit()).isZero();
    assertThat(ran.out()).contains("ocsp-console COMMAND");
    assertThat(ran.loaded()).anyMatch(line -> line.contains(" org.ocspconsole.cli.Subcommands "));
    assertThat(ran.loaded()).noneMatch(line -> line.contains(" picocli."));
  }
}
