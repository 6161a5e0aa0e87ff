package org.ocspconsole.connection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.profiles.ProfileStore;

/**
 * Import and export of profiles. The files are read and written on the worker, never on the FX
 * thread: an import is bounded in size and count, and planned in one pass, but a file on a slow
 * disk or share can still take its time. Outcomes are said through {@code say} on the FX thread.
 */
public final class ProfileTransfer {
  private final ProfileStore store;
  private final Consumer<String> say;
  private final Executor fx;
  private final Executor worker;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

  ProfileTransfer(ProfileStore store, Consumer<String> say, Executor fx, Executor worker) {
    this.store = store;
    this.say = say;
    this.fx = fx;
    this.worker = worker;
  }

  /** True while a file is read or written. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /**
   * The import plan of {@code file} against {@code existing}, on the FX thread; empty on failure.
   */
  CompletableFuture<Optional<ImportPlan>> read(Path file, List<Profile> existing) {
    busy.set(true);
    return CompletableFuture.supplyAsync(
            () -> {
              try {
                return ImportPlan.read(file, existing);
              } catch (IOException e) {
                throw new CompletionException(e);
              }
            },
            worker)
        .handleAsync(
            (plan, failure) -> {
              busy.set(false);
              if (failure == null) {
                return Optional.of(plan);
              }
              say.accept(
                  "Nothing was imported: "
                      + file.getFileName()
                      + " cannot be imported ("
                      + reason(failure)
                      + ").");
              return Optional.<ImportPlan>empty();
            },
            fx);
  }

  CompletableFuture<Void> export(Path file, List<Profile> profiles) {
    busy.set(true);
    return CompletableFuture.runAsync(
            () -> {
              try {
                store.export(file, profiles);
              } catch (IOException e) {
                throw new CompletionException(e);
              }
            },
            worker)
        .handleAsync(
            (done, failure) -> {
              busy.set(false);
              say.accept(
                  failure == null
                      ? "Exported "
                          + count(profiles.size(), "profile")
                          + " to "
                          + file.getFileName()
                          + " (no passwords)."
                      : "The export failed: " + reason(failure));
              return null;
            },
            fx);
  }

  static String count(long n, String noun) {
    return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  private static String reason(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return cause.getMessage();
  }
}
