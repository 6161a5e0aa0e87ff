package org.ocspconsole.app;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.config.ConfigDialogs;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.connection.ConnectFlow;
import org.ocspconsole.connection.ConnectionViewModel;
import org.ocspconsole.connection.ConnectionWindow;
import org.ocspconsole.connection.EarlyProbe;
import org.ocspconsole.connection.RememberingPrompt;
import org.ocspconsole.connection.TrustDialogs;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.log.Logs;
import org.ocspconsole.platform.Worker;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.ProfileStore;
import org.ocspconsole.session.PasswordPrompt;
import org.ocspconsole.session.Session;

/**
 * Starts the window first and connects after, so the first frame never waits on the network, the
 * demo cluster's key generation, the profiles file or the OS credential store.
 *
 * <p>Start-up: {@code --profile} and {@code --cluster} connect at once; {@code --demo}, or no
 * option at all, opens the demo as always, unless a profile is marked "Offer at start": then the
 * connection screen opens with it selected.
 */
public final class OcspConsoleApp extends Application {
  static volatile CommandLine options;

  /** The demo cluster and its first read, begun by {@link Main} while the toolkit starts. */
  static volatile CompletableFuture<Startup> demoStartup;

  /**
   * The connect probe of {@code --cluster} or {@code --profile}, begun by {@link Main} while the
   * toolkit starts; null when the start has none.
   */
  static volatile CompletableFuture<Optional<EarlyProbe>> earlyProbe;

  /** Read by {@link Main} before the toolkit starts: the preferences store is a file. */
  static volatile AppPreferences preferences;

  /** How long finding the OS credential store may take before "Remember" is simply not offered. */
  private static final Duration STORE_PROBE = Duration.ofSeconds(3);

  private final Executor worker = Worker.EXECUTOR;
  private volatile DemoCluster demo;
  private static CompletableFuture<Optional<CredentialStore>> sharedStore;
  private MainWindow window;
  private Stage stage;
  private TrustDialogs dialogs;
  private ConnectionViewModel connections;
  private FleetLauncher fleet;

  @Override
  public void start(Stage primary) {
    stage = primary;
    CommandLine opts = options != null ? options : CommandLine.none();
    AppPreferences preferences =
        OcspConsoleApp.preferences != null ? OcspConsoleApp.preferences : AppPreferences.user();
    Theme.apply(preferences.darkThemeProperty().get());
    Icons.apply(stage);
    window =
        new MainWindow(
            stage,
            preferences,
            opts.profile() != null
                ? opts.profile()
                : opts.cluster() != null ? opts.cluster() : "the built-in demo cluster");
    window.setOnConnect(this::showConnectionScreen);
    dialogs = new TrustDialogs(stage);
    fleet =
        new FleetLauncher(
            stage,
            window,
            this::loadedConnections,
            this::credentialStore,
            worker,
            this::attach,
            this::showConnectionScreen);
    window.setOnFleet(fleet::show);
    stage.show();
    UnexpectedErrors.install(stage);
    // The log file is opened after the first frame, off the FX thread; records wait until then.
    CompletableFuture.runAsync(OcspConsoleApp::startLog, worker);

    if (opts.cluster() != null) {
      firstConnection(opts).commandLine();
      return;
    }
    // Reading the profiles needs Jackson and the disk: off the FX thread, like everything else.
    CompletableFuture.supplyAsync(this::newConnections, worker)
        .whenCompleteAsync(
            (vm, failure) -> {
              connections = vm;
              if (opts.profile() != null) {
                firstConnection(opts).profile(vm);
              } else if (!opts.demo() && vm.defaultProfileProperty().get() != null) {
                window.notConnected();
                showConnectionScreen();
              } else {
                firstConnection(opts)
                    .demo(
                        this::startedDemo,
                        ready ->
                            FirstFrame.watch(
                                window.attach(
                                    ready.session(),
                                    demo,
                                    new ConfigDialogs(stage)::password,
                                    ready.firstRead()),
                                fleet::showAndRead));
              }
            },
            FxThread.EXECUTOR);
  }

  private static void startLog() {
    Logs.configure();
    Logs.get(OcspConsoleApp.class)
        .info(
            "OCSP Console "
                + java.util.Objects.requireNonNullElse(
                    OcspConsoleApp.class.getPackage().getImplementationVersion(), "dev")
                + " started on Java "
                + Runtime.version()
                + ", "
                + System.getProperty("os.name")
                + " "
                + System.getProperty("os.version"));
  }

  private ConnectionViewModel newConnections() {
    ConnectFlow flow = new ConnectFlow(FxThread.EXECUTOR, worker, dialogs, this::credentialStore);
    return new ConnectionViewModel(
        ProfileStore.user(),
        flow,
        this::openDemo,
        this::credentialStore,
        FxThread.EXECUTOR,
        worker);
  }

  /** Found on first use only, so neither JNA nor D-Bus is touched when nobody needs a password. */
  private CompletableFuture<Optional<CredentialStore>> credentialStore() {
    return sharedCredentialStore();
  }

  /**
   * The one lookup of the credential store in this run, shared by {@link Main}'s early probe of a
   * saved profile and the window.
   */
  static synchronized CompletableFuture<Optional<CredentialStore>> sharedCredentialStore() {
    if (sharedStore == null) {
      sharedStore = CredentialStore.system(STORE_PROBE, Worker.EXECUTOR);
    }
    return sharedStore;
  }

  /** The one demo cluster of this run: the one {@link Main} started, or one started now. */
  private synchronized CompletableFuture<Startup> startedDemo() {
    if (demoStartup == null) {
      demoStartup = Startup.begin();
    }
    return demoStartup.thenApply(
        ready -> {
          demo = ready.demo();
          return ready;
        });
  }

  /** A fresh session on the demo cluster, for the connection screen's demo entry. */
  private CompletableFuture<Session> openDemo() {
    return startedDemo()
        .thenApplyAsync(
            ready -> {
              try {
                return Connector.demo(ready.demo());
              } catch (ApiException e) {
                throw new CompletionException(e);
              }
            },
            worker);
  }

  private void showConnectionScreen() {
    if (connections == null) {
      connections = newConnections();
    }
    ConnectionWindow.show(stage, connections, this::attach);
  }

  /** Shows a session; the connect probe's answer is the form's first load. */
  private void attach(ConnectFlow.Connected connected) {
    attach(connected, true);
  }

  /**
   * Shows a session; the connect probe's answer is the form's first load. A saved profile's
   * password prompt offers "Remember"; a command-line cluster's writes nothing.
   */
  private ConfigViewModel attach(ConnectFlow.Connected connected, boolean saved) {
    Session session = connected.session();
    if (session.isDemo()) {
      return window.attach(session, demo);
    }
    PasswordPrompt prompt =
        saved
            ? new RememberingPrompt(
                connected.profile(), dialogs, this::credentialStore, FxThread.EXECUTOR, worker)
            : new ConfigDialogs(stage)::password;
    return window.attach(session, null, prompt, connected.firstRead());
  }

  private FirstConnection firstConnection(CommandLine opts) {
    ConnectFlow flow = new ConnectFlow(FxThread.EXECUTOR, worker, dialogs, this::credentialStore);
    return new FirstConnection(
        window,
        stage,
        flow,
        this::loadedConnections,
        (connected, saved) -> FirstFrame.watch(attach(connected, saved), fleet::showAndRead),
        opts,
        earlyProbe);
  }

  /** The profiles, read off the FX thread once. */
  private CompletableFuture<ConnectionViewModel> loadedConnections() {
    if (connections != null) {
      return CompletableFuture.completedFuture(connections);
    }
    return CompletableFuture.supplyAsync(this::newConnections, worker)
        .thenApplyAsync(
            vm -> {
              if (connections == null) {
                connections = vm;
              }
              return connections;
            },
            FxThread.EXECUTOR);
  }

  @Override
  public void stop() {
    if (fleet != null) {
      fleet.close();
    }
    if (demo != null) {
      demo.close();
    }
    Platform.exit();
  }
}
