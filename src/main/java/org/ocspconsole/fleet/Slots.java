package org.ocspconsole.fleet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * At most {@code limit} tasks under way at once, and at most {@code perKey} of those with the same
 * key; the others wait in order (a task whose key is busy lets the next one pass). Tasks are
 * asynchronous, so no thread is held while a cluster is slow: a slot is freed when the task's
 * future completes.
 */
final class Slots {
  private record Waiting(Object key, Runnable start) {}

  private final int limit;
  private final int perKey;
  private final List<Waiting> waiting = new ArrayList<>();
  private final Map<Object, Integer> busy = new HashMap<>();
  // Keys whose waiting tasks no longer wait for each other (see free).
  private final Set<Object> freed = new HashSet<>();
  private int running;

  Slots(int limit) {
    this(limit, limit);
  }

  Slots(int limit, int perKey) {
    if (limit < 1 || perKey < 1) {
      throw new IllegalArgumentException("at least one slot");
    }
    this.limit = limit;
    this.perKey = perKey;
  }

  /** A task that shares no key: only the overall limit holds it. */
  <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> task) {
    return submit(new Object(), task);
  }

  <T> CompletableFuture<T> submit(Object key, Supplier<CompletableFuture<T>> task) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Runnable start =
        () -> {
          CompletableFuture<T> started;
          try {
            started = task.get();
          } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
          }
          started.whenComplete(
              (value, failure) -> {
                release(key);
                if (failure == null) {
                  result.complete(value);
                } else {
                  result.completeExceptionally(failure);
                }
              });
        };
    synchronized (this) {
      waiting.add(new Waiting(key, start));
    }
    startWhatMay();
    return result;
  }

  /**
   * Lifts the per-key limit for the tasks of {@code key} already submitted (only the overall limit
   * holds them), until none is left: for a cluster that did not answer, whose other profiles would
   * otherwise each wait out a timeout in turn. Call it before the failed task's future completes.
   */
  synchronized void free(Object key) {
    freed.add(key);
  }

  private void release(Object key) {
    synchronized (this) {
      running--;
      busy.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
      if (!busy.containsKey(key) && waiting.stream().noneMatch(w -> w.key().equals(key))) {
        freed.remove(key);
      }
    }
    startWhatMay();
  }

  /**
   * Starts the waiting tasks the limits allow, outside the lock (a task may end at once). Among
   * them, the first of the key with the most tasks waiting: a key's tasks run one after another, so
   * the key with the longest line starts first, rather than being left to run its last ones alone
   * once the others are done.
   */
  private void startWhatMay() {
    while (true) {
      Runnable next = null;
      synchronized (this) {
        Waiting chosen = running < limit ? choose() : null;
        if (chosen != null) {
          waiting.remove(chosen);
          running++;
          busy.merge(chosen.key(), 1, Integer::sum);
          next = chosen.start();
        }
      }
      if (next == null) {
        return;
      }
      next.run();
    }
  }

  private Waiting choose() {
    Map<Object, Integer> lines = new HashMap<>();
    waiting.forEach(w -> lines.merge(w.key(), 1, Integer::sum));
    Waiting chosen = null;
    for (Waiting candidate : waiting) {
      if ((freed.contains(candidate.key()) || busy.getOrDefault(candidate.key(), 0) < perKey)
          && (chosen == null || lines.get(candidate.key()) > lines.get(chosen.key()))) {
        chosen = candidate;
      }
    }
    return chosen;
  }
}
