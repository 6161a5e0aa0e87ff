package org.ocspconsole.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ocspconsole.alerts.AlertsViewModel;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.session.Session;
import org.ocspconsole.testing.DemoSessions;
import org.ocspconsole.testing.FakeCluster;

/** The proxy certificate card's states, with no toolkit: in memory, and once over HTTPS. */
class CertificateViewModelTest {
  private final FakeCluster fake = new FakeCluster();

  private static CertificateViewModel loaded(Session session) {
    CertificateViewModel vm =
        new CertificateViewModel(session, FxThread.DIRECT, Clock.systemDefaultZone());
    vm.load().join();
    return vm;
  }

  @Test
  void theProxyCertificateIsReadAndExplained() throws Exception {
    try (DemoCluster cluster = DemoCluster.start()) {
      CertificateViewModel vm =
          new CertificateViewModel(
              DemoSessions.admin(cluster), FxThread.DIRECT, Clock.systemDefaultZone());
      vm.load().get(20, TimeUnit.SECONDS);
      assertThat(vm.problemProperty().get()).isNull();
      assertThat(vm.factsProperty().get().ocspUrls())
          .containsExactly(cluster.config().responderUrl());
    }
  }

  @Test
  void replacingIsBlockedOnceA403ProvedUpdateClusterMissing() {
    fake.certificates(Map.of("proxy_cert", "not a certificate"));
    Session session = fake.session();
    CertificateViewModel vm = loaded(session);
    // Reading the certificates worked: nothing proves yet that this user may not replace it.
    assertThat(vm.replaceBlockedProperty().get()).isNull();
    // Refused while changing an alert: the same permission the replacement needs.
    fake.refuse("updateAlertSettings", FakeCluster.forbidden("update_cluster"));
    AlertsViewModel alerts = new AlertsViewModel(session, FxThread.DIRECT);
    alerts.load().join();
    alerts.alerts().get(0).onProperty().set(true);
    assertThat(vm.replaceBlockedProperty().get()).contains("update_cluster").contains("403");
    assertThat(loaded(new FakeCluster().session()).replaceBlockedProperty().get())
        .as("another session")
        .isNull();
  }

  @Test
  void aMissingCertificatesCallIsNamedWithoutBlamingTheWholeAddress() {
    fake.refuse("getClusterCertificates", FakeCluster.notFound());
    CertificateViewModel vm = loaded(fake.session());
    assertThat(vm.factsProperty().get()).isNull();
    assertThat(vm.problemProperty().get())
        .contains("does not offer GET /v1/cluster/certificates")
        .contains("404")
        .doesNotContain("does not serve");
  }

  @Test
  void aClusterWithoutAProxyCertificateOrWithAnUnreadableOneSaysWhich() {
    assertThat(loaded(fake.session()).problemProperty().get())
        .isEqualTo("The cluster listed no proxy certificate (proxy_cert).");
    fake.certificates(Map.of("proxy_cert", "not a certificate"));
    assertThat(loaded(fake.session()).problemProperty().get())
        .isEqualTo("The cluster's proxy_cert is not a readable PEM certificate.");
  }
}
