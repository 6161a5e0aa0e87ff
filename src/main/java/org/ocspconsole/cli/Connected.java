package org.ocspconsole.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.TrustSettings;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.profiles.Profile;

/**
 * A client for one cluster, with the name to show for it. Closing wipes the password and stops the
 * built-in demo cluster, if that is what was opened.
 */
final class Connected implements AutoCloseable {
  private final String name;
  private final ClusterClient client;
  private final AutoCloseable demo;

  private Connected(String name, ClusterClient client, AutoCloseable demo) {
    this.name = name;
    this.client = client;
    this.demo = demo;
    if (Boolean.getBoolean("ocspconsole.trace")) {
      traceFirstRequest(client);
    }
  }

  /**
   * For the benchmark ({@code -Docspconsole.trace=true}, {@code -Docspconsole.t0=<epoch ms>}): when
   * the first request left, measured from the shell's clock before the JVM started.
   */
  private static void traceFirstRequest(ClusterClient client) {
    java.util.concurrent.atomic.AtomicBoolean told =
        new java.util.concurrent.atomic.AtomicBoolean();
    client.addExchangeListener(
        exchange -> {
          if (told.compareAndSet(false, true)) {
            long sent = exchange.started().toEpochMilli();
            long t0 = Long.getLong("ocspconsole.t0", 0L);
            long uptime =
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
                    - (System.currentTimeMillis() - sent);
            System.err.println(
                "ocspconsole: first request "
                    + (t0 > 0 ? (sent - t0) + " ms since t0, " : "")
                    + uptime
                    + " ms JVM uptime");
          }
        });
  }

  static Connected to(Profile profile, Credentials credentials, Duration timeout)
      throws ApiException {
    return new Connected(profile.name(), client(profile, credentials, timeout), null);
  }

  /** A client for the profile, each request allowed {@code timeout}; the caller closes it. */
  static ClusterClient client(Profile profile, Credentials credentials, Duration timeout)
      throws ApiException {
    ClusterConnection connection =
        ClusterConnection.of(profile.baseUri(), credentials, profile.trustSettings())
            .withTimeouts(
                min(ClusterConnection.CONNECT_TIMEOUT, timeout),
                timeout,
                max(ClusterConnection.TEST_TIMEOUT, timeout));
    return ClusterClient.create(connection);
  }

  static Connected demo(Duration timeout) throws CliFailure {
    DemoCluster cluster;
    try {
      cluster = DemoCluster.start();
    } catch (IOException e) {
      throw new CliFailure(
          Exit.NO_ANSWER, "The built-in demo cluster could not start: " + e.getMessage());
    }
    try {
      ClusterConnection connection =
          ClusterConnection.of(
                  cluster.baseUri(),
                  new Credentials.Basic(
                      cluster.admin().name(), cluster.admin().password().toCharArray()),
                  TrustSettings.pinned(cluster.fingerprint()))
              .withTimeouts(ClusterConnection.CONNECT_TIMEOUT, timeout, timeout);
      return new Connected("built-in demo cluster", ClusterClient.create(connection), cluster);
    } catch (ApiException e) {
      cluster.close();
      throw new CliFailure(Exit.NO_ANSWER, e.getMessage());
    }
  }

  String name() {
    return name;
  }

  ClusterClient client() {
    return client;
  }

  /** Waits for a call; its failure becomes words and an exit code. */
  <T> T await(CompletableFuture<T> call) throws CliFailure {
    boolean certificate =
        client.connection().credentials() instanceof Credentials.ClientCertificate;
    return await(call, client.connection().testTimeout().plusSeconds(5), certificate);
  }

  static <T> T await(CompletableFuture<T> call, Duration limit) throws CliFailure {
    return await(call, limit, false);
  }

  private static <T> T await(CompletableFuture<T> call, Duration limit, boolean certificate)
      throws CliFailure {
    try {
      return call.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw Failures.of(ApiException.errorOf(e.getCause()), certificate);
    } catch (TimeoutException e) {
      call.cancel(true);
      throw Failures.of(ApiError.transport(ApiError.Kind.TIMEOUT, "No answer in time."));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      call.cancel(true);
      throw new CliFailure(Exit.NO_ANSWER, "Interrupted.");
    }
  }

  @Override
  public void close() {
    client.close();
    if (demo != null) {
      try {
        demo.close();
      } catch (Exception e) {
        // the process ends anyway
      }
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
