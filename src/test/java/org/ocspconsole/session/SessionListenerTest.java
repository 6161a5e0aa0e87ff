package org.ocspconsole.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.testing.DemoSessions;
import org.ocspconsole.testing.Reachable;

/** A replaced client stops feeding the session: its listener is really removed. */
class SessionListenerTest {
  @Test
  void replacingCredentialsUnhooksTheSessionFromTheOldClient() throws Exception {
    try (DemoCluster cluster = DemoCluster.builder().adminPassword("first-Pa55word").start()) {
      Session session = DemoSessions.admin(cluster);
      ClusterClient replaced = session.client();
      assertThat(Reachable.objects(replaced)).anyMatch(o -> o == session);

      session.useCredentials(
          new Credentials.Basic(cluster.admin().name(), "first-Pa55word".toCharArray()));

      assertThat(Reachable.objects(replaced)).noneMatch(o -> o == session);
      assertThat(Reachable.objects(session.client())).anyMatch(o -> o == session);
    }
  }
}
