package org.ocspconsole.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.OcspStatus.CertState;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.testing.DemoSessions;

/** The status panel's states against the demo cluster over HTTPS, with no toolkit. */
class StatusViewModelTest {
  private DemoCluster cluster;
  private StatusViewModel vm;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    cluster.switches().testDuration(Duration.ofMillis(50));
    vm =
        new StatusViewModel(
            DemoSessions.admin(cluster), FxThread.DIRECT, Clock.systemDefaultZone());
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private static void await(CompletableFuture<?> future) throws Exception {
    future.get(20, TimeUnit.SECONDS);
  }

  @Test
  void refreshShowsTheCachedStatus() throws Exception {
    await(vm.refresh());
    StatusCard card = vm.cardProperty().get();
    assertThat(card.badge()).isEqualTo(StatusCard.Badge.GOOD);
    assertThat(card.responder()).isEqualTo(cluster.config().responderUrl());
    assertThat(card.note()).contains("cached");
    assertThat(vm.problemProperty().get()).isNull();
  }

  @Test
  void eachCertificateStateReachesTheBadge() throws Exception {
    for (CertState state : CertState.values()) {
      cluster.switches().certState(state);
      await(vm.refresh());
      assertThat(vm.cardProperty().get().badge().name()).isEqualTo(state.name());
    }
  }

  @Test
  void staleAndMissingNextUpdateComeThrough() throws Exception {
    cluster.switches().staleNextUpdate(true);
    await(vm.refresh());
    assertThat(vm.cardProperty().get().stale()).isTrue();
    cluster.switches().staleNextUpdate(false).omitNextUpdate(true);
    await(vm.refresh());
    assertThat(vm.cardProperty().get().times().get(2).text()).isEqualTo("not given");
  }

  @Test
  void queryingReplacesTheCardAndSaysItWasJustQueried() throws Exception {
    await(vm.refresh());
    cluster.switches().certState(CertState.REVOKED);
    CompletableFuture<Void> querying = vm.query();
    await(querying);
    assertThat(vm.queryingProperty().get()).isFalse();
    assertThat(vm.cardProperty().get().badge()).isEqualTo(StatusCard.Badge.REVOKED);
    assertThat(vm.cardProperty().get().note()).contains("Just queried");
    assertThat(cluster.requests())
        .anyMatch(r -> r.method().equals("POST") && r.path().equals("/v1/ocsp/test"));
  }

  @Test
  void taskQueuedTooLongOffersARetryThatWorks() throws Exception {
    cluster.switches().testQueuedTooLong(true);
    await(vm.query());
    assertThat(vm.cardProperty().get()).isNull();
    assertThat(vm.problemProperty().get().title()).isEqualTo("The cluster was busy");
    assertThat(vm.problemProperty().get().retry()).isTrue();
    cluster.switches().testQueuedTooLong(false);
    await(vm.retry());
    assertThat(vm.problemProperty().get()).isNull();
    assertThat(vm.cardProperty().get().note()).contains("Just queried");
  }

  @Test
  void aFailedQueryKeepsTheLastKnownStatusAndShowsTheFailureBesideIt() throws Exception {
    await(vm.refresh());
    assertThat(vm.cardProperty().get().badge()).isEqualTo(StatusCard.Badge.GOOD);
    cluster.switches().testQueuedTooLong(true);
    await(vm.query());
    assertThat(vm.cardProperty().get()).isNotNull();
    assertThat(vm.cardProperty().get().badge()).isEqualTo(StatusCard.Badge.GOOD);
    assertThat(vm.problemProperty().get().title()).isEqualTo("The cluster was busy");
    assertThat(vm.problemProperty().get().text())
        .contains("retried once by itself")
        .contains("last one known");
    assertThat(vm.problemProperty().get().retry()).isTrue();
  }

  @Test
  void aQueryQueuedTooLongIsRetriedOnceByItselfAndSaysSo() throws Exception {
    cluster.switches().testQueuedEveryOther(true);
    java.util.List<String> progress = new java.util.ArrayList<>();
    vm.queryProgressProperty().addListener((obs, old, now) -> progress.add(now));
    cluster.clearRequests();
    await(vm.query());
    assertThat(progress).contains(StatusViewModel.RETRYING);
    assertThat(vm.problemProperty().get()).isNull();
    assertThat(vm.cardProperty().get().note()).contains("Just queried");
    assertThat(cluster.requests())
        .filteredOn(r -> r.method().equals("POST") && r.path().equals("/v1/ocsp/test"))
        .hasSize(2);

    // The next query starts with the plain words again, and fails over to one retry only.
    cluster.switches().testQueuedTooLong(true);
    cluster.clearRequests();
    await(vm.query());
    assertThat(progress).endsWith(StatusViewModel.QUERYING, StatusViewModel.RETRYING);
    assertThat(cluster.requests()).filteredOn(r -> r.path().equals("/v1/ocsp/test")).hasSize(2);
  }

  @Test
  void otherQueryFailuresAreNotRetriedByThemselves() throws Exception {
    cluster.switches().invalidOcspResponse(true);
    cluster.clearRequests();
    await(vm.query());
    assertThat(cluster.requests()).filteredOn(r -> r.path().equals("/v1/ocsp/test")).hasSize(1);
  }

  @Test
  void noResponderUrlIsExplained() throws Exception {
    cluster.switches().noResponderUrl();
    await(vm.query());
    assertThat(vm.problemProperty().get().title()).isEqualTo("No responder to ask");
    assertThat(vm.problemProperty().get().text()).contains("names no OCSP URL");
    assertThat(vm.problemProperty().get().retry()).isFalse();
  }

  @Test
  void invalidOcspResponseIsExplainedForReadAndQuery() throws Exception {
    cluster.switches().invalidOcspResponse(true);
    await(vm.refresh());
    assertThat(vm.problemProperty().get().title()).contains("not OCSP");
    await(vm.query());
    assertThat(vm.problemProperty().get().text()).contains("not with a valid OCSP response");
  }

  @Test
  void unsupportedCapabilityIsExplained() throws Exception {
    cluster.switches().unsupportedCapability(true);
    await(vm.query());
    assertThat(vm.problemProperty().get().text()).contains("406").contains("rolling upgrade");
  }

  @Test
  void forbiddenNamesThePermissionOfEachCall() throws Exception {
    StatusViewModel viewer =
        new StatusViewModel(
            DemoSessions.as(cluster, cluster.viewer()), FxThread.DIRECT, Clock.systemDefaultZone());
    await(viewer.query());
    assertThat(viewer.problemProperty().get().title())
        .isEqualTo("Missing permission: test_ocsp_status");
    assertThat(viewer.problemProperty().get().text()).contains("admin role");
    await(viewer.refresh());
    assertThat(viewer.problemProperty().get().title())
        .isEqualTo("Missing permission: view_ocsp_status");
  }

  @Test
  void aViewersQueryIsBlockedOnceA403ProvedItCannotWork() throws Exception {
    StatusViewModel viewer =
        new StatusViewModel(
            DemoSessions.as(cluster, cluster.viewer()), FxThread.DIRECT, Clock.systemDefaultZone());
    assertThat(viewer.queryBlockedProperty().get()).isNull();
    await(viewer.refresh());
    // view_ocsp_status refused: every OCSP permission belongs to the admin role alone.
    assertThat(viewer.queryBlockedProperty().get())
        .contains("test_ocsp_status")
        .contains("admin role")
        .contains("view_ocsp_status");
    cluster.clearRequests();
    await(viewer.query());
    assertThat(cluster.requests()).noneMatch(r -> r.path().equals("/v1/ocsp/test"));
    assertThat(vm.queryBlockedProperty().get()).as("the admin's own session").isNull();
  }

  @Test
  void aQueryCanBeCancelled() throws Exception {
    cluster.switches().testDuration(Duration.ofSeconds(10));
    CompletableFuture<Void> querying = vm.query();
    assertThat(vm.queryingProperty().get()).isTrue();
    vm.cancel();
    await(querying);
    assertThat(vm.queryingProperty().get()).isFalse();
    assertThat(vm.problemProperty().get().title()).isEqualTo("Query cancelled");
  }
}
