package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.profiles.Profile;

/** Field messages as the user types, and the verdicts of "Test connection" against the demo. */
class ProfileEditorViewModelTest {
  private DemoCluster cluster;
  private ProfileEditorViewModel vm;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    vm = new ProfileEditorViewModel(null, Set.of("Taken"), FxThread.DIRECT, FxThread.DIRECT);
    vm.nameProperty().set("Demo");
    vm.urlProperty().set(cluster.baseUri().getHost() + ":" + cluster.port());
    vm.userProperty().set(cluster.admin().name());
    vm.trustProperty().set(Profile.Trust.PINNED);
    vm.pinProperty().set(cluster.fingerprint());
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  /** What the user typed in the test password field. */
  private String typed = "";

  private Verdict test() throws Exception {
    return vm.testConnection(typed.toCharArray()).get(20, TimeUnit.SECONDS);
  }

  @Test
  void aBareHostNameBecomesHttpsOnPort9443() {
    vm.urlProperty().set("cluster.example.com");
    assertThat(vm.urlMessageProperty().get()).isNull();
    assertThat(vm.urlPreviewProperty().get())
        .isEqualTo("Connects to https://cluster.example.com:9443/v1/ocsp");
    assertThat(vm.toProfile().url()).isEqualTo("https://cluster.example.com:9443");
  }

  @Test
  void theHostComesFromTheAddressItself() {
    vm.urlProperty().set("cluster.example.com:9443");
    assertThat(vm.host()).isEqualTo("cluster.example.com");
    vm.urlProperty().set("http://cluster.example.com");
    assertThat(vm.host()).as("an address that is refused names no host").isEmpty();
  }

  @Test
  void plainHttpIsRefusedBecauseThePasswordWouldTravelInClearText() {
    vm.urlProperty().set("http://cluster.example.com:8080");
    assertThat(vm.urlMessageProperty().get()).contains("http://").contains("clear text");
    assertThat(vm.urlPreviewProperty().get()).isNull();
    assertThat(vm.validProperty().get()).isFalse();
  }

  @Test
  void anAddressWithAUserAndPasswordIsRefusedWithoutRepeatingThem() {
    vm.urlProperty().set("https://admin:S3cr/et@cluster.example.com");
    assertThat(vm.urlMessageProperty().get())
        .contains("Leave \"user:password@\" out")
        .doesNotContain("S3cr")
        .doesNotContain("admin");
    assertThat(vm.urlPreviewProperty().get()).isNull();
    assertThat(vm.validProperty().get()).isFalse();
  }

  @Test
  void aUserNameWithAColonIsRefusedBecauseBasicCannotCarryIt() {
    vm.userProperty().set("ad:min@example.com");
    assertThat(vm.loginMessageProperty().get())
        .contains("cannot contain \":\"")
        .contains("Basic sends \"user:password\"");
    assertThat(vm.validProperty().get()).isFalse();
    vm.userProperty().set("admin@example.com");
    assertThat(vm.loginMessageProperty().get()).isNull();
  }

  @Test
  void eachFieldHasItsOwnMessage() {
    vm.nameProperty().set("Taken");
    assertThat(vm.nameMessageProperty().get()).contains("Another profile");
    vm.userProperty().set(" ");
    assertThat(vm.loginMessageProperty().get()).contains("user name");
    vm.authProperty().set(Profile.Auth.CLIENT_CERTIFICATE);
    assertThat(vm.loginMessageProperty().get()).contains("PKCS#12");
    vm.pinProperty().set("AB:CD");
    assertThat(vm.trustMessageProperty().get()).contains("64 hexadecimal digits");
    vm.trustProperty().set(Profile.Trust.CA_FILE);
    assertThat(vm.trustMessageProperty().get()).contains("CA certificate");
    assertThat(vm.validProperty().get()).isFalse();
  }

  @Test
  void aWorkingAdminLoginIsReady() throws Exception {
    typed = cluster.admin().password();
    Verdict verdict = test();
    assertThat(verdict.ok()).isTrue();
    assertThat(verdict.steps()).allMatch(s -> s.state() == Verdict.State.PASSED);
    assertThat(cluster.requests())
        .singleElement()
        .satisfies(r -> assertThat(r.path()).isEqualTo("/v1/ocsp"));
  }

  @Test
  void aViewerIsToldWhichPermissionIsMissing() throws Exception {
    vm.userProperty().set(cluster.viewer().name());
    typed = cluster.viewer().password();
    Verdict verdict = test();
    assertThat(verdict.ok()).isFalse();
    assertThat(verdict.headline()).contains("view_ocsp_config").contains("403");
    assertThat(verdict.steps())
        .extracting(Verdict.Step::state)
        .containsExactly(
            Verdict.State.PASSED, Verdict.State.PASSED, Verdict.State.PASSED, Verdict.State.FAILED);
    assertThat(verdict.steps().get(3).detail()).contains("missing: view_ocsp_config");
  }

  @Test
  void aWrongPasswordIsReportedAsRefusedCredentials() throws Exception {
    typed = "wrong";
    Verdict verdict = test();
    assertThat(verdict.headline()).contains("401");
    assertThat(verdict.steps().get(2).state()).isEqualTo(Verdict.State.FAILED);
    assertThat(verdict.steps().get(3).state()).isEqualTo(Verdict.State.NOT_REACHED);
  }

  @Test
  void anUntrustedCertificateStopsBeforeTheCredentials() throws Exception {
    vm.trustProperty().set(Profile.Trust.SYSTEM);
    typed = cluster.admin().password();
    Verdict verdict = test();
    assertThat(verdict.steps().get(0).state()).isEqualTo(Verdict.State.PASSED);
    assertThat(verdict.steps().get(1).state()).isEqualTo(Verdict.State.FAILED);
    assertThat(verdict.steps().get(2).detail()).contains("no credentials were sent");
    assertThat(verdict.error().certificate().sha256()).isEqualTo(cluster.fingerprint());
    assertThat(cluster.requests()).isEmpty();
  }

  @Test
  void aClosedPortIsNotReachable() throws Exception {
    int port = cluster.port();
    cluster.close();
    vm.urlProperty().set("127.0.0.1:" + port);
    Verdict verdict = test();
    assertThat(verdict.steps().get(0).state()).isEqualTo(Verdict.State.FAILED);
    assertThat(verdict.headline()).contains("refused");
  }
}
