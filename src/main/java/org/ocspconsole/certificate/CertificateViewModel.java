package org.ocspconsole.certificate;

import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ClusterCertificates;
import org.ocspconsole.fx.BackgroundCall;
import org.ocspconsole.pki.Pem;
import org.ocspconsole.session.Session;

/** The cluster's proxy certificate ({@code GET /v1/cluster/certificates}), read and explained. */
public final class CertificateViewModel {
  private final Session session;
  private final Clock clock;
  private final ReadOnlyObjectWrapper<CertificateFacts> facts =
      new ReadOnlyObjectWrapper<>(this, "facts");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
  private final BackgroundCall calls;
  private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
  private final ReadOnlyStringWrapper replaceBlocked =
      new ReadOnlyStringWrapper(this, "replaceBlocked");
  private final StringBinding validity;
  private final BooleanBinding validityWarning;

  public CertificateViewModel(Session session, Executor fx, Clock clock) {
    this.session = session;
    this.calls = new BackgroundCall(fx);
    this.clock = clock;
    now.set(clock.instant());
    session.permissions().addListener(() -> fx.execute(this::updateBlocked));
    updateBlocked();
    validity =
        Bindings.createStringBinding(
            () -> facts.get() == null ? "" : facts.get().validityText(now.get(), clock.getZone()),
            facts,
            now);
    validityWarning =
        Bindings.createBooleanBinding(
            () ->
                facts.get() != null
                    && facts.get().expiry(now.get()) != CertificateFacts.Expiry.FINE,
            facts,
            now);
  }

  public ReadOnlyObjectProperty<CertificateFacts> factsProperty() {
    return facts.getReadOnlyProperty();
  }

  /** Why there are no facts: a failed read, or a cluster that lists no proxy certificate. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /**
   * Why "Replace certificate…" cannot work for this user (a 403 proved update_cluster missing), or
   * null.
   */
  public ReadOnlyStringProperty replaceBlockedProperty() {
    return replaceBlocked.getReadOnlyProperty();
  }

  private void updateBlocked() {
    replaceBlocked.set(session.permissions().missing("update_cluster").orElse(null));
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return calls.busyProperty();
  }

  /** The validity range with days left, expired or near expiry in words. */
  public StringBinding validityProperty() {
    return validity;
  }

  /** Expired, not yet valid, or fewer than {@link CertificateFacts#NEAR_EXPIRY_DAYS} days left. */
  public BooleanBinding validityWarningProperty() {
    return validityWarning;
  }

  public Instant now() {
    return clock.instant();
  }

  public void tick() {
    now.set(clock.instant());
  }

  public CompletableFuture<Void> load() {
    if (calls.isBusy()) {
      return CompletableFuture.completedFuture(null);
    }
    return calls.run(
        () -> session.call(() -> session.api().getClusterCertificates()),
        certificates -> {
          now.set(clock.instant());
          read(certificates);
        },
        error -> {
          now.set(clock.instant());
          session.permissions().learn(error);
          show(null, describe(error));
        });
  }

  private void read(ClusterCertificates certificates) {
    if (certificates.proxy().isEmpty()) {
      show(null, "The cluster listed no proxy certificate (proxy_cert).");
      return;
    }
    try {
      show(CertificateFacts.of(Pem.readCertificates(certificates.proxy().get())), null);
    } catch (CertificateException | IllegalArgumentException e) {
      show(null, "The cluster's proxy_cert is not a readable PEM certificate.");
    }
  }

  private void show(CertificateFacts value, String why) {
    facts.set(value);
    problem.set(why);
  }

  private static String describe(ApiError error) {
    return switch (error.kind()) {
      case FORBIDDEN ->
          "This user may not read the cluster's certificates: it needs the "
              + error.permission()
              + " permission (403).";
      // Only this call is known to be missing: the OCSP calls have answers of their own, so
      // this card must not call the whole address "not a Redis Software REST API".
      case NOT_FOUND ->
          "This cluster does not offer GET /v1/cluster/certificates (it answered 404), so the"
              + " console cannot show the proxy certificate here. The OCSP settings do not depend"
              + " on it.";
      default -> error.message();
    };
  }
}
