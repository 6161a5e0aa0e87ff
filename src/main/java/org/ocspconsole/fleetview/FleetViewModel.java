package org.ocspconsole.fleetview;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.fleet.Drift;
import org.ocspconsole.fleet.FleetReader;
import org.ocspconsole.fleet.Member;
import org.ocspconsole.fleet.Opener;
import org.ocspconsole.fleet.Reading;

/**
 * The fleet table's state: a row per cluster filled in as readings arrive, filtered, sorted (rows
 * with problems first when asked), and marked against a baseline. All state changes on the FX
 * thread; the reads run in the engine and come back through {@code fx}.
 */
public final class FleetViewModel {
  /** What cells are compared with: a cluster's settings or a settings file. */
  public record Baseline(String label, Map<OcspField, Object> values) {
    @Override
    public String toString() {
      return label;
    }
  }

  private final ObservableList<FleetRow> rows = FXCollections.observableArrayList();
  private final FilteredList<FleetRow> filtered = new FilteredList<>(rows);
  private final SortedList<FleetRow> sorted = new SortedList<>(filtered);
  private final StringProperty filter = new SimpleStringProperty("");
  private final BooleanProperty problemsFirst = new SimpleBooleanProperty(true);
  private final ObjectProperty<Comparator<FleetRow>> tableOrder = new SimpleObjectProperty<>();
  private final ObjectProperty<Baseline> baseline = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final Opener opener;
  private final FleetReader reader;
  private final Executor fx;
  private final Clock clock;
  private Consumer<Member> onSignIn = member -> {};
  // Readings that arrived since the FX thread last took them: one hop per batch, not per row.
  private final java.util.concurrent.ConcurrentLinkedQueue<Reading> arrived =
      new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final java.util.concurrent.atomic.AtomicBoolean drainQueued =
      new java.util.concurrent.atomic.AtomicBoolean();

  public FleetViewModel(
      List<Member> members, Opener opener, FleetReader reader, Executor fx, Clock clock) {
    this.opener = opener;
    this.reader = reader;
    this.fx = fx;
    this.clock = clock;
    members.forEach(member -> rows.add(FleetRow.waiting(member)));
    filtered.predicateProperty().bind(Bindings.createObjectBinding(this::matcher, filter));
    sorted
        .comparatorProperty()
        .bind(Bindings.createObjectBinding(this::order, problemsFirst, tableOrder));
    baseline.addListener((o, was, now) -> rows.replaceAll(row -> row.withDrift(drift(row))));
    summary.bind(Bindings.createStringBinding(this::describe, rows));
  }

  /** The rows as the table shows them: filtered and sorted. */
  public SortedList<FleetRow> rows() {
    return sorted;
  }

  public List<FleetRow> allRows() {
    return List.copyOf(rows);
  }

  public StringProperty filterProperty() {
    return filter;
  }

  public BooleanProperty problemsFirstProperty() {
    return problemsFirst;
  }

  /** Bound to the table's own comparator (the column the user sorted by). */
  public ObjectProperty<Comparator<FleetRow>> tableOrderProperty() {
    return tableOrder;
  }

  public ObjectProperty<Baseline> baselineProperty() {
    return baseline;
  }

  /** "9 clusters · 7 read · 2 with problems". */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Baseline choices: every cluster whose settings were read. */
  public List<Baseline> baselineChoices() {
    List<Baseline> choices = new ArrayList<>();
    for (FleetRow row : rows) {
      if (row.reachable()) {
        choices.add(new Baseline(row.member().name(), Drift.baselineOf(row.reading().config())));
      }
    }
    return choices;
  }

  /** Reads every cluster again; rows keep their last values until the new ones arrive. */
  public CompletableFuture<List<Reading>> refresh() {
    rows.replaceAll(FleetRow::loadingAgain);
    List<Member> members = rows.stream().map(FleetRow::member).toList();
    return reader.readAll(members, opener, this::arrive);
  }

  /** Reads one cluster again. */
  public CompletableFuture<Reading> refresh(Member member) {
    replace(member, FleetRow::loadingAgain);
    return reader.read(member, opener).whenComplete((reading, failure) -> arrive(reading));
  }

  /** Set by the window: forget the member's password so the next read asks for it. */
  public void setOnSignIn(Consumer<Member> action) {
    onSignIn = action;
  }

  public CompletableFuture<Reading> signIn(Member member) {
    onSignIn.accept(member);
    return refresh(member);
  }

  public Opener opener() {
    return opener;
  }

  /**
   * On a worker thread: queues the reading, and asks the FX thread to take the queue only if it was
   * not already asked. With a hundred clusters answering at once the table then changes a few times
   * per frame, not a hundred.
   */
  private void arrive(Reading reading) {
    if (reading == null) {
      return;
    }
    arrived.add(reading);
    if (drainQueued.compareAndSet(false, true)) {
      fx.execute(this::drain);
    }
  }

  private void drain() {
    drainQueued.set(false);
    Map<String, Reading> batch = new java.util.LinkedHashMap<>();
    for (Reading reading = arrived.poll(); reading != null; reading = arrived.poll()) {
      batch.put(reading.member().id(), reading);
    }
    if (batch.isEmpty()) {
      return;
    }
    // Row by row (a replaced row keeps its selection); the table lays its cells out once per
    // frame whatever the number of rows that changed before it.
    java.time.Instant now = clock.instant();
    for (int i = 0; i < rows.size() && !batch.isEmpty(); i++) {
      Reading reading = batch.remove(rows.get(i).member().id());
      if (reading != null) {
        rows.set(i, rows.get(i).reading(reading, drift(reading), now));
      }
    }
  }

  private void replace(Member member, java.util.function.UnaryOperator<FleetRow> change) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).member().id().equals(member.id())) {
        rows.set(i, change.apply(rows.get(i)));
        return;
      }
    }
  }

  private Set<OcspField> drift(FleetRow row) {
    return row.reading() == null ? Set.of() : drift(row.reading());
  }

  private Set<OcspField> drift(Reading reading) {
    Baseline base = baseline.get();
    return base == null ? Set.of() : Drift.differing(base.values(), reading.config());
  }

  private java.util.function.Predicate<FleetRow> matcher() {
    String text = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      return row -> true;
    }
    return row ->
        (row.member().name() + " " + row.member().url() + " " + String.join(" ", row.problems()))
            .toLowerCase(Locale.ROOT)
            .contains(text);
  }

  private Comparator<FleetRow> order() {
    Comparator<FleetRow> byTable =
        tableOrder.get() != null
            ? tableOrder.get()
            : Comparator.comparing(row -> row.member().name().toLowerCase(Locale.ROOT));
    if (!problemsFirst.get()) {
      return byTable;
    }
    return Comparator.comparing((FleetRow row) -> !row.hasProblem()).thenComparing(byTable);
  }

  private String describe() {
    long read = rows.stream().filter(row -> row.reading() != null && !row.loading()).count();
    long problems = rows.stream().filter(FleetRow::hasProblem).count();
    long drifted = rows.stream().filter(row -> !row.drift().isEmpty()).count();
    StringBuilder text = new StringBuilder();
    text.append(rows.size()).append(rows.size() == 1 ? " cluster" : " clusters");
    if (read < rows.size()) {
      text.append(" · ").append(read).append(" read so far");
    }
    text.append(" · ")
        .append(problems)
        .append(problems == 1 ? " needs" : " need")
        .append(" attention");
    if (baseline.get() != null) {
      text.append(" · ").append(drifted).append(" differ from ").append(baseline.get().label());
    }
    return text.toString();
  }
}
