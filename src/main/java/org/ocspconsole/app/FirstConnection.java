package org.ocspconsole.app;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.connection.ConnectFlow;
import org.ocspconsole.connection.ConnectionViewModel;
import org.ocspconsole.connection.EarlyProbe;
import org.ocspconsole.connection.EditConnection;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.profiles.Profile;

/**
 * The connection a start opens ({@code --cluster}, {@code --profile} or the built-in demo):
 * "Connecting to …" with Cancel, then the session, or a banner that says why not with Retry and
 * Edit connection… (the profile editor, prefilled, offering to save the connection as a profile).
 * Runs on the FX thread; the requests run in the {@link ConnectFlow}.
 */
final class FirstConnection {
  private final MainWindow window;
  private final Window owner;
  private final ConnectFlow flow;
  private final Supplier<CompletableFuture<ConnectionViewModel>> connections;
  private final BiConsumer<ConnectFlow.Connected, Boolean> attach;
  private final CommandLine options;
  private Profile profile;
  private String givenFor;
  private boolean saved;
  private CompletableFuture<ConnectFlow.Connected> pending;
  private Object demoAttempt;

  /** The probe begun before the window: handed to the first connect only. */
  private CompletableFuture<Optional<EarlyProbe>> early;

  /**
   * @param connections the saved profiles, read off the FX thread when first needed
   * @param attach shows a session in the window; true for a saved profile
   */
  FirstConnection(
      MainWindow window,
      Window owner,
      ConnectFlow flow,
      Supplier<CompletableFuture<ConnectionViewModel>> connections,
      BiConsumer<ConnectFlow.Connected, Boolean> attach,
      CommandLine options,
      CompletableFuture<Optional<EarlyProbe>> early) {
    this.window = window;
    this.owner = owner;
    this.flow = flow;
    this.connections = connections;
    this.attach = attach;
    this.options = options;
    this.early = early;
  }

  /** {@code --cluster}: a profile that is never saved unless the user asks (Edit connection…). */
  void commandLine() {
    Profile target;
    try {
      target = Connector.commandLineProfile(options);
    } catch (ApiException e) {
      discardEarly();
      window.fail(e.getMessage());
      return;
    }
    start(target, false);
  }

  /** {@code --profile NAME}: a saved profile; trust decisions and "Remember" are kept. */
  void profile(ConnectionViewModel saved) {
    Optional<Profile> found =
        saved.items().stream()
            .filter(p -> p.name().equals(options.profile()) && p != ConnectionViewModel.DEMO)
            .findFirst();
    if (found.isEmpty()) {
      discardEarly();
      window.fail(
          "There is no saved profile named \u201c"
              + options.profile()
              + "\u201d. Open Connect\u2026 to see the saved profiles.");
      return;
    }
    saved.selectedProperty().set(found.get());
    start(found.get(), true);
  }

  /**
   * The built-in demo, begun before the toolkit: "Connecting to …" with Cancel until it is ready;
   * after Cancel, Retry waits for the same start again.
   */
  void demo(Supplier<CompletableFuture<Startup>> started, Consumer<Startup> show) {
    Object attempt = new Object();
    demoAttempt = attempt;
    String target = "the built-in demo cluster";
    window.connecting(
        target,
        () -> {
          demoAttempt = null;
          window.connectionFailed(
              ConnectionProblem.of(ApiError.transport(ApiError.Kind.CANCELLED, ""), target),
              () -> demo(started, show),
              null);
        });
    started
        .get()
        .whenCompleteAsync(
            (ready, error) -> {
              if (demoAttempt != attempt) {
                return;
              }
              if (error == null) {
                show.accept(ready);
              } else {
                Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                window.fail(cause.getMessage());
              }
            },
            FxThread.EXECUTOR);
  }

  /**
   * Connects to {@code target}; {@code saved} for a profile from the store (trust decisions and
   * "Remember" are kept), false for {@code --cluster} (nothing is written).
   */
  private void start(Profile target, boolean saved) {
    this.profile = target;
    this.saved = saved;
    this.givenFor = target.login();
    connect();
  }

  private void discardEarly() {
    CompletableFuture<Optional<EarlyProbe>> first = early;
    early = null;
    if (first != null) {
      first.thenAccept(probe -> probe.ifPresent(EarlyProbe::discard));
    }
  }

  private void connect() {
    // The probe begun before the window is the first attempt's; Retry sends its own.
    CompletableFuture<Optional<EarlyProbe>> first = early;
    early = null;
    String target = profile.name();
    CompletableFuture<ConnectFlow.Connected> attempt =
        flow.connect(profile, givenPassword(), this::trusted, saved, first);
    pending = attempt;
    window.connecting(target, () -> attempt.cancel(true));
    attempt.whenCompleteAsync(
        (connected, failure) -> {
          if (pending != attempt) {
            return; // a newer attempt replaced this one
          }
          pending = null;
          if (failure == null) {
            attach.accept(connected, saved);
          } else {
            window.connectionFailed(
                ConnectionProblem.of(ApiException.errorOf(failure), target),
                this::connect,
                this::edit);
          }
        },
        FxThread.EXECUTOR);
  }

  /** The password from the environment, while the login is the one it was given for. */
  private char[] givenPassword() {
    if (!Objects.equals(profile.login(), givenFor)) {
      return null;
    }
    String value =
        profile.auth() == Profile.Auth.CLIENT_CERTIFICATE
            ? options.clientCertPassword()
            : options.password();
    return value == null || value.isEmpty() ? null : value.toCharArray();
  }

  /** A certificate the user trusted: kept for Retry, and saved for a saved profile. */
  private void trusted(Profile changed) {
    profile = changed;
    if (saved) {
      connections.get().thenAcceptAsync(vm -> vm.put(changed), FxThread.EXECUTOR);
    }
  }

  private void edit() {
    connections
        .get()
        .whenCompleteAsync(
            (vm, failure) -> {
              Set<String> taken = vm == null ? Set.of() : vm.namesExcept(saved ? profile : null);
              Profile shown = profile;
              for (int i = 2; taken.contains(shown.name()); i++) {
                shown = profile.withName(profile.name() + " (" + i + ")");
              }
              EditConnection.show(owner, shown, taken, flow.worker())
                  .ifPresent(
                      edited -> {
                        profile = edited.profile();
                        if (edited.save() && vm != null) {
                          vm.put(profile);
                          saved = true;
                        }
                        connect();
                      });
            },
            FxThread.EXECUTOR);
  }
}
