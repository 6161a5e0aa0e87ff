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
  private volatile CompletableFuture<?> inFlight;

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
    busy.set(true);
    CompletableFuture<T> request;
    try {
      request = call.get();
    } catch (RuntimeException e) {
      request = CompletableFuture.failedFuture(e);
    }
    inFlight = request;
    CompletableFuture<Void> done = new CompletableFuture<>();
    request.whenCompleteAsync(
        (value, failure) -> {
          inFlight = null;
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

  /** Cancels the request under way, if any; its outcome arrives as a cancelled error. */
  public void cancel() {
    CompletableFuture<?> running = inFlight;
    if (running != null) {
      running.cancel(true);
    }
  }
}
