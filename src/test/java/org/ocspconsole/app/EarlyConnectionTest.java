package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.connection.EarlyProbe;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.ProfileStore;
import org.ocspconsole.testing.DemoProfiles;

/** Which starts send their connect probe before the window: only those with a secret at hand. */
class EarlyConnectionTest {
  @TempDir Path dir;
  private DemoCluster cluster;
  private String savedConfigDir;
  private final AtomicInteger storeLookups = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    savedConfigDir = System.getProperty("ocspconsole.configDir");
    System.setProperty("ocspconsole.configDir", dir.toString());
  }

  @AfterEach
  void stop() {
    cluster.close();
    if (savedConfigDir == null) {
      System.clearProperty("ocspconsole.configDir");
    } else {
      System.setProperty("ocspconsole.configDir", savedConfigDir);
    }
  }

  private Optional<EarlyProbe> begin(List<String> args, Map<String, String> environment)
      throws Exception {
    return EarlyConnection.begin(
            CommandLine.parse(args, environment),
            () -> {
              storeLookups.incrementAndGet();
              return CompletableFuture.completedFuture(Optional.<CredentialStore>empty());
            },
            Runnable::run)
        .get(20, TimeUnit.SECONDS);
  }

  private List<String> cluster() {
    return List.of(
        "--cluster",
        cluster.baseUri().toString(),
        "--user",
        cluster.admin().name(),
        "--pin-sha256",
        cluster.fingerprint());
  }

  @Test
  void aClusterWithThePasswordInTheEnvironmentIsProbedAtOnce() throws Exception {
    Optional<EarlyProbe> probe =
        begin(cluster(), Map.of(CommandLine.PASSWORD_VARIABLE, cluster.admin().password()));
    assertThat(probe).isPresent();
    probe.get().discard();
    assertThat(storeLookups).hasValue(0);
  }

  @Test
  void withoutAPasswordNothingIsSentAndNothingAsked() throws Exception {
    assertThat(begin(cluster(), Map.of())).isEmpty();
    assertThat(cluster.requests()).isEmpty();
    assertThat(storeLookups).hasValue(0); // a --cluster start never remembers
  }

  @Test
  void theDemoHasNoEarlyProbe() throws Exception {
    assertThat(begin(List.of(), Map.of())).isEmpty();
    assertThat(begin(List.of("--demo"), Map.of())).isEmpty();
  }

  @Test
  void aSavedProfileIsFoundWithoutTouchingTheFileAndLooksForARememberedPassword() throws Exception {
    ProfileStore store = ProfileStore.user();
    store.save(List.of(DemoProfiles.pinned(cluster, "Prod")), null);

    assertThat(begin(List.of("--profile", "Prod"), Map.of())).isEmpty(); // none remembered
    assertThat(storeLookups).hasValue(1);
    assertThat(begin(List.of("--profile", "Nope"), Map.of())).isEmpty();
    Optional<EarlyProbe> probe =
        begin(
            List.of("--profile", "Prod"),
            Map.of(CommandLine.PASSWORD_VARIABLE, cluster.admin().password()));
    assertThat(probe).isPresent();
    probe.get().discard();
  }
}
