package org.ocspconsole.app;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.session.Session;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a fresh demo cluster, with preferences of its own. */
abstract class WindowFixture {
  protected DemoCluster cluster;
  protected ConfigViewModel vm;
  protected AppPreferences preferences;
  protected Stage stage;
  protected MainWindow window;
  private Preferences node;

  protected void open(Stage stage, boolean review) throws Exception {
    DemoCluster started = DemoCluster.start();
    open(stage, review, started, Connector.demo(started));
  }

  /** The window on a given demo cluster and session (other timeouts, another certificate). */
  protected void open(Stage stage, boolean review, DemoCluster demo, Session session)
      throws Exception {
    this.stage = stage;
    cluster = demo;
    node = Preferences.userRoot().node("org/ocspconsole-tests/" + UUID.randomUUID());
    preferences = new AppPreferences(node);
    preferences.reviewBeforeSaveProperty().set(review);
    Theme.apply(false);
    window = new MainWindow(stage, preferences, "demo");
    stage.show();
    vm = window.attach(session, cluster);
  }

  @AfterEach
  void closeCluster() throws BackingStoreException {
    if (cluster != null) {
      cluster.close();
    }
    if (node != null) {
      node.removeNode();
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
