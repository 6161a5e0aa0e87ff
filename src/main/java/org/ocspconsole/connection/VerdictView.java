package org.ocspconsole.connection;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ocspconsole.api.ApiError;

/** The outcome of "Test connection": a headline, then one row per step with a mark and words. */
final class VerdictView extends VBox {
  private final Label headline = new Label();
  private final GridPane steps = new GridPane();
  private final Button trust = new Button("_Review certificate\u2026");

  VerdictView(
      ObservableValue<Verdict> verdict, java.util.function.Consumer<ApiError> onReviewCertificate) {
    setId("verdict");
    setSpacing(6);
    headline.setId("verdict-headline");
    headline.setWrapText(true);
    headline.setMaxWidth(580);
    headline.setMinHeight(Label.USE_PREF_SIZE);
    headline.getStyleClass().add(Styles.TEXT_BOLD);
    steps.setHgap(8);
    steps.setVgap(2);
    trust.setId("verdict-trust");
    trust.setMnemonicParsing(true);
    getChildren().addAll(headline, steps, trust);
    verdict.addListener((obs, old, now) -> show(now, onReviewCertificate));
    show(verdict.getValue(), onReviewCertificate);
  }

  private void show(Verdict verdict, java.util.function.Consumer<ApiError> review) {
    setVisible(verdict != null);
    setManaged(verdict != null);
    steps.getChildren().clear();
    if (verdict == null) {
      return;
    }
    headline.setText(verdict.headline());
    headline.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
    headline.getStyleClass().add(verdict.ok() ? Styles.SUCCESS : Styles.DANGER);
    int row = 0;
    for (Verdict.Step step : verdict.steps()) {
      Label mark =
          new Label(
              switch (step.state()) {
                case PASSED -> "\u2714";
                case FAILED -> "\u2716";
                case NOT_REACHED -> "\u2013";
              });
      mark.getStyleClass()
          .add(
              step.state() == Verdict.State.PASSED
                  ? Styles.SUCCESS
                  : step.state() == Verdict.State.FAILED ? Styles.DANGER : Styles.TEXT_MUTED);
      Label name = new Label(step.name());
      name.setMinWidth(Label.USE_PREF_SIZE);
      Label detail = new Label(step.detail());
      detail.setWrapText(true);
      detail.setMaxWidth(340);
      detail.setMinHeight(Label.USE_PREF_SIZE);
      detail.setId("verdict-step-" + row);
      detail.getStyleClass().add(Styles.TEXT_MUTED);
      steps.addRow(row++, mark, name, detail);
      mark.setAccessibleText(
          step.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    ApiError error = verdict.error();
    boolean certificate = error != null && error.certificate() != null;
    trust.setVisible(certificate);
    trust.setManaged(certificate);
    trust.setOnAction(e -> review.accept(error));
    // The dialog was sized before the verdict existed; let it grow to show all of it.
    if (getScene() != null && getScene().getWindow() != null) {
      getScene().getWindow().sizeToScene();
    }
  }
}
