package org.ocspconsole.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
