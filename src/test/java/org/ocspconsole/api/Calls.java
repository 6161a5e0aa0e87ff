package org.ocspconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.ocspconsole.demo.DemoCluster;

/**
 * Waiting for the client's futures in tests, with a bound so that a hang fails instead of stalling.
 */
public final class Calls {
  private static final long LIMIT_SECONDS = 10;

  private Calls() {}

  public static <T> T value(CompletableFuture<T> call)
      throws InterruptedException, TimeoutException {
    try {
      return call.get(LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("expected success, got " + e.getCause(), e.getCause());
    }
  }

  /** The typed error the call failed with; fails the test if it succeeded. */
  public static ApiError failure(CompletableFuture<?> call)
      throws InterruptedException, TimeoutException {
    return exception(call).error();
  }

  public static ApiException exception(CompletableFuture<?> call)
      throws InterruptedException, TimeoutException {
    try {
      Object value = call.get(LIMIT_SECONDS, TimeUnit.SECONDS);
      return fail("expected an ApiException, but the call answered " + value);
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(ApiException.class);
      return (ApiException) e.getCause();
    }
  }

  /** A client of the demo cluster that trusts exactly its certificate. */
  public static ClusterClient pinned(DemoCluster cluster, String user, String password)
      throws ApiException {
    return ClusterClient.create(
        ClusterConnection.of(
            cluster.baseUri(),
            new Credentials.Basic(user, password.toCharArray()),
            TrustSettings.pinned(cluster.fingerprint())));
  }

  public static ClusterClient admin(DemoCluster cluster) throws ApiException {
    return pinned(cluster, cluster.admin().name(), cluster.admin().password());
  }

  /**
   * Waits until something another thread does has become visible, e.g. that the demo cluster has
   * received a request. A bounded poll, not a fixed pause: it returns as soon as the condition
   * holds.
   */
  public static void awaitCondition(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(LIMIT_SECONDS).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("timed out waiting until " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
    }
  }
}
