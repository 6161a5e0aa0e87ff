package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.testing.DemoProfiles;
import org.ocspconsole.testing.DemoSessions;
import org.ocspconsole.testing.MemoryCredentialStore;

/**
 * A 401 in the middle of work, on a profile's session: asked again, edits kept, keyring kept right.
 */
class ReauthenticationTest {
  private DemoCluster cluster;
  private Profile profile;
  private final MemoryCredentialStore keyring = new MemoryCredentialStore();
  private final FakePrompts prompts = new FakePrompts();

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    profile = DemoProfiles.pinned(cluster, "Demo");
    keyring.write(profile.credentialKey(), "changed-by-someone-else".toCharArray());
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private ConfigViewModel form() {
    RememberingPrompt prompt =
        new RememberingPrompt(
            profile,
            prompts,
            () -> CompletableFuture.completedFuture(Optional.of(keyring)),
            FxThread.DIRECT,
            Runnable::run);
    return new ConfigViewModel(
        DemoSessions.with(cluster, cluster.admin().name(), "changed-by-someone-else"),
        FxThread.DIRECT,
        prompt);
  }

  @Test
  void theRetryKeepsTheEditsAndRemembersTheNewPassword() throws Exception {
    ConfigViewModel vm = form();
    prompts.password(cluster.admin().password(), false).password(cluster.admin().password(), true);
    vm.load().get(20, TimeUnit.SECONDS);
    vm.form().number(OcspField.QUERY_FREQUENCY).textProperty().set("7200");
    // The password changes on the cluster side: the next call is refused.
    vm.session()
        .useCredentials(
            new org.ocspconsole.api.Credentials.Basic(
                cluster.admin().name(), "outdated".toCharArray()));
    vm.save().get(20, TimeUnit.SECONDS);
    assertThat(cluster.config().queryFrequency()).isEqualTo(7200);
    assertThat(vm.form().dirtyProperty().get()).isFalse();
    assertThat(prompts.passwordReasons).hasSize(2).allMatch(r -> r.contains("did not accept"));
    assertThat(prompts.rememberOffers).containsOnly("the test keyring");
    assertThat(keyring.secrets).containsEntry(profile.credentialKey(), cluster.admin().password());
  }

  @Test
  void decliningForgetsTheRefusedPassword() throws Exception {
    ConfigViewModel vm = form();
    vm.load().get(20, TimeUnit.SECONDS);
    assertThat(vm.bannerProperty().get().title()).isEqualTo("Not signed in");
    assertThat(keyring.secrets).doesNotContainKey(profile.credentialKey());
  }
}
