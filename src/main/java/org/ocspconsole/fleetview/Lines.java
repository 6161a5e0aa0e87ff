package org.ocspconsole.fleetview;

import javafx.scene.control.ListCell;
import org.ocspconsole.fleet.ChangeResult;
import org.ocspconsole.fleet.ChangeReview;

/** The review's and the results' lines: one cluster each, in words. */
final class Lines {
  private Lines() {}

  static String review(ChangeReview review) {
    String name = review.member().name() + ": ";
    if (!review.allowed()) {
      return name + "not sent. " + String.join(" ", review.refusals());
    }
    if (review.send().isEmpty()) {
      return name + "already so; nothing to send.";
    }
    return name + String.join(", ", review.oldToNew());
  }

  static String result(ChangeResult result) {
    String name = result.member().name() + ": ";
    return switch (result.outcome()) {
      case APPLIED -> name + "done. " + result.detail();
      case FAILED -> name + "failed. " + result.detail();
      case UNCHANGED, CONFLICT, REFUSED -> name + result.detail();
    };
  }

  static final class ReviewCell extends ListCell<ChangeReview> {
    @Override
    protected void updateItem(ChangeReview item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null : review(item));
      setWrapText(true);
    }
  }

  static final class ResultCell extends ListCell<ChangeResult> {
    @Override
    protected void updateItem(ChangeResult item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null : result(item));
      setWrapText(true);
    }
  }
}
