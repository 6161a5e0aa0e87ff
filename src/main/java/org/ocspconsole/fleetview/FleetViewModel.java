package org.ocspconsole.fleetview;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
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

  private final FleetLines lines;
  // Where each member's line is, by the member's id.
  private final Map<String, Integer> index = new HashMap<>();
  private final FilteredList<FleetLine> filtered;
  private final SortedList<FleetLine> sorted;
  private final StringProperty filter = new SimpleStringProperty("");
  private final BooleanProperty problemsFirst = new SimpleBooleanProperty(true);
  private final ObjectProperty<Comparator<FleetLine>> tableOrder = new SimpleObjectProperty<>();
  private final ObjectProperty<Baseline> baseline = new SimpleObjectProperty<>(Baseline.NONE);
  // Fixed for the window's life but for the file last used: the list never replaces the chosen
  // item, which would clear a ComboBox's value and with it the baseline.
  private final ObservableList<Baseline> baselineChoices = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final Opener opener;
  private final FleetReader reader;
  private final Executor fx;
  private final Clock clock;
  private Consumer<Member> onSignIn = member -> {};
  // Rows of the readings that arrived since the FX thread last took them: one hop per batch.
  private final java.util.concurrent.ConcurrentLinkedQueue<FleetRow> arrived =
      new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final java.util.concurrent.atomic.AtomicBoolean drainQueued =
      new java.util.concurrent.atomic.AtomicBoolean();

  public FleetViewModel(
      List<Member> members, Opener opener, FleetReader reader, Executor fx, Clock clock) {
    this.opener = opener;
    this.reader = reader;
    this.fx = fx;
    this.clock = clock;
    lines = new FleetLines(members.stream().map(FleetRow::waiting).toList());
    for (int i = 0; i < members.size(); i++) {
      index.putIfAbsent(members.get(i).id(), i);
    }
    filtered = new FilteredList<>(lines);
    sorted = new SortedList<>(filtered);
    filtered.predicateProperty().bind(Bindings.createObjectBinding(this::matcher, filter));
    sorted
        .comparatorProperty()
        .bind(Bindings.createObjectBinding(this::order, problemsFirst, tableOrder));
    baselineChoices.add(Baseline.NONE);
    members.forEach(member -> baselineChoices.add(Baseline.cluster(member)));
    baseline.addListener((o, was, now) -> markDrift());
    summary.bind(Bindings.createStringBinding(this::describe, lines));
  }

  /** The lines as the table shows them: filtered and sorted. */
  public SortedList<FleetLine> lines() {
    return sorted;
  }

  /** The rows as the table shows them now: filtered and sorted. */
  public List<FleetRow> rows() {
    return sorted.stream().map(FleetLine::row).toList();
  }

  public List<FleetRow> allRows() {
    return lines.stream().map(FleetLine::row).toList();
  }

  public StringProperty filterProperty() {
    return filter;
  }

  public BooleanProperty problemsFirstProperty() {
    return problemsFirst;
  }

  /** Bound to the table's own comparator (the column the user sorted by). */
  public ObjectProperty<Comparator<FleetLine>> tableOrderProperty() {
    return tableOrder;
  }

  public ObjectProperty<Baseline> baselineProperty() {
    return baseline;
  }

  /** "9 clusters · 7 read · 2 with problems". */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** No baseline, every cluster, and the settings file last used as the baseline, if any. */
  public ObservableList<Baseline> baselineChoices() {
    return baselineChoices;
  }

  /**
   * Compares the cells with a settings file, which takes the last file's place among the choices.
   * The choice is there before it is chosen: a ComboBox given a value its list does not hold yet
   * showed an empty box once the list caught up.
   */
  public void useFileAsBaseline(Baseline file) {
    baselineChoices.removeIf(b -> b != Baseline.NONE && b.memberId() == null);
    baselineChoices.add(file);
    baseline.set(file);
  }

  /** Reads every cluster again; rows keep their last values until the new ones arrive. */
  public CompletableFuture<List<Reading>> refresh() {
    lines.updateAll(FleetRow::loadingAgain);
    List<Member> members = allRows().stream().map(FleetRow::member).toList();
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
   * On a worker thread: makes the reading's row (its problems and words: the FX thread only shows
   * them), queues it, and asks the FX thread to take the queue only if it was not already asked.
   * With a hundred clusters answering at once the table then changes once per batch, not a hundred
   * times.
   */
  private void arrive(Reading reading) {
    if (reading == null) {
      return;
    }
    arrived.add(FleetRow.read(reading, clock.instant()));
    if (drainQueued.compareAndSet(false, true)) {
      fx.execute(this::drain);
    }
  }

  private void drain() {
    drainQueued.set(false);
    Map<Integer, FleetRow> batch = new HashMap<>();
    String baselineId = baseline.get() == null ? null : baseline.get().memberId();
    boolean baselineRead = false;
    for (FleetRow row = arrived.poll(); row != null; row = arrived.poll()) {
      Integer at = index.get(row.member().id());
      if (at != null) {
        batch.put(at, row);
        baselineRead |= row.member().id().equals(baselineId);
      }
    }
    if (baselineRead) {
      lines.update(batch);
      markDrift(); // the baseline cluster's new settings: every row compares again
      return;
    }
    Map<OcspField, Object> base = baselineValues();
    batch.replaceAll((at, row) -> row.withDrift(drift(row, base)));
    // One change for the whole batch: the filter and the sort run once, the table updates the
    // cells of the lines that changed (see FleetLines).
    lines.update(batch);
  }

  private void markDrift() {
    Map<OcspField, Object> base = baselineValues();
    lines.updateAll(row -> row.withDrift(drift(row, base)));
  }

  private void replace(Member member, java.util.function.UnaryOperator<FleetRow> change) {
    Integer at = index.get(member.id());
    if (at != null) {
      lines.update(Map.of(at, change.apply(lines.get(at).row())));
    }
  }

  /** The fields to compare with: a file's, the baseline cluster's as last read, or none. */
  private Map<OcspField, Object> baselineValues() {
    Baseline base = baseline.get();
    if (base == null || base.memberId() == null) {
      return base == null ? Map.of() : base.values();
    }
    Integer at = index.get(base.memberId());
    FleetRow row = at == null ? null : lines.get(at).row();
    return row != null && row.reachable() ? Drift.baselineOf(row.reading().config()) : Map.of();
  }

  private static Set<OcspField> drift(FleetRow row, Map<OcspField, Object> base) {
    return row.reading() == null || base.isEmpty()
        ? Set.of()
        : Drift.differing(base, row.reading().config());
  }

  private java.util.function.Predicate<FleetLine> matcher() {
    String text = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      return line -> true;
    }
    return line -> {
      FleetRow row = line.row();
      return (row.member().name()
              + " "
              + row.member().url()
              + " "
              + String.join(" ", row.problems()))
          .toLowerCase(Locale.ROOT)
          .contains(text);
    };
  }

  /** Cheap to call: the sort runs once per batch of readings, over every line. */
  private Comparator<FleetLine> order() {
    Comparator<FleetLine> byTable =
        tableOrder.get() != null
            ? tableOrder.get()
            : (a, b) ->
                String.CASE_INSENSITIVE_ORDER.compare(
                    a.row().member().name(), b.row().member().name());
    if (!problemsFirst.get()) {
      return byTable;
    }
    Comparator<FleetLine> problemsOnTop =
        (a, b) -> Boolean.compare(!a.row().hasProblem(), !b.row().hasProblem());
    return problemsOnTop.thenComparing(byTable);
  }

  private String describe() {
    List<FleetRow> rows = allRows();
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
    Baseline base = baseline.get();
    if (base != null && base != Baseline.NONE) {
      text.append(" · ");
      if (baselineValues().isEmpty()) {
        text.append(base.label()).append(" not read: nothing compared");
      } else {
        text.append(drifted).append(" differ from ").append(base.label());
      }
    }
    return text.toString();
  }
}
