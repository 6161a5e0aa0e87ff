package org.ocspconsole.fleetview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.app.Theme;
import org.ocspconsole.fleet.FleetChange;
import org.ocspconsole.fleet.FleetReader;
import org.ocspconsole.fleet.Member;
import org.ocspconsole.fx.FxThread;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What opening the fleet window costs the FX thread, and what the clusters do meanwhile. */
@ExtendWith(ApplicationExtension.class)
class FleetWindowOpeningTest {
  private static final String TITLE = "Fleet — OCSP Console";

  private Stage owner;
  // For each member the opener was asked for: whether the fleet window was already showing.
  private final List<Boolean> windowShowingWhenAsked = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) {
    Theme.apply(false);
    stage.setScene(new Scene(new StackPane(), 900, 600));
    stage.show();
    owner = stage;
  }

  private Stage open(int members) {
    List<Member> fleet =
        java.util.stream.IntStream.range(0, members)
            .mapToObj(i -> new Member("m" + i, "cluster " + i, "https://cluster-" + i + ":9443"))
            .toList();
    FleetViewModel vm =
        new FleetViewModel(
            fleet,
            member -> {
              windowShowingWhenAsked.add(
                  Window.getWindows().stream()
                      .anyMatch(w -> w instanceof Stage s && TITLE.equals(s.getTitle())));
              return CompletableFuture.failedFuture(
                  new ApiException(ApiError.transport(ApiError.Kind.LOCAL, "not a real cluster")));
            },
            // Members are opened on the caller's thread, as soon as they are asked for.
            new FleetReader(8, 1, Duration.ofSeconds(5), Clock.systemUTC(), Runnable::run),
            FxThread.EXECUTOR,
            Clock.systemUTC());
    return FleetWindow.show(owner, vm, new FleetChange(), m -> {}, () -> {}, Runnable::run);
  }

  @Test
  void theWindowIsUpBeforeAnyClusterIsAskedSoTheClickAnswersAtOnce(FxRobot robot) throws Exception {
    Stage[] fleet = new Stage[1];
    int[] askedWhileOpening = new int[1];
    robot.interact(
        () -> {
          fleet[0] = open(3);
          askedWhileOpening[0] = windowShowingWhenAsked.size();
        });
    // Nothing is asked while the window is being built and shown: its first TLS handshakes would
    // take the cores the FX thread needs for it.
    assertThat(askedWhileOpening[0]).isZero();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> windowShowingWhenAsked.size() == 3);
    assertThat(windowShowingWhenAsked).containsExactly(true, true, true);
    robot.interact(fleet[0]::close);
  }

  @Test
  void everyRowHasOneHeightThatFollowsTheFont(FxRobot robot) {
    Stage[] fleet = new Stage[1];
    robot.interact(() -> fleet[0] = open(20));
    WaitForAsyncUtils.waitForFxEvents();
    TableView<?> table = (TableView<?>) fleet[0].getScene().lookup("#fleet-table");
    double fixed = table.getFixedCellSize();
    // A fixed height: the table lays rows out without asking every cell of every row.
    assertThat(fixed).isGreaterThan(0);
    for (var row : table.lookupAll(".table-row-cell")) {
      if (row.isVisible() && ((Region) row).getHeight() > 0) {
        assertThat(((Region) row).getHeight()).isEqualTo(fixed);
      }
    }
    // The text of a cell fits in it, with room above and below.
    Text text = (Text) table.lookup(".table-cell .text");
    assertThat(text.getLayoutBounds().getHeight()).isLessThan(fixed * 0.7);
    // A larger font (a user's setting) makes the rows higher in proportion, so text is never cut.
    robot.interact(() -> table.setStyle("-fx-font-size: 2em;"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getFixedCellSize())
        .isCloseTo(2 * fixed, org.assertj.core.data.Offset.offset(1.0));
    robot.interact(fleet[0]::close);
  }
}
