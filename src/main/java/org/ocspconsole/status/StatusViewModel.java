package org.ocspconsole.status;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.fx.BackgroundCall;
import org.ocspconsole.session.Session;

/**
 * The proxy certificate's OCSP status: the cluster's cached answer ({@code GET /v1/ocsp/status}) or
 * a query made now ({@code POST /v1/ocsp/test}, cancellable). A failed read replaces the card with
 * a {@link StatusProblem}; a failed query keeps the last known status and shows the problem beside
 * it. A query the cluster left queued too long is retried once by itself, as the docs advise.
 * Results arrive through the given executor, never on a worker thread.
 */
public final class StatusViewModel {
  private final Session session;
  private final Executor fx;
  private final Clock clock;
  private final ReadOnlyObjectWrapper<OcspStatus> status =
      new ReadOnlyObjectWrapper<>(this, "status");
  private final ReadOnlyObjectWrapper<Instant> queriedAt =
      new ReadOnlyObjectWrapper<>(this, "queriedAt");
  private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
  private final ReadOnlyObjectWrapper<StatusProblem> problem =
      new ReadOnlyObjectWrapper<>(this, "problem");
  private final BackgroundCall reads;
  private final BackgroundCall queries;
  private final ReadOnlyStringWrapper queryProgress =
      new ReadOnlyStringWrapper(this, "queryProgress", QUERYING);
  private final ReadOnlyStringWrapper queryBlocked =
      new ReadOnlyStringWrapper(this, "queryBlocked");
  private final ObjectBinding<StatusCard> card;
  private final BooleanBinding busy;
  static final String QUERYING = "Querying the responder\u2026";
  static final String RETRYING = "The cluster left the query queued too long; retrying once\u2026";

  private boolean lastWasQuery;
  private boolean retried;

  public StatusViewModel(Session session, Executor fx, Clock clock) {
    this.session = session;
    this.fx = fx;
    this.clock = clock;
    this.reads = new BackgroundCall(fx);
    this.queries = new BackgroundCall(fx);
    this.busy = reads.busyProperty().or(queries.busyProperty());
    now.set(clock.instant());
    session.permissions().addListener(() -> fx.execute(this::updateBlocked));
    updateBlocked();
    card =
        Bindings.createObjectBinding(
            () ->
                status.get() == null
                    ? null
                    : StatusCard.of(status.get(), queriedAt.get(), now.get(), clock.getZone()),
            status,
            queriedAt,
            now);
  }

  /**
   * What the panel shows; null before the first answer and after a failed read. A failed query
   * keeps it: the problem then stands beside the last known status.
   */
  public ObjectBinding<StatusCard> cardProperty() {
    return card;
  }

  public ReadOnlyObjectProperty<StatusProblem> problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return reads.busyProperty();
  }

  /** A responder query is under way: the panel shows progress and Cancel. */
  public ReadOnlyBooleanProperty queryingProperty() {
    return queries.busyProperty();
  }

  /** What the running query is doing: querying, or retrying once after "queued too long". */
  public ReadOnlyStringProperty queryProgressProperty() {
    return queryProgress.getReadOnlyProperty();
  }

  public BooleanBinding busyProperty() {
    return busy;
  }

  /**
   * Why "Query the responder now" cannot work for this user (a 403 proved the permission missing),
   * or null.
   */
  public ReadOnlyStringProperty queryBlockedProperty() {
    return queryBlocked.getReadOnlyProperty();
  }

  private void updateBlocked() {
    queryBlocked.set(session.permissions().missing("test_ocsp_status").orElse(null));
  }

  /** Moves "now" forward so relative readings ("in 42 min") and staleness stay true. */
  public void tick() {
    now.set(clock.instant());
  }

  /** Reads the cluster's cached status; ignored while another request is under way. */
  public CompletableFuture<Void> refresh() {
    if (busy.get()) {
      return CompletableFuture.completedFuture(null);
    }
    return run(reads, () -> session.api().getOcspStatus(), false);
  }

  /**
   * Asks the cluster to query the responder now; the answer replaces the card, a failure stands
   * beside it.
   */
  public CompletableFuture<Void> query() {
    if (busy.get() || queryBlocked.get() != null) {
      return CompletableFuture.completedFuture(null);
    }
    queryProgress.set(QUERYING);
    return run(queries, this::queryRetryingOnce, true);
  }

  /**
   * The test call, sent once more when the cluster answers task_queued_for_too_long: its docs say a
   * retry usually works. The progress line says so while the second call runs.
   */
  private CompletableFuture<OcspStatus> queryRetryingOnce() {
    CompletableFuture<OcspStatus> result = new CompletableFuture<>();
    CompletableFuture<OcspStatus> first = session.api().testOcspStatus();
    first.whenCompleteAsync(
        (answer, failure) -> {
          if (failure == null
              || result.isDone()
              || ApiException.errorOf(failure).kind() != ApiError.Kind.TASK_QUEUED_TOO_LONG) {
            complete(result, answer, failure);
            return;
          }
          queryProgress.set(RETRYING);
          retried = true;
          CompletableFuture<OcspStatus> second = session.api().testOcspStatus();
          result.whenComplete((a, f) -> second.cancel(true));
          second.whenComplete((a, f) -> complete(result, a, f));
        },
        fx);
    result.whenComplete((a, f) -> first.cancel(true));
    return result;
  }

  private static <T> void complete(CompletableFuture<T> result, T value, Throwable failure) {
    if (failure == null) {
      result.complete(value);
    } else {
      result.completeExceptionally(failure);
    }
  }

  /** The retry a problem offers: the same kind of request again. */
  public CompletableFuture<Void> retry() {
    return lastWasQuery ? query() : refresh();
  }

  public void cancel() {
    reads.cancel();
    queries.cancel();
  }

  private CompletableFuture<Void> run(
      BackgroundCall calls, Supplier<CompletableFuture<OcspStatus>> call, boolean isQuery) {
    lastWasQuery = isQuery;
    retried = false;
    return calls.run(
        () -> session.call(call),
        answer -> {
          now.set(clock.instant());
          problem.set(null);
          queriedAt.set(isQuery ? clock.instant() : null);
          status.set(answer);
        },
        error -> {
          now.set(clock.instant());
          session.permissions().learn(error);
          // A failed query says nothing new about the certificate: the last known status stays.
          boolean keep = isQuery && status.get() != null;
          if (!keep) {
            status.set(null);
          }
          problem.set(StatusProblem.of(error, isQuery, retried, keep));
        });
  }
}
