package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.app.Theme;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.profiles.ProfileStore;
import org.ocspconsole.testing.DemoProfiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The connection screen, the trust dialog and the pin-mismatch warning, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class ConnectionScreenTest {
  private DemoCluster cluster;
  private Path configDir;
  private ConnectionViewModel vm;
  private Profile staging;
  private final AtomicReference<ConnectFlow.Connected> connected = new AtomicReference<>();

  @Start
  void start(Stage stage) throws Exception {
    cluster = DemoCluster.start();
    configDir = Files.createTempDirectory("ocsp-console-test-config");
    staging = DemoProfiles.systemTrust(cluster, "Staging");
    new ProfileStore(configDir).save(List.of(staging), staging.id());
    Theme.apply(false);
    stage.setScene(new Scene(new StackPane(), 900, 600));
    stage.show();
    ConnectFlow flow =
        new ConnectFlow(
            FxThread.EXECUTOR,
            ForkJoinPool.commonPool(),
            new TrustDialogs(stage),
            () -> CompletableFuture.completedFuture(Optional.empty()));
    vm =
        new ConnectionViewModel(
            new ProfileStore(configDir),
            flow,
            () -> CompletableFuture.failedFuture(new IllegalStateException()),
            () -> CompletableFuture.completedFuture(Optional.empty()),
            FxThread.EXECUTOR,
            ForkJoinPool.commonPool());
    ConnectionWindow.show(stage, vm, connected::set);
  }

  @AfterEach
  void stop() throws Exception {
    cluster.close();
    try (var files = Files.list(configDir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(configDir);
  }

  private void signIn(FxRobot robot) throws Exception {
    robot.clickOn("#connect");
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup("#connect-password").tryQuery().isPresent());
    robot.clickOn("#connect-password").write(cluster.admin().password()).type(KeyCode.ENTER);
  }

  private String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(TextField.class).getText();
  }

  @Test
  void listsTheDemoAndTheProfilesAndTheEditorRefusesHttp(FxRobot robot) throws Exception {
    @SuppressWarnings("unchecked")
    ListView<Profile> list = robot.lookup("#profile-list").queryAs(ListView.class);
    assertThat(list.getItems())
        .extracting(Profile::name)
        .containsExactly("Built-in demo cluster", "Staging");
    assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(staging);
    robot.clickOn("#add-profile");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#profile-url").write("http://cluster.example.com");
    WaitForAsyncUtils.waitForFxEvents();
    Label message = robot.lookup("#profile-url-message").queryAs(Label.class);
    assertThat(message.isVisible()).isTrue();
    assertThat(message.getText()).contains("clear text");
    Button save =
        (Button)
            robot
                .lookup("#profile-editor")
                .queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(ProfileEditorView.SAVE);
    assertThat(save.isDisabled()).isTrue();
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void theTrustDialogShowsTheCertificateAndPinsItForTheProfile(FxRobot robot) throws Exception {
    signIn(robot);
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> robot.lookup("#trust-dialog").tryQuery().isPresent());
    assertThat(text(robot, "#cert-sha256")).isEqualTo(cluster.fingerprint());
    assertThat(text(robot, "#cert-subject")).contains("demo-cluster.ocsp-console.local");
    assertThat(robot.lookup("#host-match").queryAs(Label.class).getText()).startsWith("Yes");
    assertThat(cluster.requests()).isEmpty();
    org.ocspconsole.testing.Shown.click(robot, "Trust this certificate");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> connected.get() != null);
    assertThat(connected.get().session().name()).isEqualTo("Staging");
    vm.persisted().get(10, TimeUnit.SECONDS); // the profiles file is written on the worker
    Profile saved = new ProfileStore(configDir).load().contents().profiles().get(0);
    assertThat(saved.trust()).isEqualTo(Profile.Trust.PINNED);
    assertThat(saved.pinSha256()).isEqualTo(cluster.fingerprint());
  }

  @Test
  void enterOnTheTrustDialogRefusesSendsNothingAndSavesNothing(FxRobot robot) throws Exception {
    signIn(robot);
    org.ocspconsole.testing.Shown.waitFor(robot, "#trust-dialog");
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            robot.lookup("#trust-dialog").query().getScene().getFocusOwner() instanceof Button b
                && b.isDefaultButton()
                && b.getText().equals(TrustDialogs.REFUSE.getText()));
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.messageProperty().get() != null);
    assertThat(connected.get()).isNull();
    assertThat(cluster.requests()).isEmpty();
    assertThat(new ProfileStore(configDir).load().contents().profiles().get(0).trust())
        .isEqualTo(Profile.Trust.SYSTEM);
  }

  @Test
  void aChangedCertificateFoundByTheEditorsTestTakesBothConfirmationsToo(FxRobot robot)
      throws Exception {
    String old = cluster.fingerprint();
    robot.interact(() -> vm.put(staging.withPin(old)));
    cluster.replaceCertificate(TestPki.selfSigned());
    org.ocspconsole.testing.Shown.click(robot, "#edit-profile");
    org.ocspconsole.testing.Shown.waitFor(robot, "#profile-editor");
    robot.clickOn("#test-password").write(cluster.admin().password());
    robot.clickOn("#test-connection");
    org.ocspconsole.testing.Shown.click(robot, "#verdict-trust");
    org.ocspconsole.testing.Shown.waitFor(robot, "#pin-mismatch-dialog");
    assertThat(text(robot, "#pin-expected")).isEqualTo(old);
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#pin-mismatch-dialog").tryQuery()).isEmpty();
    assertThat(text(robot, "#profile-pin")).isEqualTo(old);

    robot.clickOn("#verdict-trust");
    org.ocspconsole.testing.Shown.click(robot, TrustDialogs.REPIN.getText());
    org.ocspconsole.testing.Shown.waitFor(robot, "#repin-confirm-dialog");
    assertThat(text(robot, "#repin-presented")).isEqualTo(cluster.fingerprint());
    org.ocspconsole.testing.Shown.click(robot, TrustDialogs.REPLACE_PIN.getText());
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> text(robot, "#profile-pin").equals(cluster.fingerprint()));
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void aChangedCertificateShowsBothFingerprintsAndSendsNothing(FxRobot robot) throws Exception {
    String old = cluster.fingerprint();
    robot.interact(() -> vm.put(staging.withPin(old)));
    cluster.replaceCertificate(TestPki.selfSigned());
    cluster.clearRequests();
    signIn(robot);
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> robot.lookup("#pin-mismatch-dialog").tryQuery().isPresent());
    assertThat(text(robot, "#pin-expected")).isEqualTo(old);
    assertThat(text(robot, "#pin-presented")).isEqualTo(cluster.fingerprint()).isNotEqualTo(old);
    org.ocspconsole.testing.Shown.click(robot, "Don't connect");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.messageProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#connection-message").queryAs(Label.class).getText())
        .contains("not the one trusted")
        .contains("no credentials were sent");
    assertThat(connected.get()).isNull();
    assertThat(cluster.requests()).noneMatch(r -> r.headers().containsKey("Authorization"));
    assertThat(new ProfileStore(configDir).load().contents().profiles().get(0).pinSha256())
        .isEqualTo(old);
  }
}
