package org.ocspconsole.stapling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A resolver that is slow on some names (one that lost a query answers after its retry): the names
 * are looked up as the check starts, not one handshake place at a time, and a lookup still running
 * is not waited for again by the next check. The resolver is the test's, so no query leaves.
 */
class SlowNamesTest {
  private final List<String> asked = new CopyOnWriteArrayList<>();
  private ServerSocket server;

  @BeforeEach
  void listen() throws IOException {
    // Accepts and closes: the handshake fails, but the address the probe connected to is known.
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread thread =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try (Socket client = server.accept()) {
                  client.getOutputStream().flush();
                } catch (IOException e) {
                  return;
                }
              }
            },
            "closing-server");
    thread.setDaemon(true);
    thread.start();
  }

  @AfterEach
  void close() throws IOException {
    server.close();
  }

  private Target named(String host) {
    return new Target(host, null, host, List.of("127.0.0.1"), server.getLocalPort(), true);
  }

  private static CheckResult run(StapleCheck check, List<Target> targets) throws Exception {
    return check
        .start(null, targets, new StapleCheck.Listener() {})
        .result()
        .get(60, TimeUnit.SECONDS);
  }

  @Test
  void everyNameIsLookedUpAsTheCheckStartsNotOneHandshakePlaceAtATime() throws Exception {
    CompletableFuture<InetAddress[]> first = new CompletableFuture<>();
    NameLookups names =
        new NameLookups(
            host -> {
              asked.add(host);
              // The first name answers only once the last is asked: with one handshake place, a
              // check that looked names up in its probes would ask the last after giving up on it.
              if (host.equals("c.test")) {
                first.complete(loopback());
              }
              return host.equals("a.test") ? first : CompletableFuture.completedFuture(loopback());
            },
            Duration.ofSeconds(5));
    StapleCheck check =
        new StapleCheck(1, Duration.ofSeconds(10), Duration.ofSeconds(5), Clock.systemUTC(), names);

    CheckResult result = run(check, List.of(named("a.test"), named("b.test"), named("c.test")));

    assertThat(asked).containsExactly("a.test", "b.test", "c.test");
    assertThat(result.endpoints())
        .allSatisfy(
            report -> {
              assertThat(report.handshake().viaDnsName()).as(report.detail().toString()).isTrue();
              assertThat(report.detail()).noneMatch(line -> line.contains("did not resolve"));
            });
  }

  @Test
  void aNameStillBeingLookedUpIsNotWaitedForAgainByTheNextCheck() throws Exception {
    NameLookups names =
        new NameLookups(
            host -> {
              asked.add(host);
              return new CompletableFuture<>(); // a lost query: no answer while the test runs
            },
            Duration.ofMillis(200));
    StapleCheck check =
        new StapleCheck(8, Duration.ofSeconds(5), Duration.ofSeconds(5), Clock.systemUTC(), names);

    CheckResult first = run(check, List.of(named("slow.test"), named("slow.test")));
    CheckResult second = run(check, List.of(named("slow.test")));

    // One lookup for the two endpoints of the first check and the one of the second.
    assertThat(asked).containsExactly("slow.test");
    for (CheckResult result : List.of(first, second)) {
      assertThat(result.endpoints())
          .allSatisfy(
              report -> {
                assertThat(report.handshake().connectedTo()).endsWith(":" + server.getLocalPort());
                assertThat(report.detail())
                    .anyMatch(line -> line.contains("slow.test did not resolve here"));
              });
    }
  }

  private static InetAddress[] loopback() {
    return new InetAddress[] {InetAddress.getLoopbackAddress()};
  }
}
