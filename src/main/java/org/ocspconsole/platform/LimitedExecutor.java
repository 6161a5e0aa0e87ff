package org.ocspconsole.platform;

import java.util.Comparator;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Runs tasks on another executor, at most {@code limit} at once and in the order they came. For
 * many small jobs handed over together (the clients of a hundred fleet profiles): on the worker,
 * which starts a thread for each task it cannot give to an idle one, they would start a hundred
 * threads that build at once on two cores, and the first profiles' clients would be ready about
 * last. A lane runs its next waiting task on the same thread, without handing it over again.
 *
 * <p>Tasks may also come with a rank ({@link #ranked}): a waiting task of a lower rank runs first,
 * and plain tasks come after every ranked one.
 */
public final class LimitedExecutor implements Executor {
  private record Waiting(long rank, long order, Runnable task) {}

  private final Executor base;
  private final int limit;
  private final Queue<Waiting> waiting =
      new PriorityQueue<>(
          Comparator.comparingLong(Waiting::rank).thenComparingLong(Waiting::order));
  private long arrived;
  private int running;

  public LimitedExecutor(Executor base, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("at least one task at a time");
    }
    this.base = Objects.requireNonNull(base);
    this.limit = limit;
  }

  /**
   * One lane fewer than the machine has cores, and at least one: CPU-heavy work handed over in bulk
   * (a fleet's TLS handshakes) leaves a core to the FX thread.
   */
  public static LimitedExecutor leavingACore(Executor base) {
    return new LimitedExecutor(base, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
  }

  /** As many lanes as the machine has cores, and at least two. */
  public static LimitedExecutor perCore(Executor base) {
    return new LimitedExecutor(base, Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  @Override
  public void execute(Runnable task) {
    execute(Long.MAX_VALUE, task);
  }

  /**
   * The same lanes, for tasks of {@code rank}: while lanes are busy, its waiting tasks pass those
   * of higher ranks and plain ones; equal ranks keep the order they came in. Still one queue, so no
   * lane idles while any task waits.
   */
  public Executor ranked(long rank) {
    return task -> execute(rank, task);
  }

  private void execute(long rank, Runnable task) {
    Objects.requireNonNull(task);
    synchronized (this) {
      if (running >= limit) {
        waiting.add(new Waiting(rank, arrived++, task));
        return;
      }
      running++;
    }
    try {
      base.execute(() -> runFrom(task));
    } catch (RuntimeException refused) {
      synchronized (this) {
        running--;
      }
      throw refused;
    }
  }

  private void runFrom(Runnable first) {
    for (Runnable task = first; task != null; task = next()) {
      try {
        task.run();
      } catch (RuntimeException e) {
        // One task's failure is its own (a CompletableFuture's tasks keep theirs): the lane goes on
        // to the next, and the failure is reported as the thread would have reported it.
        Thread thread = Thread.currentThread();
        thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
      }
    }
  }

  private synchronized Runnable next() {
    Waiting next = waiting.poll();
    if (next == null) {
      running--;
      return null;
    }
    return next.task();
  }
}
