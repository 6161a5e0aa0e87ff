package org.ocspconsole.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.Durations;
import org.ocspconsole.api.FieldWords;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspUpdate;
import org.ocspconsole.platform.Worker;

/**
 * One change applied to many clusters. Each cluster is re-read right before its PUT: one that
 * changed a chosen field since the review is reported and left alone (the single form's conflict
 * rule), the local rules run again on what it holds now, and only the chosen fields that still
 * differ are sent. Clusters are independent: one failure never stops the others.
 */
public final class FleetChange {
  private final Slots slots;
  private final Duration timeout;

  public FleetChange(int parallel, Duration timeout) {
    this.slots = new Slots(parallel);
    this.timeout = timeout;
  }

  public FleetChange() {
    this(FleetReader.DEFAULT_PARALLEL, FleetReader.DEFAULT_TIMEOUT);
  }

  /**
   * Applies {@code chosen} to every reviewed cluster; {@code onEach} receives each result as it
   * comes (on a worker thread). The result lists them in the reviews' order and never fails.
   */
  public CompletableFuture<List<ChangeResult>> apply(
      List<ChangeReview> reviews,
      Map<OcspField, ?> chosen,
      Opener opener,
      Consumer<ChangeResult> onEach) {
    Map<OcspField, Object> values = new EnumMap<>(OcspField.class);
    values.putAll(chosen);
    List<CompletableFuture<ChangeResult>> all = new ArrayList<>();
    for (ChangeReview review : reviews) {
      all.add(
          applyOne(review, values, opener)
              .thenApply(
                  result -> {
                    try {
                      onEach.accept(result);
                    } catch (RuntimeException e) {
                      // A listener's fault must not cost the other clusters.
                    }
                    return result;
                  }));
    }
    return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
        .thenApply(done -> all.stream().map(CompletableFuture::join).toList());
  }

  private CompletableFuture<ChangeResult> applyOne(
      ChangeReview review, Map<OcspField, Object> chosen, Opener opener) {
    Member member = review.member();
    if (!review.allowed()) {
      return CompletableFuture.completedFuture(
          new ChangeResult(
              member,
              ChangeResult.Outcome.REFUSED,
              String.join(" ", review.refusals()) + " Nothing was sent.",
              review.before()));
    }
    return CompletableFuture.supplyAsync(() -> opener.open(member), Worker.EXECUTOR)
        .thenCompose(opened -> opened)
        .thenCompose(client -> slots.submit(() -> reReadAndPut(review, chosen, client)))
        .exceptionally(
            failure ->
                new ChangeResult(member, ChangeResult.Outcome.FAILED, failureText(failure), null));
  }

  private CompletableFuture<ChangeResult> reReadAndPut(
      ChangeReview review, Map<OcspField, Object> chosen, ClusterClient client) {
    CompletableFuture<OcspConfig> reRead = client.getOcspConfig();
    java.util.concurrent.atomic.AtomicReference<CompletableFuture<OcspConfig>> put =
        new java.util.concurrent.atomic.AtomicReference<>(CompletableFuture.completedFuture(null));
    CompletableFuture<ChangeResult> result =
        reRead
            .thenCompose(
                current -> {
                  ChangeResult stop = stopBeforePut(review, chosen, current);
                  if (stop != null) {
                    return CompletableFuture.completedFuture(stop);
                  }
                  OcspUpdate send = ChangeReview.of(review.member(), current, chosen).send();
                  if (send.isEmpty()) {
                    return CompletableFuture.completedFuture(
                        new ChangeResult(
                            review.member(),
                            ChangeResult.Outcome.UNCHANGED,
                            "Already set: nothing was sent.",
                            current));
                  }
                  CompletableFuture<OcspConfig> sent = client.updateOcspConfig(send);
                  put.set(sent);
                  return sent.thenApply(
                      after ->
                          new ChangeResult(
                              review.member(),
                              ChangeResult.Outcome.APPLIED,
                              "Sent " + String.join(", ", send.body().keySet()) + ".",
                              after));
                })
            .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    return result.whenComplete(
        (done, failure) -> {
          reRead.cancel(true);
          put.get().cancel(true);
        });
  }

  /** The conflict rule and the local rules, on what the cluster holds now; null when clear. */
  private static ChangeResult stopBeforePut(
      ChangeReview review, Map<OcspField, Object> chosen, OcspConfig current) {
    List<String> changed = new ArrayList<>();
    for (OcspField field : chosen.keySet()) {
      Object then = review.before().get(field);
      Object now = current.get(field);
      if (!Objects.equals(then, now)) {
        changed.add(
            FieldWords.label(field)
                + " is now "
                + FieldWords.value(field, now)
                + " (was "
                + FieldWords.value(field, then)
                + ")");
      }
    }
    if (!changed.isEmpty()) {
      return new ChangeResult(
          review.member(),
          ChangeResult.Outcome.CONFLICT,
          "Changed on the cluster since the review: "
              + String.join("; ", changed)
              + ". Nothing was sent; review it again to apply.",
          current);
    }
    List<String> refusals = ChangeReview.refusals(current, chosen);
    if (!refusals.isEmpty()) {
      return new ChangeResult(
          review.member(),
          ChangeResult.Outcome.REFUSED,
          String.join(" ", refusals) + " Nothing was sent.",
          current);
    }
    return null;
  }

  private String failureText(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof TimeoutException) {
      return "No answer within "
          + Durations.human(Math.max(1, timeout.toSeconds()))
          + "; the change may or may not have been applied: read the cluster again.";
    }
    ApiError error = cause instanceof ApiException api ? api.error() : ApiException.errorOf(cause);
    return error.message();
  }
}
