package org.ocspconsole.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SlotsTest {
  @Test
  void neverRunsMoreThanTheLimitAndStartsTheNextAsOneEnds() {
    Slots slots = new Slots(3);
    List<CompletableFuture<Integer>> started = new ArrayList<>();
    List<CompletableFuture<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      results.add(
          slots.submit(
              () -> {
                CompletableFuture<Integer> task = new CompletableFuture<>();
                started.add(task);
                return task;
              }));
    }
    assertEquals(3, started.size(), "only three under way");
    started.get(1).complete(1);
    assertEquals(4, started.size(), "one ended, one more started");
    started.get(0).completeExceptionally(new IllegalStateException("down"));
    assertEquals(5, started.size(), "a failure frees its slot too");
    for (int i = 2; i < 10; i++) {
      started.get(i).complete(i);
    }
    assertEquals(10, started.size());
    assertEquals(9, results.get(9).join());
    assertEquals(true, results.get(0).isCompletedExceptionally());
  }

  @Test
  void aBusyClusterLetsTheNextClusterPassAndGetsItsTurnWhenItsReadEnds() {
    Slots slots = new Slots(3, 1);
    List<String> started = new ArrayList<>();
    List<CompletableFuture<Void>> running = new ArrayList<>();
    for (String key : List.of("a", "a", "a", "b", "c", "d")) {
      slots.submit(
          key,
          () -> {
            CompletableFuture<Void> task = new CompletableFuture<>();
            started.add(key);
            running.add(task);
            return task;
          });
    }
    assertEquals(List.of("a", "b", "c"), started, "one of a, then the others that are free");
    running.get(0).complete(null);
    assertEquals(List.of("a", "b", "c", "a"), started, "a's next read, before d: first come");
    running.get(1).complete(null);
    assertEquals(List.of("a", "b", "c", "a", "d"), started, "b's slot to d: a is still busy");
    running.get(3).complete(null);
    assertEquals(List.of("a", "b", "c", "a", "d", "a"), started);
  }

  @Test
  void theClusterWithTheLongestLineStartsFirstSoItsLastReadsAreNotLeftAlone() {
    Slots slots = new Slots(2, 1);
    List<String> started = new ArrayList<>();
    List<CompletableFuture<Void>> running = new ArrayList<>();
    for (String key : List.of("p", "q", "x", "a", "a", "a")) {
      slots.submit(
          key,
          () -> {
            CompletableFuture<Void> task = new CompletableFuture<>();
            started.add(key);
            running.add(task);
            return task;
          });
    }
    assertEquals(List.of("p", "q"), started);
    running.get(0).complete(null);
    assertEquals(List.of("p", "q", "a"), started, "a has three to read one after another");
    running.get(1).complete(null);
    assertEquals(List.of("p", "q", "a", "x"), started, "a is busy: x");
    running.get(2).complete(null);
    assertEquals(List.of("p", "q", "a", "x", "a"), started);
  }

  @Test
  void aClusterFoundUnreachableRunsItsWaitingTasksTogetherUntilNoneIsLeft() {
    Slots slots = new Slots(4, 1);
    List<String> started = new ArrayList<>();
    List<CompletableFuture<Void>> running = new ArrayList<>();
    java.util.function.Consumer<String> submit =
        key ->
            slots.submit(
                key,
                () -> {
                  CompletableFuture<Void> task = new CompletableFuture<>();
                  started.add(key);
                  running.add(task);
                  return task;
                });
    List.of("dead", "dead", "dead", "b").forEach(submit);
    assertEquals(List.of("dead", "b"), started);

    slots.free("dead");
    running.get(0).completeExceptionally(new IllegalStateException("timed out"));
    assertEquals(List.of("dead", "b", "dead", "dead"), started, "no longer one at a time");

    running.forEach(task -> task.complete(null));
    submit.accept("dead");
    submit.accept("dead");
    assertEquals(5, started.size(), "a later read of that cluster is one at a time again");
  }

  @Test
  void profilesOnOneClusterShareItsKeyHoweverItsAddressIsSpelt() {
    assertEquals(
        FleetReader.clusterOf(new Member("1", "one", "https://Cluster.example:9443")),
        FleetReader.clusterOf(new Member("2", "two", "https://cluster.example:9443/")));
    assertEquals(
        FleetReader.clusterOf(new Member("1", "one", "https://cluster.example")),
        FleetReader.clusterOf(new Member("2", "two", "https://cluster.example:443")));
    assertNotEquals(
        FleetReader.clusterOf(new Member("1", "one", "https://cluster.example:9443")),
        FleetReader.clusterOf(new Member("2", "two", "https://cluster.example:9444")));
  }
}
