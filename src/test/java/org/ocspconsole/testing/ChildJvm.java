package org.ocspconsole.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's main in a JVM of its own, with this test run's class path: for what the JVM or the
 * JDK reads once per process (the common pool's size, the HTTP server's settings), which a test in
 * the shared test JVM could not set afresh.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * The last line {@code main} printed (standard output and error together), run with {@code
   * options}; its configuration, logs and temporary files go under {@code folder}.
   */
  public static String lastLine(Class<?> main, Path folder, String... options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(options));
    command.add("-Docspconsole.configDir=" + folder.resolve("config"));
    command.add("-Docspconsole.logDir=" + folder.resolve("logs"));
    command.add("-Djava.io.tmpdir=" + folder);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(main.getName() + " did not end within 60 s:\n" + out);
    }
    List<String> lines = out.lines().toList();
    if (lines.isEmpty()) {
      throw new AssertionError(main.getName() + " printed nothing");
    }
    return lines.get(lines.size() - 1);
  }
}
