package org.ocspconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.testing.ChildJvm;

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

  private String childSays(String... options) throws Exception {
    List<String> all = new ArrayList<>(List.of(options));
    all.add("--add-opens=jdk.httpserver/sun.net.httpserver=ALL-UNNAMED");
    return ChildJvm.lastLine(Probe.class, folder, all.toArray(String[]::new));
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
