package org.ocspconsole.stapling;

import java.io.Closeable;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Stops a check: every socket it has open is closed, so no thread waits on the network after. */
public final class Cancellation {
  private volatile boolean cancelled;
  private final Set<Closeable> open = ConcurrentHashMap.newKeySet();

  public void cancel() {
    cancelled = true;
    open.forEach(Cancellation::closeQuietly);
  }

  public boolean cancelled() {
    return cancelled;
  }

  void register(Closeable resource) {
    open.add(resource);
    if (cancelled) {
      closeQuietly(resource);
    }
  }

  void unregister(Closeable resource) {
    open.remove(resource);
  }

  static void closeQuietly(Closeable resource) {
    try {
      resource.close();
    } catch (IOException e) {
      // closing to stop: nothing more to do
    }
  }
}
