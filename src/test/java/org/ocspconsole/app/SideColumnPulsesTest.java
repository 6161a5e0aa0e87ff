package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status column's cards are styled and laid out for the first time one per pulse, after the
 * frame that shows the form's values, so that no frame holds all three (a Refresh pressed then
 * would see a frozen window for that long).
 */
@ExtendWith(ApplicationExtension.class)
class SideColumnPulsesTest extends WindowFixture {
  /** Per pulse: whether the form had its values, and how many cards the column held. */
  private final List<int[]> pulses = new ArrayList<>();

  @Start
  void start(Stage stage) throws Exception {
    open(stage, false);
    stage
        .getScene()
        .addPreLayoutPulseListener(
            () ->
                pulses.add(
                    new int[] {vm.form().loadedProperty().get() != null ? 1 : 0, cardsShown()}));
  }

  private int cardsShown() {
    Node column = stage.getScene().lookup("#side-scroll");
    if (column == null) {
      return -1;
    }
    return ((Pane) ((ScrollPane) column).getContent()).getChildren().size();
  }

  @Test
  void cardsArriveOnePerPulseAfterTheFormShowsItsValues(FxRobot robot) throws Exception {
    waitUntilLoaded();
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> robot.lookup("#status-query").tryQuery().isPresent());
    List<int[]> seen =
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(pulses)).get(20, TimeUnit.SECONDS);

    int firstWithValues = -1;
    for (int i = 0; i < seen.size(); i++) {
      if (seen.get(i)[0] == 1) {
        firstWithValues = i;
        break;
      }
    }
    assertThat(firstWithValues).as("a pulse laid out the form with its values").isNotNegative();
    // The frame that first shows the values, and the one after, have no column to build.
    for (int i = firstWithValues; i < Math.min(firstWithValues + 2, seen.size()); i++) {
      assertThat(seen.get(i)[1]).as("cards in pulse %d", i).isNegative();
    }
    int before = -1;
    for (int[] pulse : seen) {
      assertThat(pulse[1] - Math.max(before, 0))
          .as("cards added in one pulse (column: %d -> %d)", before, pulse[1])
          .isLessThanOrEqualTo(1);
      before = pulse[1];
    }
    assertThat(window.side()).isNotNull();
    assertThat(cardsShown()).isEqualTo(3);
  }
}
