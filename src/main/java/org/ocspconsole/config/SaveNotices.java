package org.ocspconsole.config;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.fx.Banner;

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
   * The banner after a save, or null: not saved because of someone else's change; otherwise every
   * notice that applies, in one banner titled by the first: the cluster stored other values than
   * sent, its answer left values out, some were already on the cluster, others changed fields the
   * save kept.
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
    List<String> titles = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    if (result.differs() != null) {
      titles.add("The cluster stored other values than those sent");
      texts.add(result.differs());
    }
    if (!result.omitted().isEmpty()) {
      titles.add("The cluster's answer left out some settings");
      texts.add(omitted(result));
    }
    if (!result.alreadyApplied().isEmpty()) {
      titles.add("Already on the cluster");
      texts.add(
          "Not sent again, because the cluster already held your value: "
              + FieldLabels.values(result.alreadyApplied(), result.answer())
              + ". A save you cancelled had arrived, or someone else set the same value.");
    }
    if (!result.changedByOthers().isEmpty()) {
      titles.add("Someone else changed other settings meanwhile");
      texts.add(
          "Their values were kept and are shown now: "
              + FieldLabels.values(result.changedByOthers(), result.answer())
              + ".");
    }
    if (titles.isEmpty()) {
      return null;
    }
    boolean warn = result.differs() != null || !result.unconfirmed().isEmpty();
    return notice(
        warn ? Banner.Severity.WARNING : Banner.Severity.INFO,
        titles.get(0),
        String.join(" ", texts));
  }

  private static String omitted(SaveFlow.Result result) {
    List<String> unconfirmed = result.unconfirmed().stream().map(FieldLabels::plain).toList();
    List<String> kept = new ArrayList<>(result.omitted());
    kept.removeAll(unconfirmed);
    StringBuilder text = new StringBuilder("Its answer to the save did not include ");
    text.append(FieldLabels.and(result.omitted()));
    if (unconfirmed.isEmpty()) {
      return text.append(
              ", so the form keeps the values read before the save. Refresh reads every value"
                  + " again.")
          .toString();
    }
    text.append('.');
    if (!kept.isEmpty()) {
      text.append(" The form keeps the values read before the save for ")
          .append(FieldLabels.and(kept))
          .append('.');
    }
    if (!unconfirmed.isEmpty()) {
      text.append(" Whether the cluster took your ")
          .append(FieldLabels.and(unconfirmed))
          .append(" is not known: ")
          .append(unconfirmed.size() == 1 ? "it stays" : "they stay")
          .append(
              " in the form as an unsaved change; saving again sends only what the cluster does not"
                  + " hold yet.");
    }
    return text.append(" Refresh reads every value again.").toString();
  }

  private static Banner notice(Banner.Severity severity, String title, String text) {
    return new Banner(severity, title, text, null, null);
  }
}
