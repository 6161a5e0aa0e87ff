package org.ocspconsole.stapling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.IssuedCertificate;

/**
 * The check's bounds against servers that misbehave on purpose: a silent one, one that is not TLS,
 * one that demands a client certificate; at most 8 connections at a time; cancel.
 */
class ProbeBoundsTest {
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable resource : open) {
      resource.close();
    }
  }

  /** Accepts and holds each connection without a word until the client leaves. */
  private final class Silent implements AutoCloseable {
    final ServerSocket server;
    final AtomicInteger current = new AtomicInteger();
    final AtomicInteger accepted = new AtomicInteger();

    Silent() throws IOException {
      server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
      Thread thread = new Thread(this::accept, "silent-server");
      thread.setDaemon(true);
      thread.start();
      open.add(this);
    }

    private void accept() {
      while (!server.isClosed()) {
        try {
          Socket client = server.accept();
          accepted.incrementAndGet();
          current.incrementAndGet();
          Thread holder =
              new Thread(
                  () -> {
                    try (client) {
                      client.getInputStream().readAllBytes(); // until the client closes
                    } catch (IOException e) {
                      // the client went away
                    } finally {
                      current.decrementAndGet();
                    }
                  });
          holder.setDaemon(true);
          holder.start();
        } catch (IOException e) {
          return;
        }
      }
    }

    Target target() {
      return Target.typed("127.0.0.1", server.getLocalPort());
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }

  private static CheckResult run(StapleCheck check, List<Target> targets, StapleCheck.Listener l)
      throws Exception {
    return check.start(null, targets, l).result().get(60, TimeUnit.SECONDS);
  }

  @Test
  void atMostEightConnectionsAreOpenAtOnce() throws Exception {
    Silent silent = new Silent();
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      targets.add(silent.target());
    }
    // Each probe waits out its 1 s: eight at a time makes two rounds, all at once would be one
    // and one at a time sixteen.
    StapleCheck check =
        new StapleCheck(8, Duration.ofSeconds(1), Duration.ofSeconds(1), Clock.systemUTC());
    CheckResult result = run(check, targets, new StapleCheck.Listener() {});

    assertThat(silent.accepted.get()).isEqualTo(16);
    assertThat(result.took()).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(6));
    assertThat(result.endpoints()).allMatch(r -> r.verdict() == Verdict.TIMED_OUT);
    assertThat(result.endpoints().get(0).detail())
        .anyMatch(l -> l.contains("No TLS answer within the time allowed"));
  }

  @Test
  void aSilentEndpointNeverHoldsTheOthers() throws Exception {
    Silent silent = new Silent();
    ServerSocket garbage = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    open.add(garbage);
    Thread answering =
        new Thread(
            () -> {
              while (!garbage.isClosed()) {
                try (Socket client = garbage.accept()) {
                  client
                      .getOutputStream()
                      .write("-ERR not TLS\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                  return;
                }
              }
            });
    answering.setDaemon(true);
    answering.start();
    List<String> order = new CopyOnWriteArrayList<>();
    List<Target> targets =
        List.of(silent.target(), Target.typed("127.0.0.1", garbage.getLocalPort()));
    StapleCheck check =
        new StapleCheck(8, Duration.ofSeconds(2), Duration.ofSeconds(1), Clock.systemUTC());
    long start = System.nanoTime();
    CheckResult result =
        run(
            check,
            targets,
            new StapleCheck.Listener() {
              @Override
              public void endpoint(int index, EndpointReport report) {
                order.add(report.verdict().name());
              }
            });

    assertThat(order).containsExactly("HANDSHAKE_FAILED", "TIMED_OUT");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(result.endpoints().get(1).detail())
        .anyMatch(l -> l.contains("is it a TLS endpoint?"));
  }

  @Test
  void cancelClosesEveryConnectionAndEndsTheCheck() throws Exception {
    Silent silent = new Silent();
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      targets.add(silent.target());
    }
    StapleCheck check =
        new StapleCheck(8, Duration.ofSeconds(60), Duration.ofSeconds(1), Clock.systemUTC());
    StapleCheck.Run run = check.start(null, targets, new StapleCheck.Listener() {});
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (silent.current.get() < 8 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(silent.current.get()).isEqualTo(8);

    run.cancel();
    CheckResult result = run.result().get(5, TimeUnit.SECONDS);

    assertThat(result.endpoints()).allMatch(r -> r.verdict() == Verdict.CANCELLED);
    assertThat(silent.accepted.get()).isEqualTo(8); // the four waiting never connected
  }

  @Test
  void anEndpointDemandingAClientCertificateStillShowsWhatItServes() throws Exception {
    IssuedCertificate ca =
        CertificateBuilder.create().subject("CN=mTLS CA").certificateAuthority().build();
    IssuedCertificate server =
        CertificateBuilder.create()
            .subject("CN=db.test")
            .issuedBy(ca)
            .ipAddresses("127.0.0.1")
            .build();
    SSLContext tls = SSLContext.getInstance("TLS");
    var store = server.keyStore("k", "p".toCharArray());
    var keys = javax.net.ssl.KeyManagerFactory.getInstance("PKIX");
    keys.init(store, "p".toCharArray());
    tls.init(keys.getKeyManagers(), null, null);
    SSLServerSocket listening =
        (SSLServerSocket)
            tls.getServerSocketFactory()
                .createServerSocket(0, 10, InetAddress.getLoopbackAddress());
    listening.setNeedClientAuth(true);
    listening.setEnabledProtocols(new String[] {"TLSv1.2"});
    open.add(listening);
    CountDownLatch served = new CountDownLatch(1);
    Thread accepting =
        new Thread(
            () -> {
              try (Socket client = listening.accept()) {
                ((javax.net.ssl.SSLSocket) client).startHandshake();
              } catch (IOException e) {
                // no client certificate: the server refuses, as intended
              } finally {
                served.countDown();
              }
            });
    accepting.setDaemon(true);
    accepting.start();

    CheckResult result =
        run(
            new StapleCheck(),
            List.of(Target.typed("127.0.0.1", listening.getLocalPort())),
            new StapleCheck.Listener() {});

    EndpointReport report = result.endpoints().get(0);
    assertThat(report.handshake().outcome()).isEqualTo(Handshake.Outcome.CERTIFICATE_SEEN);
    assertThat(report.handshake().chain().get(0)).isEqualTo(server.certificate());
    assertThat(report.verdict()).isEqualTo(Verdict.NO_STAPLE);
    assertThat(report.detail()).anyMatch(l -> l.contains("demand a client certificate"));
    assertThat(served.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void typedAddressesAreParsedOrRefusedInWords() {
    assertThat(Targets.parse(" db.example.com:12000 "))
        .isEqualTo(Target.typed("db.example.com", 12000));
    assertThat(Targets.parse("[2001:db8::1]:6380").host()).isEqualTo("2001:db8::1");
    for (String bad :
        List.of(
            "", "db.example.com", "db:0", "db:70000", "db:abc", "2001:db8::1:6380", "user@db:1")) {
      try {
        Targets.parse(bad);
        org.junit.jupiter.api.Assertions.fail("accepted " + bad);
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }
}
