package org.ocspconsole.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LimitedExecutorTest {
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void neverRunsMoreThanItsLimitAtOnceAndRunsEveryTask() throws Exception {
    AtomicInteger handedOver = new AtomicInteger();
    LimitedExecutor limited =
        new LimitedExecutor(
            task -> {
              handedOver.incrementAndGet();
              pool.execute(task);
            },
            3);
    AtomicInteger now = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(3);
    CountDownLatch done = new CountDownLatch(100);
    for (int i = 0; i < 100; i++) {
      limited.execute(
          () -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            started.countDown();
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            now.decrementAndGet();
            done.countDown();
          });
    }
    assertEquals(3, handedOver.get(), "a hundred tasks handed over as three lanes");
    assertTrue(started.await(10, TimeUnit.SECONDS), "three run at once");
    release.countDown();
    assertTrue(done.await(10, TimeUnit.SECONDS), "every task ran");
    assertEquals(3, most.get());
  }

  @Test
  void oneLaneKeepsTheOrderTasksCameIn() throws Exception {
    LimitedExecutor limited = new LimitedExecutor(pool, 1);
    List<Integer> order = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(50);
    for (int i = 0; i < 50; i++) {
      int n = i;
      limited.execute(
          () -> {
            synchronized (order) {
              order.add(n);
            }
            done.countDown();
          });
    }
    assertTrue(done.await(10, TimeUnit.SECONDS));
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      expected.add(i);
    }
    assertEquals(expected, order);
  }

  /**
   * The fleet's lanes serve the clusters asked first before the later ones: while the lane is busy,
   * a lower rank passes what waits, equal ranks keep their order, plain tasks come last.
   */
  @Test
  void aLowerRankPassesTheWaitingTasksAndEqualRanksKeepTheirOrder() throws Exception {
    LimitedExecutor limited = new LimitedExecutor(pool, 1);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch hold = new CountDownLatch(1);
    limited.execute(
        () -> {
          holding.countDown();
          try {
            hold.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    assertTrue(holding.await(10, TimeUnit.SECONDS), "the lane is busy");
    List<String> order = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(5);
    java.util.function.Function<String, Runnable> task =
        name ->
            () -> {
              synchronized (order) {
                order.add(name);
              }
              done.countDown();
            };
    limited.execute(task.apply("plain"));
    limited.ranked(2).execute(task.apply("2a"));
    limited.ranked(0).execute(task.apply("0"));
    limited.ranked(2).execute(task.apply("2b"));
    limited.ranked(1).execute(task.apply("1"));
    hold.countDown();
    assertTrue(done.await(10, TimeUnit.SECONDS), "every task ran");
    assertEquals(List.of("0", "1", "2a", "2b", "plain"), order);
  }

  @Test
  void aFailingTaskDoesNotStopTheTasksBehindIt() throws Exception {
    LimitedExecutor limited =
        new LimitedExecutor(
            task ->
                pool.execute(
                    () -> {
                      Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {});
                      task.run();
                    }),
            1);
    CountDownLatch after = new CountDownLatch(1);
    limited.execute(
        () -> {
          throw new IllegalStateException("this task's own failure");
        });
    limited.execute(after::countDown);
    assertTrue(after.await(10, TimeUnit.SECONDS), "the next task ran");
  }

  @Test
  void leavingACoreRunsOneFewerThanTheCoresAndAtLeastOne() throws Exception {
    int lanes = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    AtomicInteger handedOver = new AtomicInteger();
    LimitedExecutor limited =
        LimitedExecutor.leavingACore(
            task -> {
              handedOver.incrementAndGet();
              pool.execute(task);
            });
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(20);
    for (int i = 0; i < 20; i++) {
      limited.execute(
          () -> {
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            done.countDown();
          });
    }
    assertEquals(lanes, handedOver.get(), "twenty tasks handed over as that many lanes");
    release.countDown();
    assertTrue(done.await(10, TimeUnit.SECONDS), "every task ran");
  }
}
