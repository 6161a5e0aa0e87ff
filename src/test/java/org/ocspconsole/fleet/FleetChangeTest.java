package org.ocspconsole.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.RecordedRequest;

class FleetChangeTest {
  private DemoCluster a;
  private DemoCluster b;
  private final TestFleet fleet = new TestFleet();

  @BeforeEach
  void startClusters() throws Exception {
    a = DemoCluster.start();
    b = DemoCluster.start();
    b.setConfig(OcspField.QUERY_FREQUENCY, 7200);
  }

  @AfterEach
  void stopClusters() {
    a.close();
    b.close();
    fleet.close();
  }

  @Test
  void sendsOnlyTheChosenFieldsAndOnlyWhereTheyDiffer() throws Exception {
    Map<OcspField, Object> chosen = Map.of(OcspField.QUERY_FREQUENCY, 7200);
    Member ma = fleet.add("a", a);
    Member mb = fleet.add("b", b);
    List<ChangeReview> reviews =
        List.of(ChangeReview.of(ma, a.config(), chosen), ChangeReview.of(mb, b.config(), chosen));
    assertEquals(List.of("Query frequency: 1 h → 2 h"), reviews.get(0).oldToNew());
    assertTrue(reviews.get(1).send().isEmpty());
    a.clearRequests();
    b.clearRequests();

    List<ChangeResult> results = apply(reviews, chosen);

    assertEquals(ChangeResult.Outcome.APPLIED, results.get(0).outcome());
    assertEquals(7200, results.get(0).after().queryFrequency());
    assertEquals(List.of("{\"query_frequency\":7200}"), putBodies(a));
    assertEquals(ChangeResult.Outcome.UNCHANGED, results.get(1).outcome());
    assertEquals(List.of(), putBodies(b));
    assertEquals(List.of("GET"), b.requests().stream().map(RecordedRequest::method).toList());
  }

  @Test
  void aClusterChangedSinceTheReviewIsReportedAndNotOverwritten() throws Exception {
    Map<OcspField, Object> chosen = Map.of(OcspField.QUERY_FREQUENCY, 900);
    Member ma = fleet.add("a", a);
    Member mb = fleet.add("b", b);
    List<ChangeReview> reviews =
        List.of(ChangeReview.of(ma, a.config(), chosen), ChangeReview.of(mb, b.config(), chosen));
    a.setConfig(OcspField.QUERY_FREQUENCY, 1800); // someone else, meanwhile

    List<ChangeResult> results = apply(reviews, chosen);

    assertEquals(ChangeResult.Outcome.CONFLICT, results.get(0).outcome());
    assertTrue(results.get(0).detail().contains("30 min"), results.get(0).detail());
    assertTrue(results.get(0).outcome().retryable());
    assertEquals(1800, a.config().queryFrequency(), "their value stays");
    assertEquals(List.of(), putBodies(a));
    assertEquals(ChangeResult.Outcome.APPLIED, results.get(1).outcome(), "the other goes on");
    assertEquals(900, b.config().queryFrequency());
  }

  @Test
  void enablingWithoutAResponderUrlOrAValueOutOfRangeIsNeverSent() throws Exception {
    b.switches().noResponderUrl();
    Map<OcspField, Object> enable = Map.of(OcspField.OCSP_FUNCTIONALITY, true);
    Member ma = fleet.add("a", a);
    Member mb = fleet.add("b", b);
    ChangeReview withUrl = ChangeReview.of(ma, a.config(), enable);
    ChangeReview withoutUrl = ChangeReview.of(mb, b.config(), enable);
    assertTrue(withUrl.allowed());
    assertFalse(withoutUrl.allowed());
    assertTrue(withoutUrl.refusals().get(0).contains("no OCSP responder URL"));
    ChangeReview tooShort = ChangeReview.of(ma, a.config(), Map.of(OcspField.QUERY_FREQUENCY, 30));
    assertEquals(
        List.of("Query frequency: 30 is out of range (60 to 86400)."), tooShort.refusals());

    List<ChangeResult> results = apply(List.of(withUrl, withoutUrl), enable);

    assertEquals(ChangeResult.Outcome.APPLIED, results.get(0).outcome());
    assertEquals(ChangeResult.Outcome.REFUSED, results.get(1).outcome());
    assertEquals(List.of(), putBodies(b));
  }

  @Test
  void oneFailureNeverStopsTheOthersAndCanBeRetried() throws Exception {
    Map<OcspField, Object> chosen = Map.of(OcspField.RECOVERY_MAX_TRIES, 9);
    Member gone = fleet.unreachable("gone");
    Member ma = fleet.add("a", a);
    List<ChangeReview> reviews =
        List.of(ChangeReview.of(gone, a.config(), chosen), ChangeReview.of(ma, a.config(), chosen));

    List<ChangeResult> results = apply(reviews, chosen);

    assertEquals(ChangeResult.Outcome.FAILED, results.get(0).outcome());
    assertTrue(results.get(0).outcome().retryable());
    assertEquals(ChangeResult.Outcome.APPLIED, results.get(1).outcome());
    assertEquals(9, a.config().recoveryMaxTries());
  }

  private List<ChangeResult> apply(List<ChangeReview> reviews, Map<OcspField, Object> chosen)
      throws Exception {
    return new FleetChange().apply(reviews, chosen, fleet, r -> {}).get(60, TimeUnit.SECONDS);
  }

  private static List<String> putBodies(DemoCluster cluster) {
    return cluster.requests().stream()
        .filter(r -> r.method().equals("PUT"))
        .map(RecordedRequest::body)
        .toList();
  }
}
