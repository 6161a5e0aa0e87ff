package org.ocspconsole.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocspconsole.api.Calls.failure;
import static org.ocspconsole.api.Calls.value;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.testing.DemoSessions;
import org.ocspconsole.testing.Reachable;

/**
 * The password lives in one char array, the credential's; the Authorization header is made for each
 * request and kept by nothing of ours; a replaced or disconnected credential is zeroed and its
 * client sends nothing more.
 */
class SecretsInMemoryTest {
  private DemoCluster cluster;
  private Session session;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.builder().adminPassword("first-Pa55word").start();
    session = DemoSessions.admin(cluster);
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  void thePasswordIsInOneCharArrayAndTheHeaderInNoFieldOfOurs() throws Exception {
    value(session.client().getOcspConfig());
    value(session.client().getOcspStatus());

    String header = basic(cluster.admin().name(), "first-Pa55word");
    List<String> strings = Reachable.strings(session);
    assertThat(strings)
        .noneMatch(s -> s.contains(header.substring(6)))
        .noneMatch(s -> s.contains("first-Pa55word"));
    assertThat(Reachable.charArrays(session))
        .filteredOn(chars -> new String(chars).contains("first-Pa55word"))
        .hasSize(1);
  }

  @Test
  void aReplacedPasswordIsZeroedAndTheNewOneIsUsed() throws Exception {
    Credentials old = session.connection().credentials();
    cluster.changeAdminPassword("second-Pa55word");

    session.useCredentials(new Credentials.Basic(cluster.admin().name(), chars("second-Pa55word")));

    assertZeroed(old);
    assertThat(value(session.client().getOcspConfig())).isEqualTo(cluster.config());
    assertThat(Reachable.texts(session)).noneMatch(text -> text.contains("first-Pa55word"));
  }

  @Test
  void disconnectingZeroesThePasswordAndSendsNothingMore() throws Exception {
    Credentials credentials = session.connection().credentials();
    value(session.client().getOcspConfig());
    cluster.clearRequests();

    session.close();

    assertZeroed(credentials);
    ApiError refused = failure(session.client().getOcspConfig());
    assertThat(refused.kind()).isEqualTo(ApiError.Kind.CANCELLED);
    assertThat(refused.message()).contains("was not sent");
    assertThat(cluster.requests()).isEmpty();
  }

  private static void assertZeroed(Credentials credentials) {
    char[] password = ((Credentials.Basic) credentials).password();
    assertThat(password).isNotEmpty();
    assertThat(new String(password)).matches("\u0000+");
  }

  private static char[] chars(String text) {
    return text.toCharArray();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
