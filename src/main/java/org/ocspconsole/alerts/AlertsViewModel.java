package org.ocspconsole.alerts;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ClusterInfo;
import org.ocspconsole.fx.BackgroundCall;
import org.ocspconsole.session.Session;

/**
 * The cluster's two OCSP alerts. Flipping a switch saves at once with a partial {@code PUT
 * /v1/cluster} carrying only that alert; a refused change flips the switch back.
 */
public final class AlertsViewModel {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final Session session;
  private final List<AlertSetting> alerts =
      List.of(
          new AlertSetting(
              ClusterInfo.ALERT_OCSP_QUERY_FAILED,
              "Alert when an OCSP query fails",
              "Raises a cluster alert when polling the OCSP responder fails."),
          new AlertSetting(
              ClusterInfo.ALERT_OCSP_STATUS_REVOKED,
              "Alert when the certificate is revoked",
              "Raises a cluster alert when the responder reports the proxy certificate revoked."));
  private final BackgroundCall calls;
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
  private final ReadOnlyStringWrapper confirmation =
      new ReadOnlyStringWrapper(this, "confirmation");
  private final ReadOnlyStringWrapper changeBlocked =
      new ReadOnlyStringWrapper(this, "changeBlocked");
  private final ReadOnlyStringWrapper unread = new ReadOnlyStringWrapper(this, "unread");
  private final StringBinding blocked =
      Bindings.createStringBinding(
          () -> unread.get() != null ? unread.get() : changeBlocked.get(), unread, changeBlocked);

  /** Set while the cluster's values are applied, so they are not taken for user changes. */
  private boolean applying;

  public AlertsViewModel(Session session, Executor fx) {
    this.session = session;
    this.calls = new BackgroundCall(fx);
    session.permissions().addListener(() -> fx.execute(this::updateBlocked));
    updateBlocked();
    for (AlertSetting alert : alerts) {
      alert
          .onProperty()
          .addListener(
              (obs, old, now) -> {
                if (!applying && now != alert.saved()) {
                  save(alert, now);
                }
              });
    }
  }

  public List<AlertSetting> alerts() {
    return alerts;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return calls.busyProperty();
  }

  public ReadOnlyBooleanProperty loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** Why the switches cannot be changed (a 403 proved update_cluster missing), or null. */
  public ReadOnlyStringProperty changeBlockedProperty() {
    return changeBlocked.getReadOnlyProperty();
  }

  /**
   * Why the cluster's alert settings are not known (the last read failed), or null: the switches
   * then show no value and the card offers Retry.
   */
  public ReadOnlyStringProperty unreadProperty() {
    return unread.getReadOnlyProperty();
  }

  /** Why the switches cannot be used now (not read, or not permitted), or null. */
  public StringBinding blockedProperty() {
    return blocked;
  }

  private void updateBlocked() {
    changeBlocked.set(session.permissions().missing("update_cluster").orElse(null));
  }

  public ReadOnlyStringProperty confirmationProperty() {
    return confirmation.getReadOnlyProperty();
  }

  public CompletableFuture<Void> load() {
    if (calls.isBusy()) {
      return CompletableFuture.completedFuture(null);
    }
    return run(() -> session.api().getCluster(), null, null);
  }

  private CompletableFuture<Void> save(AlertSetting alert, boolean value) {
    return run(() -> session.api().updateAlertSettings(Map.of(alert.key(), value)), alert, value);
  }

  private CompletableFuture<Void> run(
      Supplier<CompletableFuture<ClusterInfo>> call, AlertSetting changed, Boolean value) {
    problem.set(null);
    confirmation.set(null);
    return calls.run(
        () -> session.call(call),
        cluster -> {
          apply(cluster);
          if (changed != null) {
            confirmation.set(
                (value ? "Turned on" : "Turned off")
                    + " \u201c"
                    + changed.label()
                    + "\u201d at "
                    + LocalTime.now().format(TIME)
                    + ".");
          }
        },
        error -> {
          session.permissions().learn(error);
          problem.set(describe(error, changed != null));
          if (changed == null) {
            // Values shown from an earlier read may be stale, and "off" must never be a guess.
            applying = true;
            alerts.forEach(AlertSetting::unknown);
            applying = false;
            loaded.set(false);
            unread.set(
                "The alert settings could not be read, so they are not shown. Retry to read"
                    + " them again.");
          }
          if (changed != null) {
            applying = true;
            changed.onProperty().set(changed.saved());
            applying = false;
          }
        });
  }

  private void apply(ClusterInfo cluster) {
    applying = true;
    alerts.forEach(alert -> alert.load(cluster.booleanAlert(alert.key()).orElse(null)));
    applying = false;
    loaded.set(true);
    unread.set(null);
    if (alerts.stream().noneMatch(a -> a.availableProperty().get())) {
      problem.set(
          "This cluster has no OCSP alerts (they came with OCSP support in Redis Software 6.2.12).");
    }
  }

  private static String describe(ApiError error, boolean saving) {
    return switch (error.kind()) {
      case FORBIDDEN ->
          "This user may not "
              + (error.permission().equals("update_cluster") ? "change" : "read")
              + " the cluster's alert settings: it needs the "
              + error.permission()
              + " permission (403).";
      // Only this call is known to be missing; the OCSP calls answer for themselves.
      case NOT_FOUND ->
          "This cluster does not offer "
              + (saving ? "PUT" : "GET")
              + " /v1/cluster (it answered 404), so the OCSP alerts cannot be "
              + (saving ? "changed" : "read")
              + " here. The OCSP settings do not depend on them.";
      default -> error.message();
    };
  }
}
