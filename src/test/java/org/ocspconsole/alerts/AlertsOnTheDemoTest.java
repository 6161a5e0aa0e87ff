package org.ocspconsole.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterInfo;
import org.ocspconsole.api.Json;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.RecordedRequest;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.session.Session;
import org.ocspconsole.testing.DemoSessions;

/**
 * The alert switches over HTTPS against the demo cluster: the partial update on the wire, and what
 * the demo refuses. The view-model's own behaviour is in {@link AlertsViewModelTest}, in memory.
 */
class AlertsOnTheDemoTest {
  private DemoCluster cluster;
  private Session session;
  private AlertsViewModel vm;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    session = DemoSessions.admin(cluster);
    vm = new AlertsViewModel(session, FxThread.DIRECT);
    vm.load().get(20, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private AlertSetting alert(String key) {
    return vm.alerts().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
  }

  private void waitIdle() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (vm.busyProperty().get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still busy");
      }
      Thread.onSpinWait();
    }
  }

  @Test
  void flippingASwitchSendsOnlyThatAlertAndLeavesTheRestAlone() throws Exception {
    JsonNode before = cluster.clusterObject();
    cluster.clearRequests();
    alert(ClusterInfo.ALERT_OCSP_QUERY_FAILED).onProperty().set(true);
    waitIdle();
    RecordedRequest put =
        cluster.requests().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
    assertThat(put.path()).isEqualTo("/v1/cluster");
    assertThat(Json.tree(put.body().getBytes(StandardCharsets.UTF_8)).toString())
        .isEqualTo("{\"alert_settings\":{\"cluster_ocsp_query_failed\":true}}");
    JsonNode after = cluster.clusterObject();
    assertThat(after.at("/alert_settings/cluster_ocsp_query_failed").booleanValue()).isTrue();
    ((com.fasterxml.jackson.databind.node.ObjectNode) after.get("alert_settings"))
        .put("cluster_ocsp_query_failed", false);
    assertThat(after).isEqualTo(before);
    assertThat(vm.confirmationProperty().get()).startsWith("Turned on");
  }

  @Test
  void theDemoRefusesUnknownAlertsWrongTypesAndOtherFields() throws Exception {
    assertThat(refusal(Map.of("alert_settings", Map.of("cluster_ocsp_sometimes", true))))
        .contains("not a known alert");
    assertThat(refusal(Map.of("alert_settings", Map.of("cluster_ocsp_query_failed", "yes"))))
        .contains("alert_settings.cluster_ocsp_query_failed")
        .contains("boolean");
    assertThat(refusal(Map.of("name", "renamed"))).contains("'name'");
    assertThat(cluster.clusterObject().get("name").asText())
        .isEqualTo("demo-cluster.ocsp-console.local");
  }

  private String refusal(Object body) throws Exception {
    CompletableFuture<ClusterInfo> call =
        session
            .client()
            .send(
                "PUT",
                "/v1/cluster",
                "update_cluster",
                "change the cluster",
                body,
                ClusterInfo.class);
    try {
      call.get(20, TimeUnit.SECONDS);
      throw new AssertionError("accepted");
    } catch (ExecutionException e) {
      ApiException api = (ApiException) e.getCause();
      assertThat(api.error().errorCode()).isEqualTo("invalid_schema");
      return api.error().message();
    }
  }
}
