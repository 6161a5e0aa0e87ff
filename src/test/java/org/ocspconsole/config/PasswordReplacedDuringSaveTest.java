package org.ocspconsole.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspUpdate;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.session.Session;
import org.ocspconsole.testing.DemoSessions;

/**
 * A save reads, may ask about a conflict, then writes. If the password is replaced in between
 * (another panel met a 401 and the user signed in again), the write goes through the new client: it
 * never fails with "this connection was closed".
 */
class PasswordReplacedDuringSaveTest {
  private DemoCluster cluster;
  private Session session;
  private ConfigViewModel vm;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    session = DemoSessions.admin(cluster);
    vm = new ConfigViewModel(session, FxThread.DIRECT, null);
    vm.load().get(20, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  void aPasswordReplacedWhileTheConflictIsAnsweredStillSavesTheEdit() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    vm.setConflictResolver(
        (conflicts, name) -> {
          asked.incrementAndGet();
          replacePassword();
          return CompletableFuture.completedFuture(
              Optional.of(Map.of(OcspField.QUERY_FREQUENCY, ConflictCheck.Choice.YOURS)));
        });
    vm.form().number(OcspField.QUERY_FREQUENCY).textProperty().set("900");
    session
        .client()
        .updateOcspConfig(OcspUpdate.of(Map.of(OcspField.QUERY_FREQUENCY, 600)))
        .get(20, TimeUnit.SECONDS);

    vm.save().get(20, TimeUnit.SECONDS);

    assertThat(vm.bannerProperty().get()).isNull();
    assertThat(cluster.config().queryFrequency()).isEqualTo(900);
    assertThat(vm.form().dirtyProperty().get()).isFalse();
    assertThat(asked.get()).as("the conflict is asked about once").isEqualTo(1);
  }

  @Test
  void aSessionClosedDuringTheSaveFailsClearlyAndKeepsTheEdit() throws Exception {
    vm.setConflictResolver(
        (conflicts, name) -> {
          session.close();
          return CompletableFuture.completedFuture(
              Optional.of(Map.of(OcspField.QUERY_FREQUENCY, ConflictCheck.Choice.YOURS)));
        });
    vm.form().number(OcspField.QUERY_FREQUENCY).textProperty().set("900");
    session
        .client()
        .updateOcspConfig(OcspUpdate.of(Map.of(OcspField.QUERY_FREQUENCY, 600)))
        .get(20, TimeUnit.SECONDS);

    vm.save().get(20, TimeUnit.SECONDS);

    assertThat(vm.bannerProperty().get()).isNotNull();
    assertThat(vm.bannerProperty().get().text()).contains("edits");
    assertThat(vm.form().number(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("900");
    assertThat(cluster.config().queryFrequency()).isEqualTo(600);
  }

  private void replacePassword() {
    try {
      session.useCredentials(
          new Credentials.Basic(DemoCluster.ADMIN_USER, cluster.admin().password().toCharArray()));
    } catch (ApiException e) {
      throw new IllegalStateException(e);
    }
  }
}
