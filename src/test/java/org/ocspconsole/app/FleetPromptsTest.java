package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.TrustSettings;
import org.ocspconsole.connection.ConnectFlow;
import org.ocspconsole.connection.ConnectionViewModel;
import org.ocspconsole.connection.TrustDialogs;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.platform.Worker;
import org.ocspconsole.profiles.ProfileStore;
import org.ocspconsole.session.Session;
import org.ocspconsole.testing.DemoProfiles;
import org.ocspconsole.testing.Shown;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The fleet asks for the passwords it does not know over its own window, not the main one. */
@ExtendWith(ApplicationExtension.class)
class FleetPromptsTest {
  private DemoCluster cluster;
  private FleetLauncher launcher;
  private Path folder;

  @Start
  void start(Stage stage) throws Exception {
    cluster = DemoCluster.start();
    folder = Files.createTempDirectory("fleet-prompts");
    ProfileStore profiles = new ProfileStore(folder);
    profiles.save(
        List.of(DemoProfiles.pinned(cluster, "prod-eu"), DemoProfiles.pinned(cluster, "prod-us")),
        null);
    Theme.apply(false);
    AppPreferences preferences = new AppPreferences(folder, Runnable::run);
    MainWindow window = new MainWindow(stage, preferences, "prod-eu");
    stage.show();
    ClusterClient client =
        ClusterClient.create(
            ClusterConnection.of(
                cluster.baseUri(),
                new Credentials.Basic(
                    cluster.admin().name(), cluster.admin().password().toCharArray()),
                TrustSettings.pinned(cluster.fingerprint())));
    window.attach(new Session("prod-eu", false, client), null);
    // No credential store: every profile's password is asked.
    java.util.function.Supplier<
            CompletableFuture<Optional<org.ocspconsole.profiles.CredentialStore>>>
        none = () -> CompletableFuture.completedFuture(Optional.empty());
    ConnectionViewModel connections =
        new ConnectionViewModel(
            profiles,
            new ConnectFlow(FxThread.EXECUTOR, Worker.EXECUTOR, new TrustDialogs(stage), none),
            () -> CompletableFuture.failedFuture(new IllegalStateException("no demo here")),
            none,
            FxThread.EXECUTOR,
            Worker.EXECUTOR);
    launcher =
        new FleetLauncher(
            stage,
            window,
            () -> CompletableFuture.completedFuture(connections),
            none,
            Worker.EXECUTOR,
            connected -> {},
            () -> {});
  }

  @AfterEach
  void stop() throws Exception {
    launcher.close();
    cluster.close();
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(folder);
  }

  @Test
  void eachPasswordIsAskedOverTheFleetWindow(FxRobot robot) throws Exception {
    robot.interact(launcher::show);
    for (int asked = 0; asked < 2; asked++) {
      Shown.waitFor(robot, "#connect-password-dialog");
      Node dialog = robot.lookup("#connect-password-dialog").query();
      Stage asking = (Stage) dialog.getScene().getWindow();
      Window owner = asking.getOwner();
      assertThat(owner).isInstanceOf(Stage.class);
      assertThat(((Stage) owner).getTitle()).isEqualTo("Fleet — OCSP Console");
      robot.write(cluster.admin().password());
      robot.type(KeyCode.ENTER);
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !asking.isShowing());
    }
    Stage fleet =
        (Stage)
            Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Fleet — OCSP Console".equals(s.getTitle()))
                .findFirst()
                .orElseThrow();
    assertThat(fleet.isShowing()).isTrue();
  }

  /**
   * The installers' training run opens the fleet through {@code showAndRead}: it completes only
   * once every row is read, not while a password is still being asked.
   */
  @Test
  void showAndReadCompletesOnceEveryRowIsRead(FxRobot robot) throws Exception {
    List<CompletableFuture<Void>> read = new java.util.ArrayList<>();
    robot.interact(() -> read.add(launcher.showAndRead()));
    for (int asked = 0; asked < 2; asked++) {
      Shown.waitFor(robot, "#connect-password-dialog");
      assertThat(read.get(0)).as("rows still waiting for a password").isNotDone();
      Stage asking =
          (Stage) robot.lookup("#connect-password-dialog").query().getScene().getWindow();
      robot.write(cluster.admin().password());
      robot.type(KeyCode.ENTER);
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !asking.isShowing());
    }
    read.get(0).get(30, TimeUnit.SECONDS);
  }
}
