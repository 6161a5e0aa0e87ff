package org.ocspconsole.stapling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocspconsole.api.Calls.admin;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.demo.DemoCluster;

/**
 * The verdicts of the drills beyond {@link StapleCheckTest}: a responder answering 503, a proxy
 * certificate without an OCSP URL, a typed address that speaks no TLS, one that never answers.
 */
class StapleDrillsTest {
  private DemoCluster cluster;
  private ClusterClient client;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    cluster.setConfig(OcspField.OCSP_FUNCTIONALITY, true);
    client = admin(cluster);
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private CheckResult check(StapleCheck check, List<Target> typed) throws Exception {
    return check
        .start(client, typed, new StapleCheck.Listener() {})
        .result()
        .get(60, TimeUnit.SECONDS);
  }

  @Test
  void aResponderAnswering503IsReportedWithItsStatusAndTheStaplesStillJudged() throws Exception {
    cluster.switches().stapling().responderUnavailable(true);

    CheckResult result = check(new StapleCheck(), List.of());

    assertThat(result.responder().httpStatus()).isEqualTo(503);
    assertThat(result.responder().ok()).isFalse();
    assertThat(result.responder().summary()).isEqualTo("the responder answered HTTP 503");
    assertThat(result.endpoints()).allMatch(e -> e.verdict() == Verdict.STAPLED_GOOD_FRESH);
    assertThat(result.differences())
        .anyMatch(l -> l.startsWith("The responder cannot be asked from this workstation"));
  }

  @Test
  void aCertificateWithoutAnOcspUrlIsNamedAsTheReasonForNoStaple() throws Exception {
    cluster.switches().noResponderUrl();

    CheckResult result = check(new StapleCheck(), List.of());

    assertThat(result.endpoints()).allMatch(e -> e.verdict() == Verdict.NO_STAPLE);
    assertThat(result.endpoints().get(0).detail())
        .anyMatch(l -> l.contains("names no OCSP responder"));
    assertThat(result.responder().summary()).startsWith("no responder URL");
    assertThat(result.differences())
        .anyMatch(l -> l.endsWith("the served certificate names no OCSP responder."));
  }

  @Test
  void aTypedPlainTextEndpointFailsTheHandshake() throws Exception {
    cluster.switches().stapling().plainDatabase(true);
    int plain = cluster.stapling().plainPort();

    CheckResult result = check(new StapleCheck(), List.of(Target.typed("127.0.0.1", plain)));

    EndpointReport typed = result.endpoints().get(result.endpoints().size() - 1);
    assertThat(typed.verdict()).isEqualTo(Verdict.HANDSHAKE_FAILED);
    assertThat(typed.detail()).anyMatch(l -> l.contains("is it a TLS endpoint?"));
  }

  @Test
  void anAddressThatTakesTheConnectionAndSaysNothingRunsOutOfTime() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      // A short deadline is what is under test here: the silent address must hit it.
      StapleCheck check =
          new StapleCheck(8, Duration.ofSeconds(3), Duration.ofSeconds(5), Clock.systemUTC());

      CheckResult result =
          check
              .start(null, List.of(Target.typed("127.0.0.1", silent.getLocalPort())), listener())
              .result()
              .get(60, TimeUnit.SECONDS);

      assertThat(result.endpoints()).hasSize(1);
      assertThat(result.endpoints().get(0).verdict()).isEqualTo(Verdict.TIMED_OUT);
    }
  }

  private static StapleCheck.Listener listener() {
    return new StapleCheck.Listener() {};
  }
}
