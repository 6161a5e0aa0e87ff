package org.ocspconsole.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.Exchange;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.session.Session;
import org.ocspconsole.testing.DemoSessions;

/** The activity log: rows in the order requests were sent, and curl commands that check alike. */
class ActivityLogTest {
  private DemoCluster cluster;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private static Exchange exchange(String path, Instant started) {
    return new Exchange(
        started,
        "GET",
        URI.create("https://cluster:9443" + path),
        200,
        Duration.ofMillis(5),
        null,
        null);
  }

  @Test
  void rowsStandInTheOrderTheRequestsWereSentNotFinished() throws Exception {
    Instant t = Instant.parse("2026-12-03T10:00:00Z");
    Session session = DemoSessions.admin(cluster);
    Session seeded =
        new Session(
            "seeded",
            true,
            session.client(),
            List.of(
                exchange("/b", t.plusMillis(20)),
                exchange("/a", t),
                exchange("/c", t.plusMillis(30))));
    ActivityLog log = new ActivityLog(seeded, FxThread.DIRECT);
    assertThat(log.rows()).extracting(e -> e.uri().getPath()).containsExactly("/a", "/b", "/c");
  }

  @Test
  void aSlowQuerySentFirstStandsBeforeAQuickReadSentAfterIt() throws Exception {
    cluster.switches().testDuration(Duration.ofMillis(800));
    Session session = DemoSessions.admin(cluster);
    ActivityLog log = new ActivityLog(session, FxThread.DIRECT);
    var query = session.client().testOcspStatus();
    var read = session.client().getOcspConfig();
    read.get(20, TimeUnit.SECONDS);
    query.get(20, TimeUnit.SECONDS);
    assertThat(log.rows())
        .extracting(e -> e.uri().getPath())
        .containsExactly("/v1/ocsp/test", "/v1/ocsp");
  }

  @Test
  void aPinnedSessionsCurlPinsTheSameKeyAndChecksNoHostNameLikeTheConsole() throws Exception {
    Session session = DemoSessions.admin(cluster);
    ActivityLog log = new ActivityLog(session, FxThread.DIRECT);
    session.client().getOcspConfig().get(20, TimeUnit.SECONDS);
    String curl = log.curl(log.rows().get(0));
    assertThat(curl)
        .contains(" -k --pinnedpubkey '" + CurlCommand.keyPin(cluster.certificate()) + "'")
        .doesNotContain("--cacert")
        .contains("-u 'admin@demo.local'")
        .doesNotContain(cluster.admin().password());
    assertThat(CurlCommand.keyPin(cluster.certificate())).matches("sha256//[A-Za-z0-9+/]{43}=");
    assertThat(log.curlNote()).contains("--pinnedpubkey").contains("same key").contains("dates");
  }

  @Test
  void afterANewPasswordTheCurlStillPinsTheRealKeyAndNamesTheUserOnly() throws Exception {
    Session session = DemoSessions.admin(cluster);
    ActivityLog log = new ActivityLog(session, FxThread.DIRECT);
    session.client().getOcspConfig().get(20, TimeUnit.SECONDS);
    // The re-login after a 401: a new client, which has not shaken hands yet.
    session.useCredentials(
        new org.ocspconsole.api.Credentials.Basic(
            DemoCluster.ADMIN_USER, cluster.admin().password().toCharArray()));
    String curl = log.curl(log.rows().get(0));
    assertThat(curl)
        .contains(" --pinnedpubkey '" + CurlCommand.keyPin(cluster.certificate()) + "'")
        .doesNotContain(CurlCommand.UNKNOWN_KEY)
        .contains("-u 'admin@demo.local'")
        .doesNotContain(cluster.admin().password());
  }

  @Test
  void theCopyNoteIsShortEnoughToReadInATooltip() {
    Session session = DemoSessions.admin(cluster);
    ActivityLog log = new ActivityLog(session, FxThread.DIRECT);
    assertThat(log.curlNote().length()).isLessThan(300);
  }
}
