package org.ocspconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK's HTTP server reads its no-delay setting once per process, so each case runs in a JVM of
 * its own and asks the server's own configuration what it took.
 */
class NoDelayTest {
  @TempDir Path folder;

  @Test
  void aDemoClusterAnswersWithoutNaglesDelay() throws Exception {
    assertThat(childSays()).isEqualTo("noDelay=true");
  }

  @Test
  void anExplicitSettingIsLeftAlone() throws Exception {
    assertThat(childSays("-D" + NoDelay.PROPERTY + "=false")).isEqualTo("noDelay=false");
  }

  private String childSays(String... options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(options));
    command.add("--add-opens=jdk.httpserver/sun.net.httpserver=ALL-UNNAMED");
    command.add("-Djava.io.tmpdir=" + folder);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Probe.class.getName());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> lines = out.lines().toList();
    return lines.get(lines.size() - 1);
  }

  /** Starts a demo cluster, then prints what the JDK's server configuration says. */
  public static final class Probe {
    private Probe() {}

    public static void main(String[] args) throws Exception {
      try (DemoCluster cluster = DemoCluster.start()) {
        System.out.println("started on " + cluster.baseUri().getPort());
        var noDelay = Class.forName("sun.net.httpserver.ServerConfig").getDeclaredMethod("noDelay");
        noDelay.setAccessible(true);
        System.out.println("noDelay=" + noDelay.invoke(null));
      }
    }
  }
}
