package org.ocspconsole.staple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.fx.BackgroundCall;
import org.ocspconsole.stapling.CheckResult;
import org.ocspconsole.stapling.ClusterView;
import org.ocspconsole.stapling.EndpointReport;
import org.ocspconsole.stapling.ResponderReport;
import org.ocspconsole.stapling.StapleCheck;
import org.ocspconsole.stapling.Target;
import org.ocspconsole.stapling.Targets;

/**
 * The staple check as the window shows it: a row per endpoint filled in as reports arrive, the
 * responder, the three views, the budget; extra {@code host:port}s typed by the user. The check
 * runs on its own threads through {@link BackgroundCall}: its reports come back as partial results,
 * and Cancel closes its connections and still shows what was found.
 */
public final class StapleCheckViewModel {
  private final ClusterClient client;
  private final BiFunction<List<Target>, StapleCheck.Listener, StapleCheck.Run> starter;
  private final ObservableList<StapleRow> rows = FXCollections.observableArrayList();
  private final ObjectProperty<StapleRow> selected = new SimpleObjectProperty<>(this, "selected");
  private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
  private final BackgroundCall calls;
  private final ReadOnlyStringWrapper responder = new ReadOnlyStringWrapper(this, "responder", "");
  private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ObservableList<String> views = FXCollections.observableArrayList();
  private final ObservableList<String> differences = FXCollections.observableArrayList();
  private final ObservableList<String> budget = FXCollections.observableArrayList();
  private final StringBinding typedError;
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
  private final BooleanBinding canRun;

  /**
   * @param client the cluster, or null to check typed addresses only
   */
  public StapleCheckViewModel(ClusterClient client, Executor fx) {
    this(client, fx, (extra, listener) -> new StapleCheck().start(client, extra, listener));
  }

  StapleCheckViewModel(
      ClusterClient client,
      Executor fx,
      BiFunction<List<Target>, StapleCheck.Listener, StapleCheck.Run> starter) {
    this.client = client;
    this.calls = new BackgroundCall(fx);
    this.starter = starter;
    typedError =
        Bindings.createStringBinding(
            () -> {
              try {
                parse(typed.get());
                return null;
              } catch (IllegalArgumentException e) {
                return e.getMessage();
              }
            },
            typed);
    // The detail follows the selected row, and that row's report when it arrives.
    selected.addListener(
        (obs, old, row) -> {
          detail.unbind();
          if (row == null) {
            detail.set("");
          } else {
            detail.bind(Bindings.createStringBinding(row::detail, row.reportProperty()));
          }
        });
    canRun = calls.busyProperty().not().and(typedError.isNull());
  }

  /** Checks the cluster's endpoints and the typed addresses; the old results go. */
  public void run() {
    if (!canRun.get()) {
      return;
    }
    List<Target> extra = parse(typed.get());
    rows.clear();
    views.clear();
    differences.clear();
    budget.clear();
    responder.set("Asking the responder\u2026");
    problems.set("");
    summary.set(client == null ? "Checking\u2026" : "Reading the cluster\u2026");
    calls.runStoppable(
        () -> {
          StapleCheck.Run run = starter.apply(extra, listener());
          return new BackgroundCall.Stoppable<>(run.result(), run::cancel);
        },
        this::finished,
        this::failed);
  }

  /** The listener a run reports to, from the check's threads. */
  private StapleCheck.Listener listener() {
    return new StapleCheck.Listener() {
      @Override
      public void cluster(ClusterView view) {
        calls.progress(() -> problems.set(StapleWords.clusterProblems(view)));
      }

      @Override
      public void targets(List<Target> targets) {
        calls.progress(
            () -> {
              targets.forEach(target -> rows.add(new StapleRow(target)));
              if (!rows.isEmpty() && selected.get() == null) {
                selected.set(rows.get(0));
              }
              summary.set("Checking " + targets.size() + " endpoints, 8 at a time\u2026");
            });
      }

      @Override
      public void endpoint(int index, EndpointReport report) {
        calls.progress(() -> rows.get(index).show(report));
      }

      @Override
      public void responder(ResponderReport report) {
        calls.progress(() -> responder.set(StapleWords.responderLine(report)));
      }
    };
  }

  /** Stops a running check: open connections close, the endpoints not yet done end as cancelled. */
  public void cancel() {
    calls.cancel();
  }

  private void finished(CheckResult result) {
    views.setAll(result.views());
    differences.setAll(result.differences());
    budget.setAll(result.budget());
    if (result.responder() == null) {
      responder.set("Not asked: no certificate was seen.");
    }
    summary.set(StapleWords.summary(result));
  }

  private void failed(ApiError error) {
    summary.set("The check failed: " + error.message());
  }

  /** Typed addresses, separated by spaces or commas; none is fine. */
  static List<Target> parse(String text) {
    List<Target> targets = new ArrayList<>();
    for (String part : (text == null ? "" : text).split("[,\\s]+")) {
      if (!part.isBlank()) {
        targets.add(Targets.parse(part));
      }
    }
    return targets;
  }

  public ObservableList<StapleRow> rows() {
    return rows;
  }

  public ObjectProperty<StapleRow> selectedProperty() {
    return selected;
  }

  public StringProperty typedProperty() {
    return typed;
  }

  /** Why the typed text is not a list of {@code host:port}, or null. */
  public StringBinding typedErrorProperty() {
    return typedError;
  }

  public ReadOnlyStringProperty detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public BooleanBinding canRunProperty() {
    return canRun;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return calls.busyProperty();
  }

  public ReadOnlyStringProperty responderProperty() {
    return responder.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemsProperty() {
    return problems.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ObservableList<String> views() {
    return views;
  }

  public ObservableList<String> differences() {
    return differences;
  }

  public ObservableList<String> budget() {
    return budget;
  }
}
