package org.ocspconsole.app;

import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;

/**
 * Shows the window at once; the session, begun by {@link Main} before the toolkit started, joins
 * it when ready. The FX thread never waits for either.
 */
public final class OcspConsoleApp extends Application {
  static volatile CommandLine options;
  static volatile CompletableFuture<Startup> startup;

  private volatile DemoCluster demo;

  @Override
  public void start(Stage stage) {
    CommandLine opts = options != null ? options : new CommandLine(true, null, null, null, null, null, null, null, false);
    CompletableFuture<Startup> connecting = startup != null ? startup : Startup.begin(opts);
    AppPreferences preferences = AppPreferences.user();
    Theme.apply(preferences.darkThemeProperty().get());
    Icons.apply(stage);
    MainWindow window = new MainWindow(stage, preferences, opts.demo() ? "the built-in demo cluster" : opts.cluster());
    stage.show();

    connecting.whenCompleteAsync((ready, failure) -> {
      if (failure != null) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        window.fail(cause.getMessage());
        return;
      }
      demo = ready.demo();
      ConfigViewModel vm = window.attach(ready.session(), ready.demo(), ready.firstRead());
      StartupProbe.watch(vm);
    }, FxThread.EXECUTOR);
  }

  @Override
  public void stop() {
    DemoCluster cluster = demo;
    if (cluster != null) {
      cluster.close();
    }
  }
}
