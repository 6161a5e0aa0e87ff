package org.ocspconsole.fleetview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.TrustSettings;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.DemoFleet;
import org.ocspconsole.fleet.ChangeResult;
import org.ocspconsole.fleet.FleetChange;
import org.ocspconsole.fleet.FleetReader;
import org.ocspconsole.fleet.Member;
import org.ocspconsole.fleet.Opener;

/** The fleet table and the change to many against the demo's own fleet, without a toolkit. */
class FleetViewModelTest {
  private static DemoFleet demo;
  private static Opener opener;
  private static List<Member> members;

  @BeforeAll
  static void startFleet() throws Exception {
    demo = DemoFleet.start();
    members =
        demo.entries().stream()
            .map(e -> new Member(e.name(), e.name(), e.baseUri().toString()))
            .toList();
    opener =
        member -> {
          DemoFleet.Entry entry =
              demo.entries().stream().filter(e -> e.name().equals(member.id())).findFirst().get();
          try {
            return java.util.concurrent.CompletableFuture.completedFuture(
                ClusterClient.create(
                    ClusterConnection.of(
                        entry.baseUri(),
                        entry.cluster() == null
                            ? new Credentials.Basic("nobody", new char[0])
                            : new Credentials.Basic(
                                entry.cluster().admin().name(),
                                entry.cluster().admin().password().toCharArray()),
                        entry.cluster() == null
                            ? TrustSettings.system()
                            : TrustSettings.pinned(entry.cluster().fingerprint()))));
          } catch (ApiException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
          }
        };
  }

  @AfterAll
  static void stopFleet() {
    demo.close();
  }

  /**
   * Runs each hop at once on the thread that asks, one at a time, as the FX thread would: readings
   * and results arrive on many threads together, and JavaFX lists changed by two of them at once
   * broke with a NullPointerException that surfaced in a later test.
   */
  private static final Executor ONE_AT_A_TIME =
      command -> {
        synchronized (FleetViewModelTest.class) {
          command.run();
        }
      };

  private FleetViewModel model() throws Exception {
    FleetViewModel vm =
        new FleetViewModel(
            members,
            opener,
            new FleetReader(8, Duration.ofSeconds(30), Clock.systemUTC()),
            ONE_AT_A_TIME,
            Clock.systemUTC());
    vm.refresh().get(90, TimeUnit.SECONDS);
    return vm;
  }

  @Test
  void rowsWithProblemsComeFirstAndTheFilterNarrows() throws Exception {
    FleetViewModel vm = model();
    List<String> order = vm.rows().stream().map(r -> r.member().name()).toList();
    assertEquals(
        List.of(
            "decommissioned",
            "prod-ap (revoked)",
            "staging",
            "dr-site (slow)",
            "prod-eu",
            "prod-us"),
        order);
    assertTrue(
        vm.summaryProperty().get().startsWith("6 clusters · 3 need attention"),
        vm.summaryProperty().get());

    vm.filterProperty().set("revoked");
    assertEquals(
        List.of("prod-ap (revoked)"), vm.rows().stream().map(r -> r.member().name()).toList());
    vm.problemsFirstProperty().set(false);
    vm.filterProperty().set("");
    assertEquals("decommissioned", vm.rows().get(0).member().name(), "by name then");
    assertEquals("staging", vm.rows().get(5).member().name());
  }

  @Test
  void aBaselineMarksTheCellsThatDiffer() throws Exception {
    FleetViewModel vm = model();
    Baseline prodEu =
        vm.baselineChoices().stream().filter(b -> b.label().equals("prod-eu")).findFirst().get();
    vm.baselineProperty().set(prodEu);
    FleetRow prodUs =
        vm.allRows().stream().filter(r -> r.member().name().equals("prod-us")).findFirst().get();
    assertEquals(Set.of(OcspField.QUERY_FREQUENCY, OcspField.RECOVERY_MAX_TRIES), prodUs.drift());
    assertEquals("≠ 1 h", Cells.field(prodUs, OcspField.QUERY_FREQUENCY));
    assertTrue(vm.summaryProperty().get().contains("differ from prod-eu"));
  }

  @Test
  void aClusterBaselineComparesWithWhatThatClusterHoldsNowAndNoBaselineMarksNothing()
      throws Exception {
    FleetViewModel vm = model();
    Baseline prodEu =
        vm.baselineChoices().stream().filter(b -> b.label().equals("prod-eu")).findFirst().get();
    assertEquals(Baseline.NONE, vm.baselineChoices().get(0));
    vm.baselineProperty().set(prodEu);
    FleetRow prodUsRow = row(vm, "prod-us");
    assertTrue(prodUsRow.drift().contains(OcspField.QUERY_FREQUENCY), prodUsRow.drift().toString());

    // prod-eu takes prod-us's settings; read again, it is still the baseline, and prod-us now
    // matches it: the baseline is the cluster, not a copy of what it held when chosen.
    DemoCluster eu = demo.entries().get(0).cluster();
    var saved = eu.config();
    var us = demo.entries().get(1).cluster().config();
    try {
      eu.setConfig(OcspField.QUERY_FREQUENCY, us.queryFrequency());
      eu.setConfig(OcspField.RECOVERY_MAX_TRIES, us.recoveryMaxTries());
      vm.refresh(row(vm, "prod-eu").member()).get(30, TimeUnit.SECONDS);
      assertEquals(Set.of(), row(vm, "prod-us").drift());
      assertTrue(
          vm.summaryProperty().get().endsWith(" differ from prod-eu"), vm.summaryProperty().get());
    } finally {
      eu.setConfig(OcspField.QUERY_FREQUENCY, saved.queryFrequency());
      eu.setConfig(OcspField.RECOVERY_MAX_TRIES, saved.recoveryMaxTries());
    }

    Baseline decommissioned =
        vm.baselineChoices().stream()
            .filter(b -> b.label().equals("decommissioned"))
            .findFirst()
            .get();
    vm.baselineProperty().set(decommissioned);
    assertTrue(
        vm.summaryProperty().get().endsWith(" · decommissioned not read: nothing compared"),
        vm.summaryProperty().get());

    vm.baselineProperty().set(Baseline.NONE);
    assertTrue(vm.allRows().stream().allMatch(r -> r.drift().isEmpty()));
    assertTrue(!vm.summaryProperty().get().contains("differ"), vm.summaryProperty().get());
  }

  private static FleetRow row(FleetViewModel vm, String name) {
    return vm.allRows().stream().filter(r -> r.member().name().equals(name)).findFirst().get();
  }

  @Test
  void oneChangeToManyReviewsAppliesAndReviewsTheFailedAgain() throws Exception {
    FleetViewModel vm = model();
    List<FleetRow> targets =
        vm.allRows().stream()
            .filter(r -> Set.of("prod-eu", "prod-us", "decommissioned").contains(r.member().name()))
            .toList();
    ChangeViewModel change = new ChangeViewModel(targets, new FleetChange(), opener, ONE_AT_A_TIME);
    assertTrue(!change.canReviewProperty().get());
    change.valueProperty(OcspField.RECOVERY_MAX_TRIES).set(7);
    assertTrue(change.canReviewProperty().get());
    change.review();
    assertEquals(ChangeViewModel.Step.REVIEW, change.stepProperty().get());
    assertEquals(2, change.toSend());

    change.apply().get(90, TimeUnit.SECONDS);

    assertEquals(ChangeViewModel.Step.RESULTS, change.stepProperty().get());
    Map<String, ChangeResult.Outcome> outcomes = new java.util.HashMap<>();
    change.results().forEach(r -> outcomes.put(r.member().name(), r.outcome()));
    assertEquals(ChangeResult.Outcome.REFUSED, outcomes.get("decommissioned"), "never read");
    assertEquals(ChangeResult.Outcome.APPLIED, outcomes.get("prod-eu"));
    assertEquals("3 clusters: 2 changed · 1 not sent.", change.resultsSummary());
    assertEquals(7, demo.entries().get(0).cluster().config().recoveryMaxTries());
    assertEquals(
        Map.of(OcspField.RECOVERY_MAX_TRIES, 7),
        Map.of(
            OcspField.RECOVERY_MAX_TRIES,
            demo.entries().get(1).cluster().config().recoveryMaxTries()));
  }

  @Test
  void readingsThatArriveTogetherReachTheFxThreadInOneHop() throws Exception {
    List<Member> many =
        java.util.stream.IntStream.range(0, 40)
            .mapToObj(i -> new Member("m" + i, "m" + i, "https://127.0.0.1:1"))
            .toList();
    java.util.Queue<Runnable> fx = new java.util.concurrent.ConcurrentLinkedQueue<>();
    FleetViewModel vm =
        new FleetViewModel(
            many,
            member ->
                java.util.concurrent.CompletableFuture.failedFuture(
                    new IllegalStateException("no client in this test")),
            new FleetReader(8, Duration.ofSeconds(30), Clock.systemUTC()),
            fx::add,
            Clock.systemUTC());

    vm.refresh().get(90, TimeUnit.SECONDS);

    // Forty readings, and the FX thread (which has not run yet) was asked once, not forty times.
    assertEquals(1, fx.size());
    assertTrue(vm.allRows().stream().allMatch(FleetRow::loading));
    fx.poll().run();
    assertTrue(vm.allRows().stream().noneMatch(FleetRow::loading));
    assertTrue(vm.allRows().stream().allMatch(FleetRow::hasProblem));
  }

  @Test
  void aBatchOfReadingsChangesTheTableOnceAndReplacesNoLine() throws Exception {
    List<Member> many =
        java.util.stream.IntStream.range(0, 40)
            .mapToObj(i -> new Member("m" + i, "m" + i, "https://127.0.0.1:1"))
            .toList();
    java.util.Queue<Runnable> fx = new java.util.concurrent.ConcurrentLinkedQueue<>();
    FleetViewModel vm =
        new FleetViewModel(
            many,
            member ->
                java.util.concurrent.CompletableFuture.failedFuture(
                    new IllegalStateException("no client in this test")),
            new FleetReader(8, Duration.ofSeconds(30), Clock.systemUTC()),
            fx::add,
            Clock.systemUTC());
    List<FleetLine> before = List.copyOf(vm.lines());
    List<String> changes = new java.util.ArrayList<>();
    vm.lines()
        .addListener(
            (javafx.collections.ListChangeListener<FleetLine>)
                c -> {
                  StringBuilder kinds = new StringBuilder();
                  while (c.next()) {
                    kinds.append(
                        c.wasReplaced() || c.wasAdded() || c.wasRemoved()
                            ? "replaced "
                            : c.wasPermutated() ? "moved " : "updated ");
                  }
                  changes.add(kinds.toString());
                });
    java.util.concurrent.atomic.AtomicInteger newRows =
        new java.util.concurrent.atomic.AtomicInteger();
    // As a cell watches its line: told the row is stale, it reads the new one (rows are equal by
    // cluster, so a change listener would never hear of a new reading of the same cluster).
    before.forEach(
        line ->
            line.rowProperty()
                .addListener(
                    (javafx.beans.InvalidationListener)
                        o -> {
                          newRows.incrementAndGet();
                          line.row();
                        }));

    vm.refresh().get(90, TimeUnit.SECONDS);
    assertEquals(1, changes.size(), "Refresh marks all forty as being read in one change");
    fx.poll().run();

    // Forty readings came back together: the table's list changed once more, by updates (a
    // replaced item would make the table rebuild every visible row), and each line got one new
    // row for Refresh and one for its reading, which its cells follow.
    assertEquals(2, changes.size(), changes.toString());
    assertTrue(changes.stream().noneMatch(kinds -> kinds.contains("replaced")), changes.toString());
    assertEquals(80, newRows.get());
    assertEquals(before, List.copyOf(vm.lines()), "the same lines, in the same order");
    assertTrue(vm.allRows().stream().noneMatch(FleetRow::loading));
  }
}
