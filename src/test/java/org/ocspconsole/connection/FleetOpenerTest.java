package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.fleet.Member;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.testing.MemoryCredentialStore;

class FleetOpenerTest {
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void aHundredProfilesAreOpenedAFewAtATimeNotAThreadEach() throws Exception {
    MemoryCredentialStore store = new MemoryCredentialStore();
    List<Profile> saved = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Profile profile =
          new Profile(
              "p" + i,
              "cluster " + i,
              "https://cluster-" + (i % 10) + ".example:9443",
              "admin@example.com",
              Profile.Auth.BASIC,
              null,
              Profile.Trust.PINNED,
              null,
              "ab".repeat(32));
      saved.add(profile);
      store.secrets.put(profile.credentialKey(), "secret " + i);
    }
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    FleetOpener opener =
        new FleetOpener(
            saved,
            new FakePrompts(),
            () -> CompletableFuture.completedFuture(Optional.of(store)),
            FxThread.DIRECT,
            task ->
                pool.execute(
                    () -> {
                      most.accumulateAndGet(running.incrementAndGet(), Math::max);
                      try {
                        task.run();
                      } finally {
                        running.decrementAndGet();
                      }
                    }));
    List<CompletableFuture<ClusterClient>> clients = new ArrayList<>();
    for (Member member : opener.members()) {
      clients.add(opener.open(member));
    }
    CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

    // Every client built with its remembered password, by at most as many tasks at once as the
    // machine has cores (two at least), where each profile used to take a thread of its own.
    assertThat(store.reads).hasSize(100);
    assertThat(most.get())
        .isLessThanOrEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
    opener.close();
  }
}
