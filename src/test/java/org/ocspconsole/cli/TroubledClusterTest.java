package org.ocspconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.profiles.ProfileStore;
import org.ocspconsole.testing.MemoryCredentialStore;

/** The demo cluster's troubled switches, and the password the window remembered. */
class TroubledClusterTest {
  @TempDir Path folder;
  private CliFixture cli;

  @BeforeEach
  void start() throws Exception {
    cli = new CliFixture(folder);
  }

  @AfterEach
  void stop() {
    cli.close();
  }

  @Test
  void aQueuedTestSaysThatTryingAgainUsuallyWorks() {
    cli.cluster.switches().testQueuedTooLong(true);

    CliFixture.Result result = cli.onCluster("test");

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err()).contains("trying again usually works");
  }

  @Test
  void aProxysHtmlPageIsNamedAsSuch() {
    cli.cluster.switches().htmlErrorPage(true);

    CliFixture.Result result = cli.onCluster("get");

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err()).contains("not JSON").contains("proxy");
    assertThat(result.err()).doesNotContain("\tat ");
  }

  @Test
  void aNodeOutsideTheClusterIsNoAnswer() {
    cli.cluster.switches().serviceUnavailable(true);

    CliFixture.Result result = cli.onCluster("check", "--skip-endpoints");

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.out()).startsWith("OCSP UNKNOWN - ").contains("503");
  }

  @Test
  void aProfilesRememberedPasswordIsUsedWhenNoneIsGiven() throws Exception {
    Profile profile =
        new Profile(
            null,
            "prod-eu",
            cli.cluster.baseUri().toString(),
            cli.cluster.admin().name(),
            null,
            null,
            Profile.Trust.PINNED,
            null,
            cli.cluster.fingerprint());
    new ProfileStore(folder).save(List.of(profile), null);
    MemoryCredentialStore store =
        MemoryCredentialStore.readOnly(profile.credentialKey(), cli.cluster.admin().password());
    cli.env.clear();
    cli.credentialStore = Optional.of(store);

    CliFixture.Result result = cli.run("get", "--profile", "prod-eu");

    assertThat(result.exit()).isZero();
    assertThat(store.reads).containsExactly(profile.credentialKey());
  }
}
