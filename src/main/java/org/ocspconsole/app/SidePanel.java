package org.ocspconsole.app;

import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ocspconsole.alerts.AlertsView;
import org.ocspconsole.alerts.AlertsViewModel;
import org.ocspconsole.certificate.CertificateView;
import org.ocspconsole.certificate.CertificateViewModel;
import org.ocspconsole.certificate.ReplaceDialog;
import org.ocspconsole.certificate.ReplaceViewModel;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.session.Session;
import org.ocspconsole.status.StatusView;
import org.ocspconsole.status.StatusViewModel;

/**
 * The column beside the settings form: the certificate's OCSP status, the proxy certificate, and
 * the OCSP alerts. Kept apart from {@link MainWindow} so the window only places it and refreshes
 * it.
 */
final class SidePanel {
  private final Session session;
  private final Window owner;
  private final Runnable refreshForm;
  private final StatusViewModel status;
  private final CertificateViewModel certificate;
  private final AlertsViewModel alerts;
  private final ScrollPane view;
  private final VBox cards = new VBox(14);

  /**
   * The pulse on which the column enters the window, counted from the form's load: the second pulse
   * after the values are set is the first frame that shows them.
   */
  private static final int FIRST_PULSE = 3;

  /**
   * @param refreshForm reloads the form (asking first when it has edits), after a replacement
   * @param formLoaded the form's loaded configuration: the status refreshes with each load
   */
  SidePanel(Session session, Window owner, Runnable refreshForm, ObservableValue<?> formLoaded) {
    this.session = session;
    this.owner = owner;
    this.refreshForm = refreshForm;
    Clock clock = Clock.systemDefaultZone();
    status = new StatusViewModel(session, FxThread.EXECUTOR, clock);
    certificate = new CertificateViewModel(session, FxThread.EXECUTOR, clock);
    alerts = new AlertsViewModel(session, FxThread.EXECUTOR);
    cards.setPadding(new Insets(16, 20, 16, 12));
    view = new ScrollPane(cards);
    view.setFitToWidth(true);
    view.setId("side-scroll");
    // An invalidation listener fires on every load, even one answering the same values.
    formLoaded.addListener(
        observable -> {
          formLoaded.getValue();
          status.refresh();
        });
  }

  /**
   * Builds the cards into the column shown by {@code place}, one card per pulse, starting after the
   * frame that shows the form's values, then runs {@code done}. Styling and laying out a card the
   * first time takes tens of milliseconds on a slow machine: all three in one pulse held a frame
   * for about 70 ms (a Refresh sent at that moment saw it); one per pulse keeps every frame short,
   * and the first frame of the form pays none of it. The view-models' requests do not wait for
   * this: they go out when the column is made.
   *
   * @param alive false once the window has moved on (another session): building stops
   */
  void buildOverPulses(Consumer<Node> place, BooleanSupplier alive, Runnable done) {
    List<Supplier<Node>> steps =
        List.of(
            () -> new StatusView(status),
            () -> new CertificateView(certificate, this::openReplace),
            () -> new AlertsView(alerts));
    new AnimationTimer() {
      private int pulse;
      private int built;

      @Override
      public void handle(long now) {
        pulse++;
        if (!alive.getAsBoolean()) {
          stop();
          return;
        }
        if (pulse < FIRST_PULSE) {
          return;
        }
        if (pulse == FIRST_PULSE) {
          place.accept(view);
          return;
        }
        cards.getChildren().add(steps.get(built++).get());
        if (built == steps.size()) {
          stop();
          done.run();
        }
      }
    }.start();
  }

  /** The column, to stand beside the form. */
  Node view() {
    return view;
  }

  /** The certificate and the alerts; the status refreshes with each load of the form. */
  void refreshAroundForm() {
    certificate.load();
    alerts.load();
  }

  StatusViewModel status() {
    return status;
  }

  CertificateViewModel certificate() {
    return certificate;
  }

  AlertsViewModel alerts() {
    return alerts;
  }

  /** A fresh view-model each time, so a key chosen earlier is never kept around. */
  ReplaceViewModel openReplace() {
    ReplaceViewModel replace =
        new ReplaceViewModel(
            session,
            FxThread.EXECUTOR,
            Clock.systemDefaultZone(),
            () -> {
              certificate.load();
              status.refresh();
              refreshForm.run();
            });
    new ReplaceDialog(owner, replace).show();
    return replace;
  }
}
