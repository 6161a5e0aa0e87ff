package org.ocspconsole.status;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A failed read or query, in words, where the status would be; "Try again" when it may help. */
final class StatusProblemView extends VBox {
  StatusProblemView(StatusViewModel vm) {
    setId("status-problem");
    setSpacing(6);
    getStyleClass().add("status-problem");
    Label title = new Label();
    title.setId("status-problem-title");
    title.getStyleClass().add(Styles.TEXT_BOLD);
    Label text = new Label();
    text.setId("status-problem-text");
    text.setWrapText(true);
    // Not disabled while the retry runs (the view-model ignores a second press): a disabled,
    // focused button would hand the focus on to Replace certificate…. The progress line above
    // shows that it runs; on success this box goes and the focus moves to the query button.
    Button retry = StatusView.button("_Try again", "status-retry", vm::retry);
    getChildren().addAll(title, text, retry);
    managedProperty().bind(visibleProperty());
    vm.problemProperty().addListener((obs, old, problem) -> show(problem, title, text, retry));
    show(vm.problemProperty().get(), title, text, retry);
  }

  private void show(StatusProblem problem, Label title, Label text, Button retry) {
    setVisible(problem != null);
    if (problem != null) {
      title.setText("\u26a0 " + problem.title());
      text.setText(problem.text());
      retry.setVisible(problem.retry());
      retry.setManaged(problem.retry());
      setAccessibleText(problem.title() + ". " + problem.text());
    }
  }
}
