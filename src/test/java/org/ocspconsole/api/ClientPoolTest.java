package org.ocspconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.DemoUser;
import org.ocspconsole.platform.LimitedExecutor;

/** Profiles on one cluster share a TLS context; each keeps its own credentials and trust. */
class ClientPoolTest {
  private static DemoCluster cluster;

  @BeforeAll
  static void start() throws Exception {
    cluster = DemoCluster.start();
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  private static ClusterConnection as(DemoUser user, TrustSettings trust) {
    return as(cluster, user, trust);
  }

  private static ClusterConnection as(DemoCluster on, DemoUser user, TrustSettings trust) {
    return ClusterConnection.of(
        on.baseUri(), new Credentials.Basic(user.name(), user.password().toCharArray()), trust);
  }

  @Test
  void oneContextPerAddressAndTrustWhileEachClientSignsInAsItsOwnUser() throws Exception {
    ClientPool pool = new ClientPool();
    TrustSettings pin = TrustSettings.pinned(cluster.fingerprint());
    ClusterClient admin = pool.create(as(cluster.admin(), pin));
    ClusterClient viewer = pool.create(as(cluster.viewer(), pin));
    assertThat(pool.contexts()).isEqualTo(1);

    // Each request carries its own client's password over the shared connections: the viewer
    // (no OCSP permission) is refused, the admin is answered, in any order.
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> viewer.getOcspConfig().get(30, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(
              ApiException.class, e -> assertThat(e.error().status()).isEqualTo(403));
      assertThat(admin.getOcspConfig().get(30, TimeUnit.SECONDS)).isNotNull();
    }
    viewer.close(); // ends the viewer's client only
    assertThat(admin.getOcspConfig().get(30, TimeUnit.SECONDS)).isNotNull();
  }

  @Test
  void anotherTrustGetsItsOwnContextAndAWrongPinStaysRefused() throws Exception {
    ClientPool pool = new ClientPool();
    ClusterClient pinned =
        pool.create(as(cluster.admin(), TrustSettings.pinned(cluster.fingerprint())));
    ClusterClient wrong = pool.create(as(cluster.admin(), TrustSettings.pinned("00".repeat(32))));
    assertThat(pool.contexts()).isEqualTo(2);
    assertThat(pinned.getOcspConfig().get(30, TimeUnit.SECONDS)).isNotNull();
    // Sharing never lends one profile's trust to another: the wrong pin still fails.
    assertThatThrownBy(() -> wrong.getOcspConfig().get(30, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(ApiException.class);
  }

  /**
   * The fleet bounds the handshakes of all its clusters: every client of a pool given an executor
   * does its TLS work there, and requests side by side still all complete with a single lane.
   */
  @Test
  void thePoolsClientsDoTheirTlsWorkOnTheExecutorItWasGiven() throws Exception {
    ExecutorService threads = Executors.newCachedThreadPool();
    try {
      AtomicInteger ran = new AtomicInteger();
      LimitedExecutor oneLane =
          new LimitedExecutor(
              task -> {
                ran.incrementAndGet();
                threads.execute(task);
              },
              1);
      ClientPool pool = new ClientPool(oneLane::ranked);
      ClusterClient pinned =
          pool.create(as(cluster.admin(), TrustSettings.pinned(cluster.fingerprint())));
      ClusterClient viewer =
          pool.create(as(cluster.viewer(), TrustSettings.pinned(cluster.fingerprint())));
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        calls.add(pinned.getOcspConfig());
        calls.add(pinned.getOcspStatus());
        calls.add(viewer.getClusterCertificates().exceptionally(failure -> null));
      }
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
      assertThat(ran.get()).as("tasks the clients handed to the pool's executor").isPositive();

      // A pool without one leaves each client its own JDK pool: nothing more comes here.
      int before = ran.get();
      ClusterClient own =
          new ClientPool().create(as(cluster.admin(), TrustSettings.pinned(cluster.fingerprint())));
      assertThat(own.getOcspConfig().get(30, TimeUnit.SECONDS)).isNotNull();
      assertThat(ran.get()).isEqualTo(before);
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * On the fleet's shared lanes, the clusters asked first are served first: each TLS context does
   * its work on the executor of its rank, counted in the order the contexts are built. Profiles on
   * one cluster share their context's rank.
   */
  @Test
  void eachContextWorksOnTheExecutorOfItsRankCountedInTheOrderBuilt() throws Exception {
    DemoCluster second = DemoCluster.start();
    ExecutorService threads = Executors.newCachedThreadPool();
    try {
      List<Long> asked = new CopyOnWriteArrayList<>();
      Set<Long> used = ConcurrentHashMap.newKeySet();
      ClientPool pool =
          new ClientPool(
              rank -> {
                asked.add(rank);
                return task -> {
                  used.add(rank);
                  threads.execute(task);
                };
              });
      TrustSettings pin = TrustSettings.pinned(cluster.fingerprint());
      ClusterClient admin = pool.create(as(cluster.admin(), pin));
      ClusterClient viewer = pool.create(as(cluster.viewer(), pin));
      ClusterClient other =
          pool.create(as(second, second.admin(), TrustSettings.pinned(second.fingerprint())));
      assertThat(asked).containsExactly(0L, 1L);

      assertThat(admin.getOcspConfig().get(30, TimeUnit.SECONDS)).isNotNull();
      viewer.getClusterCertificates().exceptionally(failure -> null).get(30, TimeUnit.SECONDS);
      assertThat(used).containsExactly(0L);
      assertThat(other.getOcspConfig().get(30, TimeUnit.SECONDS)).isNotNull();
      assertThat(used).containsExactlyInAnyOrder(0L, 1L);
    } finally {
      threads.shutdownNow();
      second.close();
    }
  }
}
