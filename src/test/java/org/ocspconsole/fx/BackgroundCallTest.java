package org.ocspconsole.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;

/** The one rule for busy, the hop through the FX executor, and the mapping of failures. */
class BackgroundCallTest {
  /** Stands in for the FX thread: runs what was handed to it when the test says so. */
  private final ConcurrentLinkedQueue<Runnable> fxQueue = new ConcurrentLinkedQueue<>();

  private final Executor fx = fxQueue::add;
  private final BackgroundCall calls = new BackgroundCall(fx);
  private final List<String> seen = new ArrayList<>();

  private void runFx() {
    for (Runnable next; (next = fxQueue.poll()) != null; ) {
      next.run();
    }
  }

  @Test
  void busyClearsLastAfterTheOutcomeWasAppliedOnTheFxExecutor() {
    calls.busyProperty().addListener((o, was, now) -> seen.add("busy " + now));
    CompletableFuture<String> request = new CompletableFuture<>();
    CompletableFuture<Void> done =
        calls.run(
            () -> request,
            value -> seen.add("value " + value + " while busy " + calls.isBusy()),
            error -> seen.add("error"));
    assertThat(calls.isBusy()).isTrue();
    request.complete("answer"); // on some worker: nothing is applied there
    assertThat(seen).containsExactly("busy true");
    assertThat(done).isNotDone();
    runFx();
    assertThat(seen).containsExactly("busy true", "value answer while busy true", "busy false");
    assertThat(done).isCompleted();
  }

  @Test
  void aFailureArrivesAsItsTypedError() {
    ApiError refused = ApiError.transport(ApiError.Kind.TIMEOUT, "No answer in time.");
    List<ApiError> errors = new ArrayList<>();
    calls.run(
        () -> CompletableFuture.failedFuture(new ApiException(refused)),
        value -> seen.add("value"),
        errors::add);
    runFx();
    assertThat(errors).containsExactly(refused);
    assertThat(calls.isBusy()).isFalse();
  }

  @Test
  void cancelStopsTheRequestAndReportsACancelledError() {
    CompletableFuture<String> request = new CompletableFuture<>();
    List<ApiError> errors = new ArrayList<>();
    calls.run(() -> request, value -> seen.add("value"), errors::add);
    calls.cancel();
    runFx();
    assertThat(request).isCancelled();
    assertThat(errors).extracting(ApiError::kind).containsExactly(ApiError.Kind.CANCELLED);
    assertThat(calls.isBusy()).isFalse();
  }

  @Test
  void aCallThatCannotStartAndABrokenHandlerNeverLeaveItBusy() {
    CompletableFuture<Void> first =
        calls.run(
            () -> {
              throw new IllegalStateException("no client");
            },
            value -> seen.add("value"),
            error -> seen.add(error.kind().name()));
    runFx();
    assertThat(seen).containsExactly("LOCAL");
    assertThat(first).isCompleted();

    CompletableFuture<Void> second =
        calls.run(
            () -> CompletableFuture.completedFuture("x"),
            value -> {
              throw new IllegalStateException("bug");
            },
            error -> {});
    runFx();
    assertThat(calls.isBusy()).isFalse();
    assertThat(second).isCompletedExceptionally();
  }

  @Test
  void aStoppableCallReportsOnTheWayAndCancelStopsItByItsOwnMeans() {
    CompletableFuture<String> request = new CompletableFuture<>();
    List<String> stops = new ArrayList<>();
    calls.runStoppable(
        () ->
            new BackgroundCall.Stoppable<>(
                request,
                () -> {
                  stops.add("stopped");
                  request.complete("what was found before the stop");
                }),
        value -> seen.add("value " + value),
        error -> seen.add("error " + error.kind()));
    calls.progress(() -> seen.add("partial while busy " + calls.isBusy())); // from a worker
    assertThat(seen).isEmpty();

    calls.cancel();
    runFx();
    assertThat(stops).containsExactly("stopped");
    assertThat(request).isNotCancelled();
    assertThat(seen)
        .containsExactly("partial while busy true", "value what was found before the stop");
    assertThat(calls.isBusy()).isFalse();

    calls.cancel(); // nothing under way: stops nothing
    assertThat(stops).containsExactly("stopped");
  }
}
