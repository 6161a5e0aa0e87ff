package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.testing.DemoProfiles;
import org.testfx.util.WaitForAsyncUtils;

/** The connect probe's answer is kept for the form, and a cancelled attempt stops at once. */
class ConnectProbeTest {
  private DemoCluster cluster;
  private final FakePrompts prompts = new FakePrompts();

  @AfterEach
  void stop() {
    cluster.close();
  }

  private CompletableFuture<ConnectFlow.Connected> connect(String password) {
    Profile profile = DemoProfiles.pinned(cluster, "Probe");
    return prompts
        .directFlow(Optional.empty())
        .connect(profile, password == null ? null : password.toCharArray(), p -> {}, false);
  }

  @Test
  void theProbesAnswerIsTheFirstRead() throws Exception {
    cluster = DemoCluster.start();
    ConnectFlow.Connected connected = connect(cluster.admin().password()).get(20, TimeUnit.SECONDS);

    OcspConfig first = connected.firstRead().getNow(null);
    assertThat(first).isEqualTo(cluster.config());
    assertThat(cluster.requests())
        .singleElement()
        .satisfies(r -> assertThat(r.path()).isEqualTo("/v1/ocsp"));
  }

  @Test
  void aCapabilityErrorConnectsAndIsTheFirstReadsAnswer() throws Exception {
    cluster = DemoCluster.start();
    cluster.switches().unsupportedCapability(true);
    ConnectFlow.Connected connected = connect(cluster.admin().password()).get(20, TimeUnit.SECONDS);

    assertThat(connected.firstRead()).isCompletedExceptionally();
    connected
        .firstRead()
        .exceptionally(
            failure -> {
              assertThat(ApiException.errorOf(failure).status()).isEqualTo(406);
              return null;
            });
    assertThat(cluster.requests()).hasSize(1);
  }

  @Test
  void cancellingStopsTheProbeAndAsksNothing() throws Exception {
    cluster = DemoCluster.start();
    cluster.switches().latency(Duration.ofSeconds(2));
    CompletableFuture<ConnectFlow.Connected> attempt = connect("wrong password");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !cluster.requests().isEmpty());
    attempt.cancel(true);

    assertThat(attempt).isCancelled();
    // Another call sent after it, with the same delay, answers after the cancelled one would have:
    // by then its 401 would have asked for a password, had anyone still listened.
    org.ocspconsole.testing.DemoSessions.with(cluster, cluster.admin().name(), "also wrong")
        .client()
        .getOcspConfig()
        .handle((c, e) -> null)
        .get(20, TimeUnit.SECONDS);
    assertThat(prompts.passwordReasons).isEmpty();
  }
}
