package org.ocspconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.profiles.ProfileStore;

/** Saved profiles: one cluster by name, and {@code fleet}, a line per profile. */
class FleetAndProfilesTest {
  @TempDir Path folder;
  private CliFixture cli;
  private DemoCluster second;

  @BeforeEach
  void start() throws Exception {
    cli = new CliFixture(folder);
    second = DemoCluster.builder().adminPassword(cli.cluster.admin().password()).start();
    second.setConfig(OcspField.OCSP_FUNCTIONALITY, true);
    second.setConfig(OcspField.QUERY_FREQUENCY, 600);
    DemoCluster gone = DemoCluster.start();
    String goneUrl = gone.baseUri().toString();
    gone.close();
    new ProfileStore(folder)
        .save(
            List.of(
                profile("prod-eu", cli.cluster),
                profile("prod-us", second),
                new Profile(
                    null,
                    "staging",
                    goneUrl,
                    DemoCluster.ADMIN_USER,
                    null,
                    null,
                    Profile.Trust.PINNED,
                    null,
                    cli.cluster.fingerprint())),
            null);
  }

  private static Profile profile(String name, DemoCluster cluster) {
    return new Profile(
        null,
        name,
        cluster.baseUri().toString(),
        cluster.admin().name(),
        null,
        null,
        Profile.Trust.PINNED,
        null,
        cluster.fingerprint());
  }

  @AfterEach
  void stop() {
    cli.close();
    second.close();
  }

  @Test
  void aProfileBringsItsAddressLoginAndTrust() {
    CliFixture.Result result = cli.run("get", "--profile", "prod-us");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("Query frequency     600 s (10 min)");
  }

  @Test
  void trustFlagsDoNotGoWithAProfile() {
    CliFixture.Result result = cli.run("get", "--profile", "prod-us", "--pin-sha256", "ab");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("a profile brings its own");
  }

  @Test
  void fleetPrintsALinePerProfileAndAFailureNeverHoldsTheOthers() {
    CliFixture.Result result = cli.run("fleet");

    assertThat(result.exit()).isEqualTo(3);
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("PROFILE").contains("OCSP").contains("STATUS");
    assertThat(lines.get(1)).startsWith("prod-eu").contains("off").contains("3600 s");
    assertThat(lines.get(2))
        .startsWith("prod-us")
        .contains("on")
        .contains("600 s")
        .contains("GOOD");
    assertThat(lines.get(3)).startsWith("staging").contains("connection was refused");
  }

  @Test
  void fleetAsJson() throws Exception {
    CliFixture.Result result = cli.run("fleet", "--format", "json");
    var json = org.ocspconsole.api.Json.tree(result.out().getBytes());

    assertThat(json.size()).isEqualTo(3);
    assertThat(json.get(1).get("settings").get("query_frequency").asInt()).isEqualTo(600);
    assertThat(json.get(2).get("reachable").asBoolean()).isFalse();
    assertThat(json.get(2).get("problems").get(0).asText()).contains("refused");
  }

  @Test
  void aClusterThatNeedsAttentionIsNamedAndTheExitCodeSaysSo() throws Exception {
    new ProfileStore(folder)
        .save(List.of(profile("prod-eu", cli.cluster), profile("prod-us", second)), null);
    second.switches().certState(org.ocspconsole.api.OcspStatus.CertState.REVOKED);

    CliFixture.Result result = cli.run("fleet");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out().lines().toList().get(2))
        .startsWith("prod-us")
        .contains("REVOKED, next_update in ")
        .endsWith("the proxy certificate is REVOKED");
  }
}
