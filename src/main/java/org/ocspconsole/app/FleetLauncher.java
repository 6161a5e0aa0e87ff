package org.ocspconsole.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.TrustSettings;
import org.ocspconsole.connection.ConnectFlow;
import org.ocspconsole.connection.ConnectionViewModel;
import org.ocspconsole.connection.FleetOpener;
import org.ocspconsole.connection.TrustDialogs;
import org.ocspconsole.demo.DemoFleet;
import org.ocspconsole.fleet.FleetChange;
import org.ocspconsole.fleet.FleetReader;
import org.ocspconsole.fleet.Member;
import org.ocspconsole.fleet.Opener;
import org.ocspconsole.fleetview.FleetRow;
import org.ocspconsole.fleetview.FleetViewModel;
import org.ocspconsole.fleetview.FleetWindow;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.session.Session;

/**
 * Opens the fleet window: the saved profiles, or the demo's own fleet while the demo is shown. A
 * row opens that cluster's page in the main window, after the form's Save / Discard / Cancel.
 */
final class FleetLauncher {
  private final Stage owner;
  private final MainWindow window;
  // The fleet's password prompts belong to the fleet window: owned by the main window, answering
  // one handed the focus back to the main window, which came up over the fleet.
  private final TrustDialogs dialogs = new TrustDialogs(this::dialogOwner);
  private final Supplier<CompletableFuture<ConnectionViewModel>> connections;
  private final Supplier<CompletableFuture<Optional<CredentialStore>>> store;
  private final Executor worker;
  private final Consumer<ConnectFlow.Connected> attach;
  private final Runnable connectionScreen;
  private Stage open;
  // The model of the first fleet window shown (for the start-up archive's training run).
  private final CompletableFuture<FleetViewModel> shown = new CompletableFuture<>();
  private volatile CompletableFuture<DemoFleet> demoFleet;

  FleetLauncher(
      Stage owner,
      MainWindow window,
      Supplier<CompletableFuture<ConnectionViewModel>> connections,
      Supplier<CompletableFuture<Optional<CredentialStore>>> store,
      Executor worker,
      Consumer<ConnectFlow.Connected> attach,
      Runnable connectionScreen) {
    this.owner = owner;
    this.window = window;
    this.connections = connections;
    this.store = store;
    this.worker = worker;
    this.attach = attach;
    this.connectionScreen = connectionScreen;
  }

  private Window dialogOwner() {
    return open != null && open.isShowing() ? open : owner;
  }

  void show() {
    if (open != null && open.isShowing()) {
      open.toFront();
      return;
    }
    if (window.onDemo()) {
      demo().thenAcceptAsync(this::showDemo, FxThread.EXECUTOR);
    } else {
      connections.get().thenAcceptAsync(this::showProfiles, FxThread.EXECUTOR);
    }
  }

  private void showProfiles(ConnectionViewModel vm) {
    List<Profile> saved = new ArrayList<>(vm.items());
    saved.remove(ConnectionViewModel.DEMO);
    FleetOpener opener = new FleetOpener(saved, dialogs, store, FxThread.EXECUTOR, worker);
    FleetViewModel fleet = model(opener.members(), opener);
    fleet.setOnSignIn(opener::signInAgain);
    open =
        FleetWindow.show(
            owner,
            fleet,
            new FleetChange(),
            member ->
                opener
                    .profile(member)
                    .ifPresent(
                        profile ->
                            window.leaveThen(
                                () -> {
                                  vm.selectedProperty().set(profile);
                                  vm.connect(null)
                                      .whenCompleteAsync(
                                          (connected, failure) -> {
                                            if (failure == null) {
                                              attach.accept(connected);
                                            } else {
                                              connectionScreen.run();
                                            }
                                          },
                                          FxThread.EXECUTOR);
                                })),
            opener::close,
            worker);
  }

  private void showDemo(DemoFleet demo) {
    Opener opener = member -> demoClient(demo, member);
    List<Member> members =
        demo.entries().stream()
            .map(e -> new Member(e.name(), e.name(), e.baseUri().toString()))
            .toList();
    open =
        FleetWindow.show(
            owner,
            model(members, opener),
            new FleetChange(),
            member ->
                demo.entries().stream()
                    .filter(e -> e.name().equals(member.id()) && e.cluster() != null)
                    .findFirst()
                    .ifPresent(
                        entry ->
                            window.leaveThen(
                                () ->
                                    demoClient(demo, member)
                                        .thenAcceptAsync(
                                            client ->
                                                window.attach(
                                                    new Session(
                                                        "Demo fleet: " + entry.name(),
                                                        true,
                                                        client),
                                                    entry.cluster()),
                                            FxThread.EXECUTOR))),
            () -> {},
            worker);
  }

  private FleetViewModel model(List<Member> members, Opener opener) {
    FleetViewModel model =
        new FleetViewModel(
            members, opener, new FleetReader(), FxThread.EXECUTOR, Clock.systemDefaultZone());
    shown.complete(model);
    return model;
  }

  /**
   * Fleet… as a user presses it, completing once every row has been read: the installers' training
   * run opens the fleet too, so that the start-up archive holds the classes its window loads.
   */
  CompletableFuture<Void> showAndRead() {
    show();
    return shown.thenCompose(
        model -> {
          // Completed as the window is about to be built: -Docspconsole.trace=true tells how long
          // it took to show, which the archive is for.
          long start = System.nanoTime();
          if (Boolean.getBoolean("ocspconsole.trace")) {
            FxThread.afterNextFrame(
                () ->
                    System.err.println(
                        "ocspconsole: fleet window shown in "
                            + (System.nanoTime() - start) / 1_000_000
                            + " ms"));
          }
          CompletableFuture<Void> read = new CompletableFuture<>();
          javafx.beans.InvalidationListener check =
              ignored -> {
                if (model.allRows().stream().noneMatch(FleetRow::loading)) {
                  read.complete(null);
                }
              };
          model.lines().addListener(check);
          return read.whenComplete((done, failure) -> model.lines().removeListener(check));
        });
  }

  /** Started once per run, on the worker: six clusters' keys take a moment. */
  private synchronized CompletableFuture<DemoFleet> demo() {
    if (demoFleet == null) {
      demoFleet =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return DemoFleet.start();
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              },
              worker);
    }
    return demoFleet;
  }

  private static CompletableFuture<ClusterClient> demoClient(DemoFleet demo, Member member) {
    try {
      for (DemoFleet.Entry entry : demo.entries()) {
        if (entry.name().equals(member.id())) {
          ClusterConnection connection =
              entry.cluster() == null
                  ? ClusterConnection.of(
                      entry.baseUri(),
                      new Credentials.Basic("admin@demo.local", new char[0]),
                      TrustSettings.system())
                  : ClusterConnection.of(
                      entry.baseUri(),
                      new Credentials.Basic(
                          entry.cluster().admin().name(),
                          entry.cluster().admin().password().toCharArray()),
                      TrustSettings.pinned(entry.cluster().fingerprint()));
          return CompletableFuture.completedFuture(ClusterClient.create(connection));
        }
      }
      return CompletableFuture.failedFuture(new IllegalArgumentException(member.name()));
    } catch (ApiException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  void close() {
    CompletableFuture<DemoFleet> started = demoFleet;
    if (started != null) {
      started.thenAccept(DemoFleet::close);
    }
  }
}
