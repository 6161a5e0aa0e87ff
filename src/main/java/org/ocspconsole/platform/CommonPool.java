package org.ocspconsole.platform;

/**
 * The JDK's HTTP client runs what follows each answer (our parsing of it, and all that waits for
 * it) on {@code CompletableFuture}'s default executor (JDK-8204339): the common pool, unless that
 * pool has fewer than two threads, as it has on a machine with two cores or fewer, where a new
 * thread is started for every answer instead. A fleet of a hundred clusters made three hundred
 * threads in three seconds that way. With two threads the common pool stays a pool. Nothing of ours
 * runs on it (an architecture test checks that), so two are enough.
 */
public final class CommonPool {
  static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

  private CommonPool() {}

  /**
   * Gives the common pool two threads on a machine with two cores or fewer, unless the user set its
   * size. Must run before anything uses the pool or {@code CompletableFuture}: the first line of
   * {@code main}.
   */
  public static void atLeastTwoThreads() {
    String size =
        parallelism(Runtime.getRuntime().availableProcessors(), System.getProperty(PARALLELISM));
    if (size != null) {
      System.setProperty(PARALLELISM, size);
    }
  }

  /** The size to set, or null to leave the JDK's choice (cores - 1) or the user's. */
  static String parallelism(int cores, String configured) {
    return configured == null && cores <= 2 ? "2" : null;
  }
}
