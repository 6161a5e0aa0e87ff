package org.ocspconsole.fleet;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * At most {@code limit} tasks under way at once; the others wait in order. Tasks are asynchronous,
 * so no thread is held while a cluster is slow: a slot is freed when the task's future completes.
 */
final class Slots {
  private final int limit;
  private final Queue<Runnable> waiting = new ArrayDeque<>();
  private int running;

  Slots(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("at least one slot");
    }
    this.limit = limit;
  }

  <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> task) {
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
                release();
                if (failure == null) {
                  result.complete(value);
                } else {
                  result.completeExceptionally(failure);
                }
              });
        };
    boolean now;
    synchronized (this) {
      now = running < limit;
      if (now) {
        running++;
      } else {
        waiting.add(start);
      }
    }
    if (now) {
      start.run();
    }
    return result;
  }

  private void release() {
    Runnable next;
    synchronized (this) {
      next = waiting.poll();
      if (next == null) {
        running--;
      }
    }
    if (next != null) {
      next.run();
    }
  }
}
