package org.ocspconsole.fleetview;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.fleet.ChangeResult;
import org.ocspconsole.fleet.ChangeReview;
import org.ocspconsole.fleet.FleetChange;
import org.ocspconsole.fleet.Member;
import org.ocspconsole.fleet.Opener;
import org.ocspconsole.fx.BackgroundCall;

/**
 * One change to many clusters, in three steps: choose the fields and their values (only those are
 * ever sent), review each cluster's old → new, then apply with a result per cluster. Failed and
 * conflicting clusters go back to a fresh review, never straight to a second PUT.
 */
public final class ChangeViewModel {
  public enum Step {
    CHOOSE,
    REVIEW,
    APPLYING,
    RESULTS
  }

  private final Map<OcspField, ObjectProperty<Object>> values = new EnumMap<>(OcspField.class);
  private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE);
  private final ObservableList<ChangeReview> reviews = FXCollections.observableArrayList();
  private final ObservableList<ChangeResult> results = FXCollections.observableArrayList();
  private final List<FleetRow> targets;
  private final FleetChange change;
  private final Opener opener;
  // Applying runs as every view-model's calls do: busy, the hop back, a failure in words.
  private final BackgroundCall call;
  private final ReadOnlyStringWrapper stopped = new ReadOnlyStringWrapper();
  private Map<OcspField, Object> applied = Map.of();

  public ChangeViewModel(List<FleetRow> targets, FleetChange change, Opener opener, Executor fx) {
    this.targets = List.copyOf(targets);
    this.change = change;
    this.opener = opener;
    this.call = new BackgroundCall(fx);
    for (OcspField field : OcspField.values()) {
      values.put(field, new SimpleObjectProperty<>());
    }
  }

  /** The value chosen for a field; null leaves the field out of the change altogether. */
  public ObjectProperty<Object> valueProperty(OcspField field) {
    return values.get(field);
  }

  public ReadOnlyObjectProperty<Step> stepProperty() {
    return step.getReadOnlyProperty();
  }

  public ObservableList<ChangeReview> reviews() {
    return reviews;
  }

  public ObservableList<ChangeResult> results() {
    return results;
  }

  public List<FleetRow> targets() {
    return targets;
  }

  public Map<OcspField, Object> chosen() {
    Map<OcspField, Object> chosen = new EnumMap<>(OcspField.class);
    values.forEach(
        (field, value) -> {
          if (value.get() != null) {
            chosen.put(field, value.get());
          }
        });
    return chosen;
  }

  /** Whether anything is chosen: Review needs at least one field. */
  public BooleanBinding canReviewProperty() {
    return Bindings.createBooleanBinding(
        () -> step.get() == Step.CHOOSE && !chosen().isEmpty(),
        values.values().toArray(ObjectProperty[]::new));
  }

  /** Takes values from a settings file as edits to review; nothing is sent by this. */
  public void load(Map<OcspField, ?> fromFile) {
    values.forEach((field, value) -> value.set(fromFile.get(field)));
  }

  /** Builds the review from the clusters' last readings. */
  public void review() {
    applied = chosen();
    reviews.setAll(reviewsOf(targets.stream().map(FleetRow::member).toList(), null));
    step.set(Step.REVIEW);
  }

  /** How many reviewed clusters would be sent something. */
  public long toSend() {
    return reviews.stream().filter(r -> r.allowed() && !r.send().isEmpty()).count();
  }

  public void back() {
    step.set(Step.CHOOSE);
  }

  /**
   * Applies the reviewed change; each cluster's result is listed as it comes, and the step turns to
   * the results once all are in (the returned future completes after that).
   */
  public CompletableFuture<Void> apply() {
    step.set(Step.APPLYING);
    results.clear();
    stopped.set(null);
    return call.run(
        () ->
            change.apply(
                List.copyOf(reviews),
                applied,
                opener,
                result -> call.progress(() -> results.add(result))),
        all -> step.set(Step.RESULTS),
        error -> {
          // The engine reports each cluster's failure as a result and never fails as a whole; if
          // it ever does, the user learns that the list may be incomplete.
          stopped.set("The change stopped before every cluster answered: " + error.message());
          step.set(Step.RESULTS);
        });
  }

  /** Why applying stopped short, or null. */
  public ReadOnlyStringProperty stoppedProperty() {
    return stopped.getReadOnlyProperty();
  }

  /**
   * Failed and conflicting clusters, reviewed again against what each held at the last attempt: the
   * user sees the new old → new before anything is sent again.
   */
  public void reviewFailed() {
    List<Member> again = new ArrayList<>();
    Map<String, ChangeResult> last = new java.util.HashMap<>();
    for (ChangeResult result : results) {
      if (result.outcome().retryable()) {
        again.add(result.member());
        last.put(result.member().id(), result);
      }
    }
    reviews.setAll(reviewsOf(again, last));
    step.set(Step.REVIEW);
  }

  /**
   * The results in one line, by outcome: "5 of 6 done" hid that two of the five were sent nothing
   * and the sixth was never read.
   */
  public String resultsSummary() {
    Map<ChangeResult.Outcome, Long> counts = new EnumMap<>(ChangeResult.Outcome.class);
    results.forEach(r -> counts.merge(r.outcome(), 1L, Long::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (outcome, count) ->
            parts.add(
                count
                    + switch (outcome) {
                      case APPLIED -> " changed";
                      case UNCHANGED -> " already set";
                      case CONFLICT -> " changed meanwhile, not sent";
                      case REFUSED -> " not sent";
                      case FAILED -> " failed";
                    }));
    return (results.size() == 1 ? "1 cluster: " : results.size() + " clusters: ")
        + String.join(" · ", parts)
        + ".";
  }

  public boolean anyRetryable() {
    return results.stream().anyMatch(r -> r.outcome().retryable());
  }

  private List<ChangeReview> reviewsOf(List<Member> members, Map<String, ChangeResult> last) {
    List<ChangeReview> list = new ArrayList<>();
    for (FleetRow row : targets) {
      if (!members.contains(row.member())) {
        continue;
      }
      ChangeResult previous = last == null ? null : last.get(row.member().id());
      var current =
          previous != null && previous.after() != null
              ? previous.after()
              : row.reachable() ? row.reading().config() : null;
      if (current == null) {
        list.add(
            new ChangeReview(
                row.member(),
                null,
                org.ocspconsole.api.OcspUpdate.of(Map.of()),
                List.of("Its settings were not read: refresh it first.")));
      } else {
        list.add(ChangeReview.of(row.member(), current, applied));
      }
    }
    return list;
  }
}
