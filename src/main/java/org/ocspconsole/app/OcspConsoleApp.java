package org.ocspconsole.app;

import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.session.Session;

/**
 * Starts the window first and connects after, so the first frame never waits on the network or
 * on the demo cluster's key generation.
 */
public final class OcspConsoleApp extends Application {
  static volatile CommandLine options;

  private DemoCluster demo;

  @Override
  public void start(Stage stage) {
    CommandLine opts = options != null ? options : new CommandLine(true, null, null, null, null, null, null, null, false);
    AppPreferences preferences = AppPreferences.user();
    Theme.apply(preferences.darkThemeProperty().get());
    Icons.apply(stage);
    MainWindow window = new MainWindow(stage, preferences, opts.demo() ? "the built-in demo cluster" : opts.cluster());
    stage.show();

    CompletableFuture.supplyAsync(() -> connect(opts)).whenCompleteAsync((session, failure) -> {
      if (failure != null) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        window.fail(cause.getMessage());
        return;
      }
      ConfigViewModel vm = window.attach(session, demo);
      StartupProbe.watch(vm);
    }, FxThread.EXECUTOR);
  }

  private Session connect(CommandLine opts) {
    try {
      if (opts.demo()) {
        demo = Connector.startDemo();
        return Connector.demo(demo);
      }
      char[] password = opts.password() == null ? new char[0] : opts.password().toCharArray();
      return Connector.cluster(opts, password);
    } catch (ApiException e) {
      throw new java.util.concurrent.CompletionException(e);
    } catch (java.io.IOException e) {
      throw new java.util.concurrent.CompletionException(
          new IllegalStateException("The built-in demo cluster could not start: " + e.getMessage()));
    }
  }

  @Override
  public void stop() {
    if (demo != null) {
      demo.close();
    }
    Platform.exit();
  }
}
