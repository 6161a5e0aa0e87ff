package org.ocspconsole.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FileChoices;
import org.ocspconsole.session.Session;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a fresh demo cluster, with settings of its own. */
abstract class WindowFixture {
  protected DemoCluster cluster;
  protected ConfigViewModel vm;
  protected AppPreferences preferences;
  protected Stage stage;
  protected MainWindow window;

  /** Who answers the form's file dialogs; the platform's dialogs when left null. */
  protected FileChoices files;

  private Path settings;

  protected void open(Stage stage, boolean review) throws Exception {
    DemoCluster started = DemoCluster.start();
    open(stage, review, started, Connector.demo(started));
  }

  /** The window on a given demo cluster and session (other timeouts, another certificate). */
  protected void open(Stage stage, boolean review, DemoCluster demo, Session session)
      throws Exception {
    this.stage = stage;
    cluster = demo;
    settings = Files.createTempDirectory("ocsp-console-settings");
    preferences = new AppPreferences(settings, Runnable::run);
    preferences.reviewBeforeSaveProperty().set(review);
    Theme.apply(false);
    window = new MainWindow(stage, preferences, "demo");
    if (files != null) {
      window.useFileChoices(files);
    }
    stage.show();
    vm = window.attach(session, cluster);
  }

  @AfterEach
  void closeCluster() throws IOException {
    if (cluster != null) {
      cluster.close();
    }
    if (settings != null) {
      try (Stream<Path> files = Files.list(settings)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(settings);
    }
  }

  protected void waitUntilIdle() throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  protected void waitUntilLoaded() throws Exception {
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            vm.form().loadedProperty().get() != null
                && !vm.busyProperty().get()
                && (window == null || window.side() != null));
    WaitForAsyncUtils.waitForFxEvents();
  }
}
