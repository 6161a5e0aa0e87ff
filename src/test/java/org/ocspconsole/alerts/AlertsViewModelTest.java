package org.ocspconsole.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ClusterInfo;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.testing.FakeCluster;

/** The OCSP alert switches over an in-memory cluster: no server, no TLS, no waiting. */
class AlertsViewModelTest {
  private final FakeCluster cluster = new FakeCluster();
  private AlertsViewModel vm;

  @BeforeEach
  void start() {
    vm = new AlertsViewModel(cluster.session(), FxThread.DIRECT);
    vm.load().join();
  }

  private AlertSetting alert(String key) {
    return vm.alerts().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void loadingShowsTheClustersValues() {
    assertThat(vm.alerts())
        .allSatisfy(
            a -> {
              assertThat(a.availableProperty().get()).isTrue();
              assertThat(a.onProperty().get()).isFalse();
            });
    assertThat(vm.problemProperty().get()).isNull();
    assertThat(vm.loadedProperty().get()).isTrue();
  }

  @Test
  void flippingASwitchSendsOnlyThatAlert() {
    alert(ClusterInfo.ALERT_OCSP_QUERY_FAILED).onProperty().set(true);
    assertThat(cluster.calls())
        .containsExactly("getCluster", "updateAlertSettings {cluster_ocsp_query_failed=true}");
    assertThat(cluster.alerts()).containsEntry(ClusterInfo.ALERT_OCSP_QUERY_FAILED, true);
    assertThat(vm.confirmationProperty().get())
        .startsWith("Turned on \u201cAlert when an OCSP query fails\u201d at");
    assertThat(vm.busyProperty().get()).isFalse();
  }

  @Test
  void aRefusedChangeFlipsTheSwitchBackAndBlocksTheSwitches() {
    cluster.refuse("updateAlertSettings", FakeCluster.forbidden("update_cluster"));
    AlertSetting revoked = alert(ClusterInfo.ALERT_OCSP_STATUS_REVOKED);
    revoked.onProperty().set(true);
    assertThat(revoked.onProperty().get()).isFalse();
    assertThat(vm.problemProperty().get())
        .isEqualTo(
            "This user may not change the cluster's alert settings: it needs the update_cluster"
                + " permission (403).");
    assertThat(vm.changeBlockedProperty().get()).contains("update_cluster");
    assertThat(cluster.alerts()).containsEntry(ClusterInfo.ALERT_OCSP_STATUS_REVOKED, false);
  }

  @Test
  void aMissingClusterCallIsNamedWithoutBlamingTheWholeAddress() {
    cluster.refuse("getCluster", FakeCluster.notFound());
    AlertsViewModel fresh = new AlertsViewModel(cluster.session(), FxThread.DIRECT);
    fresh.load().join();
    assertThat(fresh.problemProperty().get())
        .contains("does not offer GET /v1/cluster")
        .contains("404")
        .doesNotContain("does not serve");
  }

  @Test
  void aFailedReadShowsNoValueNotAFalseOffAndRetryReadsAgain() {
    alert(ClusterInfo.ALERT_OCSP_QUERY_FAILED).onProperty().set(true);
    cluster.refuse("getCluster", FakeCluster.unavailable());
    vm.load().join();
    assertThat(vm.alerts())
        .allSatisfy(
            a -> {
              assertThat(a.availableProperty().get()).as("usable").isFalse();
              assertThat(a.onProperty().get()).isFalse();
            });
    assertThat(vm.unreadProperty().get()).contains("could not be read");
    assertThat(vm.blockedProperty().get()).isEqualTo(vm.unreadProperty().get());
    assertThat(vm.problemProperty().get()).isNotNull();
    assertThat(vm.loadedProperty().get()).isFalse();

    cluster.allow("getCluster");
    vm.load().join();
    assertThat(vm.unreadProperty().get()).isNull();
    assertThat(vm.blockedProperty().get()).isNull();
    assertThat(alert(ClusterInfo.ALERT_OCSP_QUERY_FAILED).onProperty().get()).isTrue();
    assertThat(alert(ClusterInfo.ALERT_OCSP_QUERY_FAILED).availableProperty().get()).isTrue();
  }

  @Test
  void aFirstReadThatFailsLeavesTheSwitchesUnusable() {
    cluster.refuse("getCluster", FakeCluster.unavailable());
    AlertsViewModel fresh = new AlertsViewModel(cluster.session(), FxThread.DIRECT);
    fresh.load().join();
    assertThat(fresh.alerts()).noneMatch(a -> a.availableProperty().get());
    assertThat(fresh.unreadProperty().get()).isNotNull();
  }

  @Test
  void aClusterWithoutOcspAlertsSaysSo() {
    cluster.noAlerts();
    AlertsViewModel older = new AlertsViewModel(cluster.session(), FxThread.DIRECT);
    older.load().join();
    assertThat(older.alerts()).noneMatch(a -> a.availableProperty().get());
    assertThat(older.problemProperty().get()).contains("Redis Software 6.2.12");
  }

  @Test
  void aLoadWhileBusyIsIgnored() {
    CompletableFuture<Void> gate = cluster.hold("getCluster");
    AlertsViewModel slow = new AlertsViewModel(cluster.session(), FxThread.DIRECT);
    slow.load();
    assertThat(slow.busyProperty().get()).isTrue();
    slow.load();
    gate.complete(null);
    assertThat(slow.busyProperty().get()).isFalse();
    assertThat(cluster.calls()).as("the second load was not sent").hasSize(2);
  }
}
