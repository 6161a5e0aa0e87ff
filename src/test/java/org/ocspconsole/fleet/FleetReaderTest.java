package org.ocspconsole.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocspconsole.api.Calls.pinned;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.Exchange;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.demo.DemoCluster;

class FleetReaderTest {
  private static DemoCluster prod;
  private static DemoCluster revoked;
  private static DemoCluster slow;

  @BeforeAll
  static void startClusters() throws Exception {
    prod = DemoCluster.start();
    revoked = DemoCluster.start();
    revoked.switches().certState(OcspStatus.CertState.REVOKED);
    revoked.setConfig(OcspField.QUERY_FREQUENCY, 7200);
    slow = DemoCluster.start();
    slow.switches().latency(Duration.ofSeconds(120));
  }

  @AfterAll
  static void stopClusters() {
    prod.close();
    revoked.close();
    slow.close();
  }

  @Test
  void readsSettingsCachedStatusAndProxyExpiryOfEachCluster() throws Exception {
    TestFleet fleet = new TestFleet();
    List<Member> members = List.of(fleet.add("prod", prod), fleet.add("revoked", revoked));
    List<Reading> readings =
        new FleetReader().readAll(members, fleet, r -> {}).get(60, TimeUnit.SECONDS);

    Reading first = readings.get(0);
    assertTrue(first.reachable());
    assertEquals(prod.config().queryFrequency(), first.config().queryFrequency());
    assertNotNull(first.proxyNotAfter(), "the proxy certificate's expiry");
    assertEquals(prod.proxyCertificate().getNotAfter().toInstant(), first.proxyNotAfter());
    Reading second = readings.get(1);
    assertEquals(7200, second.config().queryFrequency());
    assertEquals(OcspStatus.CertState.REVOKED, second.status().state().orElseThrow());
    assertTrue(
        second.problems(Instant.now()).contains("the proxy certificate is REVOKED"),
        second.problems(Instant.now()).toString());
  }

  @Test
  void aSlowClusterTimesOutWithoutHoldingUpTheOthers() throws Exception {
    TestFleet fleet = new TestFleet();
    List<Member> members =
        List.of(fleet.add("slow", slow), fleet.add("a", prod), fleet.add("b", revoked));
    List<String> order = new CopyOnWriteArrayList<>();
    FleetReader reader = new FleetReader(2, Duration.ofSeconds(10), Clock.systemUTC());
    List<Reading> readings =
        reader.readAll(members, fleet, r -> order.add(r.member().name())).get(90, TimeUnit.SECONDS);

    // The clients are opened in parallel, so a and b may take the free slot in either order;
    // what matters is that both are done before the slow one gives up.
    assertEquals(3, order.size(), order.toString());
    assertEquals("slow", order.get(2), "the fast ones share the second slot: " + order);
    assertEquals(Set.of("a", "b"), Set.copyOf(order.subList(0, 2)), order.toString());
    Reading late = readings.get(0);
    assertFalse(late.reachable());
    assertEquals(ApiError.Kind.TIMEOUT, late.problemKind());
    assertTrue(late.problem().contains("10 s"), late.problem());
  }

  @Test
  void anUnreachableClusterOrAFailedOpenIsARowWithItsReason() throws Exception {
    try (TestFleet fleet = new TestFleet()) {
      Member gone = fleet.unreachable("gone");
      Member locked = new Member("locked", "locked", "https://127.0.0.1:1");
      Opener opener =
          member ->
              member == locked
                  ? CompletableFuture.failedFuture(
                      new ApiException(
                          ApiError.transport(ApiError.Kind.UNAUTHORIZED, "No password given.")))
                  : fleet.open(member);
      List<Reading> readings =
          new FleetReader()
              .readAll(List.of(gone, locked), opener, r -> {})
              .get(60, TimeUnit.SECONDS);

      assertEquals(ApiError.Kind.CONNECTION_REFUSED, readings.get(0).problemKind());
      assertNull(readings.get(0).config());
      assertEquals(ApiError.Kind.UNAUTHORIZED, readings.get(1).problemKind());
      assertEquals(List.of("No password given."), readings.get(1).problems(Instant.now()));
    }
  }

  @Test
  void aWholeFleetIsOpenedByOneTaskOnTheWorkerInTheMembersOrder() throws Exception {
    TestFleet fleet = new TestFleet();
    List<Member> members = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      members.add(fleet.add("p" + i, prod));
    }
    java.util.concurrent.atomic.AtomicInteger handed =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newCachedThreadPool();
    List<String> asked = new CopyOnWriteArrayList<>();
    try {
      FleetReader reader =
          new FleetReader(
              8,
              1,
              Duration.ofSeconds(30),
              Clock.systemUTC(),
              task -> {
                handed.incrementAndGet();
                pool.execute(task);
              });
      List<Reading> readings =
          reader
              .readAll(
                  members,
                  member -> {
                    asked.add(member.id());
                    return fleet.open(member);
                  },
                  r -> {})
              .get(60, TimeUnit.SECONDS);
      // Forty tasks handed over at once would make the caller (the FX thread, for the window)
      // start forty threads before it could paint again.
      assertEquals(1, handed.get(), "tasks handed to the worker");
      assertEquals(members.stream().map(Member::id).toList(), asked);
      assertTrue(readings.stream().allMatch(Reading::reachable));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aClustersFirstReadAsksForItsSettingsBeforeTheRestAndLaterReadsAskAllAtOnce()
      throws Exception {
    DemoCluster paced = DemoCluster.start();
    try (TestFleet fleet = new TestFleet()) {
      // Answers slow enough that requests sent together all start before the first one ends.
      paced.switches().latency(Duration.ofMillis(300));
      List<Member> members = List.of(fleet.add("first", paced), fleet.add("second", paced));
      java.util.Map<String, List<Exchange>> exchanges =
          new java.util.concurrent.ConcurrentHashMap<>();
      Opener recording =
          member ->
              fleet
                  .open(member)
                  .thenApply(
                      client -> {
                        List<Exchange> own = new CopyOnWriteArrayList<>();
                        exchanges.put(member.id(), own);
                        client.addExchangeListener(own::add);
                        return client;
                      });

      List<Reading> readings =
          new FleetReader().readAll(members, recording, r -> {}).get(60, TimeUnit.SECONDS);

      assertTrue(readings.stream().allMatch(Reading::reachable));
      assertTrue(readings.stream().allMatch(r -> r.proxyNotAfter() != null));
      List<Exchange> first = exchanges.get("first");
      List<Exchange> second = exchanges.get("second");
      assertEquals(3, first.size(), first.toString());
      assertEquals(3, second.size(), second.toString());
      Exchange settings = only(first, "/v1/ocsp");
      Instant answered = settings.started().plus(settings.duration());
      for (Exchange extra : first) {
        if (extra != settings) {
          assertFalse(extra.started().isBefore(answered), extra + " before " + settings);
        }
      }
      Instant firstEnd =
          second.stream().map(e -> e.started().plus(e.duration())).min(Instant::compareTo).get();
      assertTrue(
          second.stream().allMatch(e -> e.started().isBefore(firstEnd)),
          "the second read asks all three at once: " + second);
    } finally {
      paced.close();
    }
  }

  @Test
  void aClusterThatRefusesTheSettingsIsNotAskedForTheRest() throws Exception {
    DemoCluster refusing = DemoCluster.start();
    try {
      Member member = new Member("wrong", "wrong", refusing.baseUri().toString());
      ClusterClient wrongPassword = pinned(refusing, refusing.admin().name(), "not it");

      Reading reading =
          new FleetReader()
              .readAll(
                  List.of(member), m -> CompletableFuture.completedFuture(wrongPassword), r -> {})
              .get(60, TimeUnit.SECONDS)
              .get(0);

      assertEquals(ApiError.Kind.UNAUTHORIZED, reading.problemKind());
      assertEquals(
          List.of("/v1/ocsp"),
          refusing.requests().stream().map(r -> r.path()).toList(),
          "one refused request, not three");
    } finally {
      refusing.close();
    }
  }

  @Test
  void anotherUserOfAClusterAlreadyAnsweredIsStillAskedForTheSettingsAlone() throws Exception {
    DemoCluster shared = DemoCluster.start();
    try (TestFleet fleet = new TestFleet()) {
      ClusterClient stale = pinned(shared, shared.viewer().name(), "stale");
      Member viewer = new Member("viewer", "viewer", shared.baseUri().toString());
      FleetReader reader = new FleetReader();
      Reading admin =
          reader
              .readAll(List.of(fleet.add("admin", shared)), fleet, r -> {})
              .get(60, TimeUnit.SECONDS)
              .get(0);
      assertTrue(admin.reachable());
      shared.clearRequests();

      Reading refused =
          reader
              .readAll(List.of(viewer), m -> CompletableFuture.completedFuture(stale), r -> {})
              .get(60, TimeUnit.SECONDS)
              .get(0);

      assertEquals(ApiError.Kind.UNAUTHORIZED, refused.problemKind());
      assertEquals(List.of("/v1/ocsp"), paths(shared), "the viewer's one refused request");
    } finally {
      shared.close();
    }
  }

  @Test
  void aPasswordChangedMeanwhileIsRefusedOnceAtMostThreeTimesThenOnceARead() throws Exception {
    DemoCluster shared = DemoCluster.start();
    try {
      ClusterClient remembered = pinned(shared, shared.admin().name(), shared.admin().password());
      Member member = new Member("admin", "admin", shared.baseUri().toString());
      FleetReader reader = new FleetReader();
      Opener opener = m -> CompletableFuture.completedFuture(remembered);
      assertTrue(reader.read(member, opener).get(60, TimeUnit.SECONDS).reachable());
      shared.changeAdminPassword("changed elsewhere");

      shared.clearRequests();
      Reading first = reader.read(member, opener).get(60, TimeUnit.SECONDS);
      List<String> firstRefused = paths(shared);
      shared.clearRequests();
      Reading second = reader.read(member, opener).get(60, TimeUnit.SECONDS);

      assertEquals(ApiError.Kind.UNAUTHORIZED, first.problemKind());
      assertEquals(ApiError.Kind.UNAUTHORIZED, second.problemKind());
      // Answered before, the cluster was asked all three at once (the refusal of the settings
      // cancels what has not gone yet); refused, never again.
      assertTrue(firstRefused.contains("/v1/ocsp"), firstRefused.toString());
      assertTrue(firstRefused.size() <= 3, firstRefused.toString());
      assertEquals(List.of("/v1/ocsp"), paths(shared));
    } finally {
      shared.restoreAdminPassword();
      shared.close();
    }
  }

  /** The paths the cluster was asked for, in order (the log keeps no credentials to tell whose). */
  private static List<String> paths(DemoCluster cluster) {
    return cluster.requests().stream().map(r -> r.path()).toList();
  }

  private static Exchange only(List<Exchange> exchanges, String path) {
    List<Exchange> matching =
        exchanges.stream().filter(e -> e.uri().getPath().equals(path)).toList();
    assertEquals(1, matching.size(), exchanges.toString());
    return matching.get(0);
  }
}
