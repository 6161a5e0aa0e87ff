package org.ocspconsole.fx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;

/**
 * How a view-model runs a call off the FX thread: it owns the busy flag, the request under way (for
 * cancel), the hop back through the FX executor and the mapping of a failure to its {@link
 * ApiError}. One rule for everybody: busy is set when the call starts and cleared last, after the
 * outcome was applied, and the returned future completes after that; so whoever waits for "not
 * busy" sees the whole outcome.
 */
public final class BackgroundCall {
  private final Executor fx;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

  /** Stops the call under way; null when none is. */
  private volatile Runnable stop;

  /**
   * @param fx where outcomes are applied: {@link FxThread#EXECUTOR}, or a direct executor in tests
   */
  public BackgroundCall(Executor fx) {
    this.fx = fx;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public boolean isBusy() {
    return busy.get();
  }

  /**
   * Starts {@code call} (which sends its request off the FX thread and returns at once), then
   * applies its value or its typed error on the FX thread. Called on the FX thread.
   */
  public <T> CompletableFuture<Void> run(
      Supplier<CompletableFuture<T>> call,
      Consumer<? super T> onSuccess,
      Consumer<ApiError> onFailure) {
    return runStoppable(
        () -> {
          CompletableFuture<T> request = call.get();
          return new Stoppable<>(request, () -> request.cancel(true));
        },
        onSuccess,
        onFailure);
  }

  /**
   * A call that stops by its own means, for work with more than one request under way: {@link
   * #cancel()} runs {@code stop}, which closes what is open, and the result still arrives (a
   * partial one, or a cancelled error, as the call decides).
   */
  public record Stoppable<T>(CompletableFuture<T> result, Runnable stop) {}

  /**
   * As {@link #run}, for a call that stops by its own means; the call may report partial results on
   * the way through {@link #progress}.
   */
  public <T> CompletableFuture<Void> runStoppable(
      Supplier<Stoppable<T>> call, Consumer<? super T> onSuccess, Consumer<ApiError> onFailure) {
    busy.set(true);
    CompletableFuture<T> request;
    try {
      Stoppable<T> started = call.get();
      request = started.result();
      stop = started.stop();
    } catch (RuntimeException e) {
      request = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    request.whenCompleteAsync(
        (value, failure) -> {
          stop = null;
          RuntimeException broken = null;
          try {
            if (failure == null) {
              onSuccess.accept(value);
            } else {
              onFailure.accept(ApiException.errorOf(failure));
            }
          } catch (RuntimeException e) {
            broken = e; // a bug in a handler: never leave the form busy for ever
          }
          busy.set(false);
          if (broken == null) {
            done.complete(null);
          } else {
            done.completeExceptionally(broken);
          }
        },
        fx);
    return done;
  }

  /**
   * Applies a partial result of the call under way on the FX thread, from any thread. What a call
   * reports before its future completes is applied before its outcome: both go through the same
   * executor, in order.
   */
  public void progress(Runnable change) {
    fx.execute(change);
  }

  /**
   * Cancels the call under way, if any: for {@link #run}, its outcome arrives as a cancelled error;
   * for {@link #runStoppable}, as the call's own stop decides.
   */
  public void cancel() {
    Runnable running = stop;
    if (running != null) {
      running.run();
    }
  }
}
