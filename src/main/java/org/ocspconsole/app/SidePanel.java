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
  private final ObservableValue<?> formLoaded;

  /**
   * The pulse, counted from the window's attaching the form, on which the hidden column joins the
   * window: the first pulse lays out and draws the form, the second waits for that painting.
   */
  private static final int FIRST_PULSE = 3;

  /**
   * Pulses from the form's first answer to the column's showing: the first pulse after the values
   * are set lays them out and the second waits for their painting, so the frame that first shows
   * them draws nothing else.
   */
  private static final int SHOW_AFTER = 2;

  /**
   * The pulse on which the column may show: 0 while the form's first read is pending, -1 once it
   * has answered, until the next pulse sets it.
   */
  private int showAt;

  private AnimationTimer builder;

  /**
   * Made with the form, before its first read has answered; nothing is read until {@link
   * #readAfterForm()}.
   *
   * @param refreshForm reloads the form (asking first when it has edits), after a replacement
   * @param formLoaded the form's loaded configuration: the status refreshes with each load
   */
  SidePanel(Session session, Window owner, Runnable refreshForm, ObservableValue<?> formLoaded) {
    this.session = session;
    this.owner = owner;
    this.refreshForm = refreshForm;
    this.formLoaded = formLoaded;
    Clock clock = Clock.systemDefaultZone();
    status = new StatusViewModel(session, FxThread.EXECUTOR, clock);
    certificate = new CertificateViewModel(session, FxThread.EXECUTOR, clock);
    alerts = new AlertsViewModel(session, FxThread.EXECUTOR);
    cards.setPadding(new Insets(16, 20, 16, 12));
    view = new ScrollPane(cards);
    view.setFitToWidth(true);
    view.setId("side-scroll");
    // Styled and laid out while hidden: neither drawn nor reached with Tab until it shows.
    view.setVisible(false);
  }

  /**
   * Sends the column's reads, once the form's first read has answered (start-up sends its one
   * request alone), and from then on refreshes the status with each load of the form. The column
   * shows a few pulses later, after the frame that shows the form's values.
   */
  void readAfterForm() {
    // An invalidation listener fires on every load, even one answering the same values.
    formLoaded.addListener(
        observable -> {
          formLoaded.getValue();
          status.refresh();
        });
    status.refresh();
    refreshAroundForm();
    showAt = -1;
    builder.start();
  }

  /**
   * Builds the cards into the hidden column, each over two pulses, while the form's first read is
   * pending, and shows the column once that read has answered and the frame with the form's values
   * is drawn; then runs {@code done}. Styling and laying out a card the first time takes tens of
   * milliseconds on a slow machine: all three in one pulse held a frame for about 70 ms, and built
   * after the first read they held the frames of a Refresh pressed then. While the first read is
   * pending the FX thread has nothing else to do; on a cluster that answers sooner, the rest are
   * built after it, likewise.
   *
   * @param alive false once the window has moved on (another session): building stops
   */
  void buildOverPulses(Consumer<Node> place, BooleanSupplier alive, Runnable done) {
    List<Supplier<Node>> steps =
        List.of(
            () -> new StatusView(status),
            () -> new CertificateView(certificate, this::openReplace),
            () -> new AlertsView(alerts));
    builder =
        new AnimationTimer() {
          private int pulse;
          private int built;
          private Node made;

          @Override
          public void handle(long now) {
            pulse++;
            if (!alive.getAsBoolean()) {
              stop();
              return;
            }
            if (showAt < 0) {
              showAt = pulse + SHOW_AFTER;
            }
            if (pulse < FIRST_PULSE) {
              return;
            }
            if (pulse == FIRST_PULSE) {
              place.accept(view);
              return;
            }
            // A card is made on one pulse (its classes loaded, its bindings set) and joins the
            // column on the next (styled, laid out): each alone keeps a frame short.
            if (made != null) {
              cards.getChildren().add(made);
              made = null;
              return;
            }
            if (built < steps.size()) {
              made = steps.get(built++).get();
              return;
            }
            if (showAt == 0) {
              stop(); // until the first read answers: no pulses for nothing
            } else if (pulse >= showAt) {
              view.setVisible(true);
              stop();
              done.run();
            }
          }
        };
    builder.start();
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
