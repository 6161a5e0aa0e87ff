package org.ocspconsole.config;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.ocspconsole.api.OcspConfig;

/** What the form says around a save: why Save is disabled, and what a save ended in. */
final class SaveNotices {
  private SaveNotices() {}

  /** Why Save is (not) possible, for its tooltip. */
  static StringBinding hint(
      ConfigForm form, ObservableStringValue readOnlyReason, ObservableBooleanValue busy) {
    return Bindings.createStringBinding(
        () -> {
          if (form.loadedProperty().get() == null) {
            return "Nothing is loaded yet.";
          }
          if (readOnlyReason.get() != null) {
            return "Read-only: " + readOnlyReason.get();
          }
          if (busy.get()) {
            return "Wait for the current request to finish.";
          }
          if (!form.dirtyProperty().get()) {
            return "Nothing changed.";
          }
          if (!form.validProperty().get()) {
            return "Fix the highlighted values first.";
          }
          return "Save the changes to the cluster.";
        },
        form.loadedProperty(),
        readOnlyReason,
        busy,
        form.dirtyProperty(),
        form.validProperty());
  }

  /**
   * "Saved 2 changes at 10:42:07."; after "Keep theirs" it names the fields whose other value was
   * kept, so "Nothing to send" does not read as if the user's choice had been lost.
   */
  static String confirmation(
      int sent,
      java.util.List<org.ocspconsole.api.OcspField> keptTheirs,
      OcspConfig answer,
      String time) {
    String kept =
        keptTheirs.isEmpty()
            ? ""
            : "their value was kept for " + FieldLabels.values(keptTheirs, answer);
    String saved = "Saved " + sent + (sent == 1 ? " change" : " changes");
    String what =
        sent == 0
            ? "Nothing to send" + (kept.isEmpty() ? "" : ": " + kept + ",")
            : saved + (kept.isEmpty() ? "" : "; " + kept + ",");
    return what + " at " + time + ".";
  }

  /**
   * The banner after a save, or null: not saved because of someone else's change; the cluster
   * stored other values than sent; or others changed fields the save kept.
   *
   * @param loaded the snapshot the form had before the save
   */
  static Banner banner(SaveFlow.Result result, OcspConfig loaded) {
    if (result.cancelled()) {
      return notice(
          Banner.Severity.WARNING,
          "Not saved: the settings were changed by someone else",
          "Since you loaded them, someone else changed "
              + FieldLabels.list(result.answer(), loaded)
              + ". Nothing was sent and your edits are kept; save again to choose whose values"
              + " to keep.");
    }
    if (result.differs() != null) {
      return notice(
          Banner.Severity.WARNING,
          "The cluster stored other values than those sent",
          result.differs());
    }
    if (!result.changedByOthers().isEmpty()) {
      return notice(
          Banner.Severity.INFO,
          "Someone else changed other settings meanwhile",
          "Their values were kept and are shown now: "
              + FieldLabels.values(result.changedByOthers(), result.answer())
              + ".");
    }
    return null;
  }

  private static Banner notice(Banner.Severity severity, String title, String text) {
    return new Banner(severity, title, text, null, null);
  }
}
