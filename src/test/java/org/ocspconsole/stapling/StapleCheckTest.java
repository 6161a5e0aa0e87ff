package org.ocspconsole.stapling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocspconsole.api.Calls.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus.CertState;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.EndpointConnection;
import org.ocspconsole.demo.RefusingPort;
import org.ocspconsole.demo.StapleSwitches;

/** Every verdict, produced against the demo cluster's real endpoints and responder. */
class StapleCheckTest {
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

  private CheckResult check() throws Exception {
    return check(new StapleCheck(), List.of());
  }

  private CheckResult check(StapleCheck check, List<Target> typed) throws Exception {
    return check
        .start(client, typed, new StapleCheck.Listener() {})
        .result()
        .get(60, TimeUnit.SECONDS);
  }

  private static List<Verdict> verdicts(CheckResult result) {
    return result.endpoints().stream().map(EndpointReport::verdict).toList();
  }

  @Test
  void aHealthyClusterIsStapledGoodAndFreshEverywhere() throws Exception {
    CheckResult result = check();

    assertThat(verdicts(result))
        .containsExactly(
            Verdict.STAPLED_GOOD_FRESH, Verdict.STAPLED_GOOD_FRESH, Verdict.STAPLED_GOOD_FRESH);
    EndpointReport first = result.endpoints().get(0);
    assertThat(first.target().label()).startsWith("orders (redis-");
    assertThat(first.proxyMatch()).isTrue();
    assertThat(first.detail())
        .anyMatch(line -> line.contains("It is the cluster's proxy certificate"));
    assertThat(first.detail())
        .anyMatch(line -> line.contains("signed by the certificate's issuer"));
    assertThat(first.detail()).anyMatch(line -> line.contains("did not resolve here"));
    assertThat(result.responder().ok()).isTrue();
    assertThat(result.responder().summary()).startsWith("GOOD in ").contains("nonce echoed");
    assertThat(result.differences()).isEmpty();
    assertThat(result.views().get(2)).contains("a GOOD staple produced 17 min ago on 3 of 3");
    assertThat(result.budget()).anyMatch(line -> line.contains("up to about 1 h"));
    assertThat(result.budget()).anyMatch(line -> line.contains("valid for 1 d"));
    assertThat(cluster.stapling().fieldsAsked()).containsExactly("uid,name,tls_mode,endpoints");
  }

  @Test
  void noStapleWhileOcspIsOffSaysWhy() throws Exception {
    cluster.setConfig(OcspField.OCSP_FUNCTIONALITY, false);
    CheckResult result = check();

    assertThat(verdicts(result)).containsOnly(Verdict.NO_STAPLE);
    assertThat(result.endpoints().get(0).detail())
        .anyMatch(line -> line.contains("OCSP stapling is off in the cluster's settings"));
    assertThat(result.differences()).anyMatch(line -> line.startsWith("OCSP stapling is off"));
  }

  @Test
  void noStapleWhileOcspIsOnIsPointedOut() throws Exception {
    cluster.switches().stapling().noStaple(true);
    CheckResult result = check();

    assertThat(verdicts(result)).containsOnly(Verdict.NO_STAPLE);
    assertThat(result.differences())
        .anyMatch(line -> line.startsWith("No endpoint staples although OCSP stapling is on"));
  }

  @Test
  void revokedAndUnknown() throws Exception {
    cluster.switches().certState(CertState.REVOKED);
    CheckResult revoked = check();
    assertThat(verdicts(revoked)).containsOnly(Verdict.REVOKED);
    assertThat(revoked.endpoints().get(0).detail()).anyMatch(l -> l.contains("key compromise"));
    assertThat(revoked.responder().summary()).startsWith("REVOKED");

    cluster.switches().certState(CertState.UNKNOWN);
    assertThat(verdicts(check())).containsOnly(Verdict.UNKNOWN_STATUS);
  }

  @Test
  void anExpiredStapleWhileTheResponderHasANewerOne() throws Exception {
    cluster.switches().staleNextUpdate(true);
    CheckResult result = check();

    assertThat(verdicts(result)).containsOnly(Verdict.STAPLE_EXPIRED);
    assertThat(result.responder().ok()).isTrue();
    assertThat(result.differences())
        .anyMatch(
            l ->
                l.startsWith("The cluster still serves a staple produced 17 min ago;")
                    || l.startsWith("The cluster still serves a staple produced"));
  }

  @Test
  void noNextUpdateIsAWarningForStrictClients() throws Exception {
    cluster.switches().omitNextUpdate(true);
    CheckResult result = check();

    assertThat(verdicts(result)).containsOnly(Verdict.STAPLED_GOOD_NO_NEXT_UPDATE);
    assertThat(result.budget())
        .anyMatch(l -> l.startsWith("Warning: the answers carry no nextUpdate"));
  }

  @Test
  void signatures() throws Exception {
    cluster.switches().stapling().signer(StapleSwitches.Signer.WRONG_KEY);
    CheckResult wrong = check();
    assertThat(verdicts(wrong)).containsOnly(Verdict.BAD_SIGNATURE);
    assertThat(wrong.endpoints().get(0).detail())
        .anyMatch(l -> l.contains("does not verify with the issuer's key"));
    assertThat(wrong.responder().ok()).isFalse();
    assertThat(wrong.responder().summary()).contains("signature NOT trusted");

    cluster.switches().stapling().signer(StapleSwitches.Signer.DELEGATED_WITHOUT_OCSP_SIGNING);
    CheckResult noEku = check();
    assertThat(verdicts(noEku)).containsOnly(Verdict.BAD_SIGNATURE);
    assertThat(noEku.endpoints().get(0).detail()).anyMatch(l -> l.contains("id-kp-OCSPSigning"));

    cluster.switches().stapling().signer(StapleSwitches.Signer.DELEGATED);
    CheckResult delegated = check();
    assertThat(verdicts(delegated)).containsOnly(Verdict.STAPLED_GOOD_FRESH);
    assertThat(delegated.responder().summary()).contains("signed by a delegated responder");
  }

  @Test
  void anEndpointServingAnotherCertificateIsNamedWithSerialAndFingerprint() throws Exception {
    cluster.switches().stapling().otherCertificate(true);
    CheckResult result = check();

    assertThat(verdicts(result))
        .containsExactly(
            Verdict.STAPLED_GOOD_FRESH, Verdict.STAPLED_GOOD_FRESH, Verdict.OTHER_CERTIFICATE);
    EndpointReport other = result.endpoints().get(2);
    assertThat(other.proxyMatch()).isFalse();
    assertThat(other.servedFingerprint())
        .isNotEqualTo(result.endpoints().get(0).servedFingerprint());
    assertThat(other.detail())
        .anyMatch(l -> l.startsWith("It is not the cluster's proxy certificate (serial "));
    assertThat(result.differences())
        .contains(
            "1 of 3 endpoints serve another certificate than the proxy certificate: the"
                + " cluster's OCSP settings and cached status cover the proxy certificate only.");
  }

  @Test
  void aDatabaseWithoutTlsIsNeverConnectedTo() throws Exception {
    cluster.switches().stapling().plainDatabase(true);
    CheckResult result = check();

    assertThat(verdicts(result)).endsWith(Verdict.NOT_TLS);
    assertThat(cluster.stapling().connections()).noneMatch(c -> !c.tls());
  }

  @Test
  void aResponderThatIsDownLeavesTheStaplesJudgedOnTheirOwn() throws Exception {
    cluster.switches().stapling().responderDown(true);
    CheckResult result = check();

    assertThat(verdicts(result)).containsOnly(Verdict.STAPLED_GOOD_FRESH);
    assertThat(result.responder().ok()).isFalse();
    assertThat(result.responder().summary()).contains("refused the connection");
    assertThat(result.differences())
        .anyMatch(l -> l.startsWith("The responder cannot be asked from this workstation"));
  }

  @Test
  void aSlowResponderTimesOutWithoutHoldingTheEndpoints() throws Exception {
    cluster.switches().stapling().responderDelay(Duration.ofSeconds(3));
    StapleCheck check =
        new StapleCheck(8, Duration.ofSeconds(5), Duration.ofMillis(700), Clock.systemUTC());
    CheckResult result = check(check, List.of());

    assertThat(result.responder().summary()).contains("did not answer within");
    assertThat(result.responder().latency()).isLessThan(Duration.ofSeconds(3));
    assertThat(verdicts(result)).containsOnly(Verdict.STAPLED_GOOD_FRESH);
  }

  @Test
  void unreachableAddressesSayWhy() throws Exception {
    CheckResult result;
    try (RefusingPort closed = RefusingPort.open()) {
      result =
          check(
              new StapleCheck(),
              List.of(
                  Target.typed("127.0.0.1", closed.port()),
                  Target.typed("no-such-host.invalid", 6379)));
    }

    EndpointReport refused = result.endpoints().get(3);
    assertThat(refused.verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(refused.detail()).anyMatch(l -> l.contains("refused the connection"));
    EndpointReport unresolved = result.endpoints().get(4);
    assertThat(unresolved.verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(unresolved.detail())
        .anyMatch(l -> l.contains("does not resolve from this workstation"));
  }

  @Test
  void noCredentialAndNoCommandReachTheEndpoints() throws Exception {
    check();

    List<EndpointConnection> connections = cluster.stapling().connections();
    assertThat(connections).hasSize(3);
    for (EndpointConnection connection : connections) {
      assertThat(connection.awaitFinishedForTests(Duration.ofSeconds(10))).isTrue();
      assertThat(connection.handshakeCompleted()).as(connection.toString()).isTrue();
      assertThat(connection.bytesAfterHandshake()).as(connection.firstBytesHex()).isZero();
    }
    // Nothing but reads went to the API either.
    assertThat(cluster.requests()).allMatch(r -> r.method().equals("GET"));
  }
}
