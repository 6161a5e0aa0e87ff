package org.ocspconsole.app;

import java.time.Clock;
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
    VBox cards =
        new VBox(
            14,
            new StatusView(status),
            new CertificateView(certificate, this::openReplace),
            new AlertsView(alerts));
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
