package org.ocspconsole.fleetview;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ocspconsole.fleet.ChangeResult;
import org.ocspconsole.fleet.ChangeReview;
import org.ocspconsole.fleet.OperatorSnippet;
import org.ocspconsole.fx.FxThread;

/**
 * One change to many clusters: choose, review, results. Apply is never the default button and never
 * has the focus: Enter in the review goes Back; applying takes a click, Alt+A, or Tab to it and
 * Space. Esc closes except while applying.
 */
final class ChangeWindow {
  private ChangeWindow() {}

  static Stage show(Window owner, ChangeViewModel vm, Consumer<ChangeViewModel> afterApply) {
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle("Change " + clusters(vm.targets().size()) + " — OCSP Console");
    BorderPane root = new BorderPane();
    root.setPadding(new Insets(12));
    ChangeChooser chooser = new ChangeChooser(vm);

    ListView<ChangeReview> review = new ListView<>(vm.reviews());
    review.setId("fleet-review");
    review.setCellFactory(list -> new Lines.ReviewCell());
    ListView<ChangeResult> results = new ListView<>(vm.results());
    results.setId("fleet-results");
    results.setCellFactory(list -> new Lines.ResultCell());

    Button reviewButton = new Button("_Review…");
    reviewButton.setId("fleet-review-button");
    reviewButton.setDefaultButton(true);
    reviewButton.disableProperty().bind(vm.canReviewProperty().not());
    reviewButton.setOnAction(e -> vm.review());
    Button back = new Button("_Back");
    back.setId("fleet-back");
    back.setOnAction(e -> vm.back());
    Button apply = new Button("_Apply");
    apply.setId("fleet-apply");
    apply.setOnAction(e -> vm.apply().thenRunAsync(() -> afterApply.accept(vm), FxThread.EXECUTOR));
    Button retry = new Button("Re_view failed again…");
    retry.setId("fleet-retry");
    retry.setOnAction(e -> vm.reviewFailed());
    Button close = new Button("_Close");
    close.setId("fleet-close");
    close.setCancelButton(true);
    close.setOnAction(e -> stage.close());
    for (Button b : new Button[] {reviewButton, back, apply, retry, close}) {
      b.setMnemonicParsing(true);
    }
    Label heading = new Label();
    heading.setWrapText(true);
    heading.setMinHeight(Region.USE_PREF_SIZE);
    Label operator = new Label(OperatorSnippet.OPERATOR_WARNING);
    operator.setWrapText(true);
    operator.getStyleClass().add("text-muted");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(8);
    bar.setPadding(new Insets(10, 0, 0, 0));
    root.setBottom(new VBox(6, operator, bar));

    vm.stepProperty()
        .addListener(
            (o, was, step) -> {
              switch (step) {
                case CHOOSE -> {
                  heading.setText(
                      "Choose the settings to set on "
                          + clusters(vm.targets().size())
                          + ". Only these are sent; the others keep each cluster's value.");
                  root.setCenter(new VBox(10, heading, chooser));
                  bar.getChildren().setAll(spacer, reviewButton, close);
                  reviewButton.setDefaultButton(true);
                }
                case REVIEW -> {
                  heading.setText(
                      "Review: each cluster is read again just before its change; one that"
                          + " changed meanwhile is reported and left alone. "
                          + vm.toSend()
                          + " of "
                          + vm.reviews().size()
                          + " would be sent a change.");
                  root.setCenter(pane(heading, review));
                  apply.setText("_Apply to " + clusters(vm.toSend()));
                  apply.setDisable(vm.toSend() == 0);
                  bar.getChildren().setAll(back, spacer, apply, close);
                  reviewButton.setDefaultButton(false);
                  back.setDefaultButton(true);
                  // After the new step's layout, or the focus stays where the old step left it.
                  FxThread.later(back::requestFocus);
                }
                case APPLYING -> {
                  heading.setText("Applying…");
                  root.setCenter(pane(heading, results));
                  bar.getChildren().setAll(spacer);
                }
                case RESULTS -> {
                  heading.setText(
                      vm.resultsSummary()
                          + (vm.stoppedProperty().get() == null
                              ? ""
                              : " " + vm.stoppedProperty().get()));
                  root.setCenter(pane(heading, results));
                  retry.setDisable(!vm.anyRetryable());
                  bar.getChildren().setAll(spacer, retry, close);
                  back.setDefaultButton(false);
                  close.setDefaultButton(true);
                  FxThread.later(close::requestFocus);
                }
              }
            });
    heading.setText(
        "Choose the settings to set on "
            + clusters(vm.targets().size())
            + ". Only these are sent; the others keep each cluster's value.");
    root.setCenter(new VBox(10, heading, chooser));
    bar.getChildren().setAll(spacer, reviewButton, close);

    Scene scene = new Scene(root, 760, 520);
    scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            if (vm.stepProperty().get() != ChangeViewModel.Step.APPLYING) {
              stage.close();
            }
          } else if (e.getCode() == KeyCode.ENTER && scene.getFocusOwner() == apply) {
            // Enter never applies, even with the focus on Apply: Space or Alt+A does.
            e.consume();
          }
        });
    stage.setScene(scene);
    stage.show();
    chooser.focusFirst();
    return stage;
  }

  private static Node pane(Label heading, Node list) {
    VBox box = new VBox(10, heading, list);
    VBox.setVgrow(list, Priority.ALWAYS);
    return box;
  }

  /** "1 cluster", "6 clusters". */
  private static String clusters(long count) {
    return count + (count == 1 ? " cluster" : " clusters");
  }
}
