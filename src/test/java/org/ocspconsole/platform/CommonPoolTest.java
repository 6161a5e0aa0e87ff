package org.ocspconsole.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.testing.ChildJvm;

class CommonPoolTest {
  @TempDir Path folder;

  @Test
  void onlyMachinesOfTwoCoresOrFewerGetTwoThreadsAndAUsersSizeStays() {
    assertThat(CommonPool.parallelism(1, null)).isEqualTo("2");
    assertThat(CommonPool.parallelism(2, null)).isEqualTo("2");
    assertThat(CommonPool.parallelism(4, null)).isNull();
    assertThat(CommonPool.parallelism(2, "1")).isNull();
  }

  /**
   * In a JVM that sees two cores, as the console starts: the executor the HTTP client hands each
   * answer to is the common pool, not a new thread per answer.
   */
  @Test
  void onTwoCoresTheConsolesAnswersRunOnAPool() throws Exception {
    assertThat(childSays("-XX:ActiveProcessorCount=2"))
        .isEqualTo("java.util.concurrent.ForkJoinPool");
  }

  /** What the JVM does by itself there: the reason for the above. */
  @Test
  void withoutItTwoCoresMeanAThreadPerAnswer() throws Exception {
    assertThat(childSays("-XX:ActiveProcessorCount=2", "-Dprobe.skipMain=true"))
        .endsWith("ThreadPerTaskExecutor");
  }

  private String childSays(String... options) throws Exception {
    return ChildJvm.lastLine(Probe.class, folder, options);
  }

  /** Starts as the console does (its usage only, no window), then names the default executor. */
  public static final class Probe {
    private Probe() {}

    public static void main(String[] args) {
      if (!Boolean.getBoolean("probe.skipMain")) {
        org.ocspconsole.app.Main.main(new String[] {"--help"});
      }
      System.out.println(new CompletableFuture<Void>().defaultExecutor().getClass().getName());
    }
  }
}
