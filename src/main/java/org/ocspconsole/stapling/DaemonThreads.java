package org.ocspconsole.stapling;

import java.util.concurrent.ThreadFactory;

/**
 * Threads of the staple check's own pools. Daemons, so a check left waiting on a dead endpoint or
 * resolver never keeps the process alive; each named for what it waits on, so a thread dump says
 * which part of a check is stuck.
 */
final class DaemonThreads {
  private DaemonThreads() {}

  static ThreadFactory named(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
