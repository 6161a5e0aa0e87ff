package org.ocspconsole.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.testing.DemoSessions;

/** The proxy certificate card's states against the demo cluster, with no toolkit. */
class CertificateViewModelTest {
  private DemoCluster cluster;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private CertificateViewModel loaded() throws Exception {
    CertificateViewModel vm =
        new CertificateViewModel(
            DemoSessions.admin(cluster), FxThread.DIRECT, Clock.systemDefaultZone());
    vm.load().get(20, TimeUnit.SECONDS);
    return vm;
  }

  @Test
  void theProxyCertificateIsReadAndExplained() throws Exception {
    CertificateViewModel vm = loaded();
    assertThat(vm.problemProperty().get()).isNull();
    assertThat(vm.factsProperty().get().ocspUrls())
        .containsExactly(cluster.config().responderUrl());
  }

  @Test
  void replacingIsBlockedOnceA403ProvedUpdateClusterMissing() throws Exception {
    org.ocspconsole.session.Session viewer = DemoSessions.as(cluster, cluster.viewer());
    CertificateViewModel vm =
        new CertificateViewModel(viewer, FxThread.DIRECT, Clock.systemDefaultZone());
    vm.load().get(20, TimeUnit.SECONDS);
    // The viewer may read the certificate: nothing proves yet that it may not replace it.
    assertThat(vm.factsProperty().get()).isNotNull();
    assertThat(vm.replaceBlockedProperty().get()).isNull();
    // Refused while changing an alert: the same permission the replacement needs.
    org.ocspconsole.alerts.AlertsViewModel alerts =
        new org.ocspconsole.alerts.AlertsViewModel(viewer, FxThread.DIRECT);
    alerts.load().get(20, TimeUnit.SECONDS);
    alerts.alerts().get(0).onProperty().set(true);
    org.testfx.util.WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> vm.replaceBlockedProperty().get() != null);
    assertThat(vm.replaceBlockedProperty().get()).contains("update_cluster").contains("403");
    assertThat(loaded().replaceBlockedProperty().get()).as("an admin's session").isNull();
  }

  @Test
  void aMissingCertificatesCallIsNamedWithoutBlamingTheWholeAddress() throws Exception {
    cluster.switches().clusterCallsMissing(true);
    CertificateViewModel vm = loaded();
    assertThat(vm.factsProperty().get()).isNull();
    assertThat(vm.problemProperty().get())
        .contains("does not offer GET /v1/cluster/certificates")
        .contains("404")
        .doesNotContain("does not serve");
  }
}
