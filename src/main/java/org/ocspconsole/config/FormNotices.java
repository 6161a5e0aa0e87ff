package org.ocspconsole.config;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.Words;
import org.ocspconsole.fx.Banner;

/**
 * What the form says besides its fields: the banner (an error, a save's notice, the undo of a
 * revert), the short confirmation after a save, and why the form is read-only. {@link
 * ConfigViewModel} decides when; this keeps them consistent with each other and with the edits.
 */
final class FormNotices {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final ConfigForm form;
  private final ReadOnlyStringWrapper readOnlyReason;
  private final ReadOnlyObjectWrapper<Banner> banner;
  private final ReadOnlyStringWrapper confirmation;
  private final BooleanBinding readOnly;
  private Banner undoBanner;

  FormNotices(Object bean, ConfigForm form) {
    this.form = form;
    readOnlyReason = new ReadOnlyStringWrapper(bean, "readOnlyReason");
    banner = new ReadOnlyObjectWrapper<>(bean, "banner");
    confirmation = new ReadOnlyStringWrapper(bean, "confirmation");
    readOnly = readOnlyReason.isNotNull();
    // Undo would overwrite what the user typed after the revert: it goes once they edit again.
    form.dirtyProperty()
        .addListener(
            (obs, was, dirty) -> {
              if (dirty && banner.get() != null && banner.get() == undoBanner) {
                banner.set(null);
              }
            });
  }

  /** A request starts: what the last one said no longer holds. */
  void requestStarted() {
    banner.set(null);
    confirmation.set(null);
  }

  /** The cluster answered a read: the form may be edited again. */
  void editable() {
    readOnlyReason.set(null);
  }

  /**
   * The edits were just discarded: one key press must not throw them all away, so the banner offers
   * them back until the next load, save or dismissal.
   */
  void offerUndo(
      ConfigForm.Edits edits, OcspConfig loaded, String clusterName, BooleanSupplier busy) {
    confirmation.set(null);
    undoBanner =
        new Banner(
            Banner.Severity.INFO,
            "Edits discarded",
            "The form shows the values last loaded from " + clusterName + " again.",
            "_Undo",
            () -> {
              // Only over the values the edits were made against: a newer load clears the banner.
              if (form.loadedProperty().get() == loaded && !busy.getAsBoolean()) {
                banner.set(null);
                form.restore(edits);
              }
            });
    banner.set(undoBanner);
  }

  /** A save finished; {@code before} is what the form held when it was sent. */
  void saved(SaveFlow.Result result, OcspConfig before) {
    if (!result.cancelled() && result.differs() == null && result.unconfirmed().isEmpty()) {
      // "Saved" would contradict the notice that the cluster kept other values.
      confirmation.set(
          SaveNotices.confirmation(
              result.sent(), result.keptTheirs(), result.answer(), LocalTime.now().format(TIME)));
    }
    banner.set(SaveNotices.banner(result, before));
  }

  /** Puts the error where it belongs: under a field or in the banner, with {@code action}. */
  void failed(ApiError failure, Runnable action) {
    // A cancelled request says what cancelling means for the form.
    ApiError error =
        failure.kind() == ApiError.Kind.CANCELLED
            ? failure.withMessage(Words.CANCELLED_EDITS_KEPT)
            : failure;
    banner.set(ErrorPlacement.place(error, form, action));
    if (ErrorPlacement.makesReadOnly(error)) {
      readOnlyReason.set(error.message());
    }
  }

  /** A message of the form's own (a settings file read or written). */
  void show(Banner message) {
    confirmation.set(null);
    banner.set(message);
  }

  void dismiss() {
    banner.set(null);
  }

  ReadOnlyStringProperty readOnlyReasonProperty() {
    return readOnlyReason.getReadOnlyProperty();
  }

  BooleanBinding readOnlyProperty() {
    return readOnly;
  }

  ReadOnlyObjectProperty<Banner> bannerProperty() {
    return banner.getReadOnlyProperty();
  }

  ReadOnlyStringProperty confirmationProperty() {
    return confirmation.getReadOnlyProperty();
  }
}
