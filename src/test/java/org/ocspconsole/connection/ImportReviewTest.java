package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.app.Theme;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.profiles.ProfileStore;
import org.ocspconsole.testing.Shown;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Importing profiles through the real connection screen: the file is read off the FX thread, and
 * every profile is reviewed before anything is added, with no keystroke that adds by default.
 */
@ExtendWith(ApplicationExtension.class)
class ImportReviewTest {
  @TempDir Path files;
  private Path configDir;
  private Stage stage;
  private ConnectionViewModel vm;
  private ConnectionView view;
  private Profile prod;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    configDir = Files.createTempDirectory("ocsp-console-import-test");
    prod = profile("Prod", "https://prod.example.com:9443");
    new ProfileStore(configDir).save(List.of(prod), null);
    Theme.apply(false);
    stage.setScene(new Scene(new StackPane(), 900, 600));
    stage.show();
    vm = connections(configDir);
    Stage window = ConnectionWindow.show(stage, vm, connected -> {});
    view = (ConnectionView) window.getScene().getRoot();
  }

  @AfterEach
  void stop() throws Exception {
    try (var list = Files.list(configDir)) {
      for (Path p : list.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(configDir);
  }

  private static ConnectionViewModel connections(Path folder) {
    ConnectFlow flow =
        new ConnectFlow(
            FxThread.EXECUTOR,
            ForkJoinPool.commonPool(),
            new FakePrompts(),
            () -> CompletableFuture.completedFuture(Optional.empty()));
    return new ConnectionViewModel(
        new ProfileStore(folder),
        flow,
        () -> CompletableFuture.failedFuture(new IllegalStateException()),
        () -> CompletableFuture.completedFuture(Optional.empty()),
        FxThread.EXECUTOR,
        ForkJoinPool.commonPool());
  }

  private static Profile profile(String name, String url) {
    return new Profile(
        null, name, url, "admin@example.com", null, null, Profile.Trust.SYSTEM, null, null);
  }

  private Path export(String name, List<Profile> profiles) throws Exception {
    Path file = files.resolve(name);
    new ProfileStore(files.resolve("elsewhere")).export(file, profiles);
    return file;
  }

  private List<String> savedNames() {
    return new ProfileStore(configDir)
        .load().contents().profiles().stream().map(Profile::name).toList();
  }

  private void openReview(FxRobot robot, Path file) throws Exception {
    robot.interact(() -> view.importFile(file));
    Shown.waitFor(robot, "#import-review");
  }

  private static boolean reviewShowing(FxRobot robot) {
    return robot.lookup("#import-review").tryQuery().map(ImportReviewTest::showing).orElse(false);
  }

  private static boolean showing(Node node) {
    Window window = node.getScene() == null ? null : node.getScene().getWindow();
    return window != null && window.isShowing();
  }

  private void waitUntilClosed(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !reviewShowing(robot));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aLargeImportIsReadWhileTheWindowKeepsWorking(FxRobot robot) throws Exception {
    // A named pipe: reading it blocks until the test writes, as a slow disk or share would.
    Path pipe = files.resolve("slow.json");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
    List<Profile> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add(profile("Cluster " + i, "https://cluster-" + i + ".example.com:9443"));
    }
    byte[] json = Files.readAllBytes(export("many.json", many));

    Platform.runLater(() -> view.importFile(pipe));
    CountDownLatch drawn = new CountDownLatch(1);
    Platform.runLater(drawn::countDown);
    boolean responsive = drawn.await(10, TimeUnit.SECONDS);
    try (OutputStream out = Files.newOutputStream(pipe)) {
      out.write(json); // unblocks the reader wherever it runs, so a failing test ends
    }
    assertThat(responsive).as("the FX thread ran while the import was being read").isTrue();

    Shown.waitFor(robot, "#import-review");
    ListView<?> list = robot.lookup("#import-list").queryAs(ListView.class);
    assertThat(list.getItems().size()).isEqualTo(1000);
    assertThat(((javafx.scene.layout.Region) list.getParent()).snappedLeftInset())
        .as("the review clear of the dialog's left edge")
        .isGreaterThan(10);
    robot.type(KeyCode.ESCAPE);
    waitUntilClosed(robot);
    assertThat(vm.items()).hasSize(2);
    assertThat(savedNames()).containsExactly("Prod");
  }

  /** Two profiles: one that clashes with "Prod", one whose CA file is on a network share. */
  private Path shared() throws Exception {
    Profile share =
        new Profile(
            null,
            "Share",
            "https://share.example.com:9443",
            "admin@example.com",
            null,
            null,
            Profile.Trust.CA_FILE,
            "\\\\fileserver\\certs\\ca.pem",
            null);
    return export(
        "shared.json", List.of(profile("Prod", "https://prod-2.example.com:9443"), share));
  }

  @Test
  void theReviewShowsEveryProfileAndAddingIsNeverTheDefault(FxRobot robot) throws Exception {
    openReview(robot, shared());
    DialogPane pane = robot.lookup("#import-review").queryAs(DialogPane.class);
    Button add = robot.lookup("#import-add").queryAs(Button.class);
    Button cancel = robot.lookup("#import-cancel").queryAs(Button.class);
    assertThat(add.getText()).isEqualTo("_Add 1 profile");
    assertThat(add.isDefaultButton()).isFalse();
    assertThat(cancel.isDefaultButton()).isTrue();
    assertThat(pane.getScene().getFocusOwner()).isInstanceOf(ListView.class);
    assertThat(robot.lookup(".label").queryAllAs(Label.class))
        .anyMatch(l -> String.valueOf(l.getText()).contains("network share"))
        .anyMatch(l -> String.valueOf(l.getText()).contains("\\\\fileserver\\certs\\ca.pem"))
        .anyMatch(l -> String.valueOf(l.getText()).contains("renamed"));

    robot.type(KeyCode.ENTER);
    waitUntilClosed(robot);
    assertThat(vm.items()).hasSize(2);
    assertThat(savedNames()).containsExactly("Prod");
  }

  @Test
  void enterAndEscapeCancelEvenWhenARowHasTheFocus(FxRobot robot) throws Exception {
    Path file = shared();
    openReview(robot, file);
    robot.type(KeyCode.SPACE); // on the list: selects a row, adds nothing
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(reviewShowing(robot)).isTrue();
    robot.type(KeyCode.ENTER);
    waitUntilClosed(robot);
    assertThat(vm.items()).hasSize(2);

    openReview(robot, file);
    robot.type(KeyCode.SPACE);
    robot.type(KeyCode.ESCAPE);
    waitUntilClosed(robot);
    assertThat(vm.items()).hasSize(2);
    assertThat(savedNames()).containsExactly("Prod");
  }

  @Test
  void onlyADeliberateAddAddsAndTheScreenSaysWhatWasLeftOut(FxRobot robot) throws Exception {
    openReview(robot, shared());
    Button add = robot.lookup("#import-add").queryAs(Button.class);
    for (int i = 0; i < 4 && !add.isFocused(); i++) {
      robot.type(KeyCode.TAB);
    }
    assertThat(add.isFocused()).isTrue();
    robot.type(KeyCode.SPACE);
    waitUntilClosed(robot);
    assertThat(vm.items()).extracting(Profile::name).contains("Prod (imported)");
    vm.persisted().get(10, TimeUnit.SECONDS);
    assertThat(savedNames()).containsExactly("Prod", "Prod (imported)");
    assertThat(robot.lookup("#connection-message").queryAs(Label.class).getText())
        .contains("Imported 1 profile from shared.json")
        .contains("1 profile not imported");
  }

  @Test
  void aProfilesFileOfANewerVersionShowsABannerAndDisablesChanges(FxRobot robot) throws Exception {
    Path newer = Files.createDirectory(files.resolve("newer"));
    String text =
        "{\"version\": 2, \"profiles\": [{\"id\": \"p\", \"name\": \"Prod\","
            + " \"url\": \"https://prod.example.com:9443\", \"color\": \"red\"}]}";
    Files.writeString(newer.resolve(ProfileStore.FILE_NAME), text);
    ConnectionViewModel readOnly = connections(newer);
    Stage[] window = new Stage[1];
    robot.interact(() -> window[0] = ConnectionWindow.show(stage, readOnly, connected -> {}));
    Node root = window[0].getScene().getRoot();
    WaitForAsyncUtils.waitForFxEvents();

    Node banner = root.lookup("#read-only-banner");
    assertThat(banner.isVisible()).isTrue();
    assertThat(root.lookupAll(".label"))
        .map(n -> ((Label) n).getText())
        .contains("Written by a newer version: changes are disabled");
    for (String id : List.of("#add-profile", "#import-profiles", "#delete-profile")) {
      assertThat(root.lookup(id).isDisabled()).as(id).isTrue();
    }
    assertThat(root.lookup("#connect").isDisabled()).isFalse();
    assertThat(root.lookup("#export-profiles").isDisabled()).isFalse();
    robot.interact(window[0]::close);
    assertThat(Files.readString(newer.resolve(ProfileStore.FILE_NAME), StandardCharsets.UTF_8))
        .isEqualTo(text);
  }
}
