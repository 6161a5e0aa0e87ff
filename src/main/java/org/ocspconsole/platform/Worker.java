package org.ocspconsole.platform;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one executor for work off the FX thread: files, key stores, the credential store, the demo's
 * start. Classes take an {@link Executor} so tests can pass their own; the application passes
 * {@link #EXECUTOR}. Threads are created as needed, so a call that hangs (a D-Bus probe, a file on
 * a dead share) holds one thread and never the others, and they are daemons, so none keeps the
 * process alive after the window closes.
 */
public final class Worker {
  private static final AtomicInteger COUNT = new AtomicInteger();

  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "ocsp-console-worker-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  public static final Executor EXECUTOR = POOL;

  private Worker() {}
}
