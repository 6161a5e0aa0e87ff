package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.Exchange;
import org.ocspconsole.connection.ConnectPrompts.TrustDecision;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.RecordedRequest;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.testing.DemoProfiles;
import org.ocspconsole.testing.MemoryCredentialStore;

/**
 * The connect probe begun before the window: taken over by the first connect as its own probe, so
 * the settings are read once and nothing is asked; when trust or a password is needed, the normal
 * flow's dialogs take over; a probe of another profile is never used.
 */
class EarlyProbeTest {
  private DemoCluster cluster;
  private final FakePrompts prompts = new FakePrompts();
  private final MemoryCredentialStore keyring = new MemoryCredentialStore();
  private final List<Profile> trustChanges = new ArrayList<>();

  @AfterEach
  void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private ConnectFlow flow() {
    return prompts.directFlow(Optional.of(keyring));
  }

  private Profile profile(Profile.Trust trust, String pin) {
    return DemoProfiles.admin(cluster, "Test", trust, null, pin);
  }

  private static CompletableFuture<Optional<EarlyProbe>> early(Profile profile, String password) {
    return CompletableFuture.completedFuture(
        EarlyProbe.start(profile, password.toCharArray(), false, Runnable::run));
  }

  private ConnectFlow.Connected connect(
      Profile profile, String given, CompletableFuture<Optional<EarlyProbe>> early)
      throws Exception {
    return flow()
        .connect(
            profile, given == null ? null : given.toCharArray(), trustChanges::add, true, early)
        .get(20, TimeUnit.SECONDS);
  }

  private List<String> paths() {
    return cluster.requests().stream().map(RecordedRequest::path).toList();
  }

  @Test
  void theFirstConnectTakesTheEarlyAnswerAndReadsTheSettingsOnce() throws Exception {
    cluster = DemoCluster.start();
    Profile pinned = profile(Profile.Trust.PINNED, cluster.fingerprint());
    CompletableFuture<Optional<EarlyProbe>> early = early(pinned, cluster.admin().password());
    early.get().orElseThrow().outcome().get(20, TimeUnit.SECONDS); // answered
    assertThat(paths()).containsExactly("/v1/ocsp");

    // The connect is made with a profile of the same login, address and trust, as the window
    // makes its own (another id).
    ConnectFlow.Connected connected =
        connect(profile(Profile.Trust.PINNED, cluster.fingerprint()), null, early);

    assertThat(connected.firstRead().get(20, TimeUnit.SECONDS)).isNotNull();
    assertThat(paths()).containsExactly("/v1/ocsp");
    assertThat(prompts.passwordReasons).isEmpty();
    List<Exchange> seen = new ArrayList<>();
    connected.session().addExchangeListener(seen::add);
    assertThat(seen).extracting(Exchange::status).containsExactly(200);
    // The session goes on with the probe's client, and its requests reach the activity once.
    connected.session().client().getOcspConfig().get(20, TimeUnit.SECONDS);
    assertThat(seen).hasSize(2);
  }

  @Test
  void anUntrustedCertificateStillOpensTheTrustDialogAndNoCredentialWasSent() throws Exception {
    cluster = DemoCluster.start();
    Profile system = profile(Profile.Trust.SYSTEM, null);
    prompts.trust.add(new TrustDecision.Pin(cluster.fingerprint()));

    ConnectFlow.Connected connected =
        connect(system, null, early(system, cluster.admin().password()));

    assertThat(prompts.untrusted)
        .singleElement()
        .extracting(ApiError::kind)
        .isEqualTo(ApiError.Kind.UNTRUSTED_CERTIFICATE);
    assertThat(prompts.passwordReasons).isEmpty(); // the early probe's secret was kept
    assertThat(connected.profile().pinSha256()).isEqualTo(cluster.fingerprint());
    assertThat(trustChanges).hasSize(1);
    // The refused handshake carried no request: only the probe after the decision arrived.
    assertThat(paths()).containsExactly("/v1/ocsp");
  }

  @Test
  void aRefusedPasswordAsksInTheWindowAndARememberedOneIsForgotten() throws Exception {
    cluster = DemoCluster.start();
    Profile pinned = profile(Profile.Trust.PINNED, cluster.fingerprint());
    keyring.write(pinned.credentialKey(), "wrong".toCharArray());
    CompletableFuture<Optional<EarlyProbe>> early =
        EarlyProbe.remembered(
            pinned, CompletableFuture.completedFuture(Optional.of(keyring)), Runnable::run);
    prompts.password(cluster.admin().password(), false);

    ConnectFlow.Connected connected = connect(pinned, null, early);

    assertThat(prompts.passwordReasons)
        .singleElement()
        .asString()
        .contains("did not accept the password");
    assertThat(keyring.read(pinned.credentialKey())).isEmpty();
    List<Exchange> seen = new ArrayList<>();
    connected.session().addExchangeListener(seen::add);
    assertThat(seen).extracting(Exchange::status).containsExactly(401, 200);
  }

  @Test
  void nothingRememberedMeansNoEarlyProbe() throws Exception {
    cluster = DemoCluster.start();
    Profile pinned = profile(Profile.Trust.PINNED, cluster.fingerprint());
    Optional<EarlyProbe> none =
        EarlyProbe.remembered(
                pinned, CompletableFuture.completedFuture(Optional.of(keyring)), Runnable::run)
            .get(20, TimeUnit.SECONDS);
    assertThat(none).isEmpty();
    assertThat(cluster.requests()).isEmpty();
  }

  @Test
  void aProbeOfAnotherLoginIsDiscardedAndItsClientClosed() throws Exception {
    cluster = DemoCluster.start();
    Profile other =
        new Profile(
            null,
            "Other",
            cluster.baseUri().toString(),
            "someone-else@example.com",
            Profile.Auth.BASIC,
            null,
            Profile.Trust.PINNED,
            null,
            cluster.fingerprint());
    CompletableFuture<Optional<EarlyProbe>> early = early(other, "their password");
    EarlyProbe probe = early.get().orElseThrow();
    Probe sent = probe.outcome().get(20, TimeUnit.SECONDS);
    prompts.password(cluster.admin().password(), false);

    ConnectFlow.Connected connected =
        connect(profile(Profile.Trust.PINNED, cluster.fingerprint()), null, early);

    assertThat(prompts.passwordReasons).hasSize(1); // asked: the early secret was not used
    assertThat(connected.firstRead().get(20, TimeUnit.SECONDS)).isNotNull();
    // The other login's client is closed: it sends nothing more.
    assertThat(sent.client().getOcspConfig())
        .failsWithin(20, TimeUnit.SECONDS)
        .withThrowableOfType(java.util.concurrent.ExecutionException.class);
  }

  @Test
  void aGivenPasswordOtherThanTheEarlyOnesWins() throws Exception {
    cluster = DemoCluster.start();
    Profile pinned = profile(Profile.Trust.PINNED, cluster.fingerprint());
    ConnectFlow.Connected connected =
        connect(pinned, cluster.admin().password(), early(pinned, "stale"));
    assertThat(prompts.passwordReasons).isEmpty();
    List<Exchange> seen = new ArrayList<>();
    connected.session().addExchangeListener(seen::add);
    assertThat(seen).extracting(Exchange::status).containsExactly(200);
  }

  @Test
  void aCancelBeforeTheEarlyAnswerAsksNothingAndClosesItsClient() throws Exception {
    cluster = DemoCluster.start();
    Profile pinned = profile(Profile.Trust.PINNED, cluster.fingerprint());
    CompletableFuture<Optional<EarlyProbe>> pending = new CompletableFuture<>();
    CompletableFuture<ConnectFlow.Connected> attempt =
        flow().connect(pinned, null, trustChanges::add, true, pending);
    attempt.cancel(true);
    Optional<EarlyProbe> started =
        EarlyProbe.start(pinned, cluster.admin().password().toCharArray(), false, Runnable::run);
    pending.complete(started);

    Probe sent = started.orElseThrow().outcome().get(20, TimeUnit.SECONDS);
    assertThat(prompts.passwordReasons).isEmpty();
    assertThat(sent.client().getOcspConfig())
        .failsWithin(20, TimeUnit.SECONDS)
        .withThrowableOfType(java.util.concurrent.ExecutionException.class);
  }
}
