package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.session.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status column's cards are styled and laid out for the first time one per pulse, hidden, while
 * the form's first read is pending, and the column shows after the frame that shows the form's
 * values. So no frame holds all three, and a Refresh pressed as the values arrive does not wait for
 * them. The first read is held until the cards are built, so the test does not depend on the
 * machine's speed.
 */
@ExtendWith(ApplicationExtension.class)
class SideColumnPulsesTest extends WindowFixture {
  /** The form's first read, answered once the test has seen the cards built. */
  private final CompletableFuture<OcspConfig> firstRead = new CompletableFuture<>();

  private Session session;

  /** Per pulse: whether the form had its values, the cards built, whether the column showed. */
  private final List<int[]> pulses = new ArrayList<>();

  /** Per pulse: whether the first card's Refresh button had its skin (it has been styled). */
  private final List<Boolean> styled = new ArrayList<>();

  @Start
  void start(Stage stage) throws Exception {
    DemoCluster demo = DemoCluster.start();
    session = Connector.demo(demo);
    open(stage, false, demo, session, firstRead);
    stage
        .getScene()
        .addPreLayoutPulseListener(
            () -> {
              ScrollPane column = column();
              pulses.add(
                  new int[] {
                    vm.form().loadedProperty().get() != null ? 1 : 0,
                    column == null ? -1 : ((Pane) column.getContent()).getChildren().size(),
                    column != null && column.isVisible() ? 1 : 0
                  });
              Node button = stage.getScene().lookup("#status-refresh");
              styled.add(button instanceof Control control && control.getSkin() != null);
            });
  }

  private ScrollPane column() {
    return (ScrollPane) stage.getScene().lookup("#side-scroll");
  }

  @Test
  void cardsAreBuiltOnePerPulseWhileTheFirstReadIsPendingAndShowAfterTheValues(FxRobot robot)
      throws Exception {
    // The first read stays pending until the three cards are in the hidden column, however slow
    // the machine; then it answers with the cluster's values.
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            WaitForAsyncUtils.asyncFx(
                    () -> !pulses.isEmpty() && pulses.get(pulses.size() - 1)[1] == 3)
                .get());
    firstRead.complete(session.client().getOcspConfig().get(20, TimeUnit.SECONDS));
    waitUntilLoaded();
    List<int[]> seen =
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(pulses)).get(20, TimeUnit.SECONDS);
    List<Boolean> skins =
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(styled)).get(20, TimeUnit.SECONDS);

    int firstWithValues = -1;
    for (int i = 0; i < seen.size(); i++) {
      if (seen.get(i)[0] == 1) {
        firstWithValues = i;
        break;
      }
    }
    assertThat(firstWithValues).as("a pulse laid out the form with its values").isPositive();
    int[] lastPending = seen.get(firstWithValues - 1);
    assertThat(lastPending[1]).as("cards built while the first read was pending").isEqualTo(3);
    assertThat(lastPending[2]).as("the column hidden while the first read was pending").isZero();
    assertThat(skins.get(firstWithValues - 1))
        .as("the hidden cards were styled (their controls have skins)")
        .isTrue();
    // The frame that first shows the values, and the one after, show no column yet.
    for (int i = firstWithValues; i < Math.min(firstWithValues + 2, seen.size()); i++) {
      assertThat(seen.get(i)[2]).as("column shown in pulse %d", i).isZero();
    }
    int before = -1;
    for (int[] pulse : seen) {
      assertThat(pulse[1] - Math.max(before, 0))
          .as("cards added in one pulse (column: %d -> %d)", before, pulse[1])
          .isLessThanOrEqualTo(1);
      before = pulse[1];
    }
    assertThat(window.side()).isNotNull();
    assertThat(WaitForAsyncUtils.asyncFx(() -> column().isVisible()).get(5, TimeUnit.SECONDS))
        .isTrue();
    assertThat(robot.lookup("#status-refresh").tryQuery()).isPresent();
  }
}
