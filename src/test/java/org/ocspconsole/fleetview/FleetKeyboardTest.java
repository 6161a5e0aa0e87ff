package org.ocspconsole.fleetview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspSettingsFile;
import org.ocspconsole.api.TrustSettings;
import org.ocspconsole.app.Theme;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.RecordedRequest;
import org.ocspconsole.fleet.FleetChange;
import org.ocspconsole.fleet.FleetReader;
import org.ocspconsole.fleet.Member;
import org.ocspconsole.fx.FileChoices;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.testing.Keys;
import org.ocspconsole.testing.Shown;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The change to many, by keyboard alone: Enter never applies; Space on Apply does. */
@ExtendWith(ApplicationExtension.class)
class FleetKeyboardTest {
  private static DemoCluster a;
  private static DemoCluster b;
  private Stage fleet;
  @TempDir Path folder;

  /** What the file dialog answers: the window asks through a seam, no robot types into GTK. */
  private volatile Path chosen;

  @BeforeAll
  static void startClusters() throws Exception {
    a = DemoCluster.start();
    b = DemoCluster.start();
    b.setConfig(OcspField.QUERY_FREQUENCY, 1800);
  }

  @AfterAll
  static void stopClusters() {
    a.close();
    b.close();
  }

  @Start
  void start(Stage stage) {
    Theme.apply(false);
    stage.setScene(new Scene(new StackPane(), 900, 600));
    stage.show();
    List<DemoCluster> clusters = List.of(a, b);
    List<Member> members =
        List.of(
            new Member("0", "alpha", a.baseUri().toString()),
            new Member("1", "beta", b.baseUri().toString()));
    FleetViewModel vm =
        new FleetViewModel(
            members,
            member -> open(clusters.get(Integer.parseInt(member.id()))),
            new FleetReader(),
            FxThread.EXECUTOR,
            Clock.systemUTC());
    fleet =
        FleetWindow.show(
            stage,
            vm,
            new FleetChange(),
            m -> {},
            () -> {},
            ForkJoinPool.commonPool(),
            new FileChoices() {
              @Override
              public Optional<Path> open(Window owner, String title, List<Kind> kinds) {
                return Optional.ofNullable(chosen);
              }

              @Override
              public Optional<Path> save(
                  Window owner, String title, String initialName, List<Kind> kinds) {
                return Optional.ofNullable(chosen);
              }
            });
  }

  @Test
  void theWindowOpensWithTheFocusOnARowButNoneSelectedSoAChangeIsForAll(FxRobot robot)
      throws Exception {
    waitUntilRead(robot);
    assertThat(table(robot).getSelectionModel().getSelectedItems()).isEmpty();
    assertThat(table(robot).getFocusModel().getFocusedIndex()).isZero();
    robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
    Shown.waitFor(robot, "#fleet-set-query_frequency");
    Window change = robot.lookup("#fleet-set-query_frequency").query().getScene().getWindow();
    assertThat(((Stage) change).getTitle()).startsWith("Change 2 clusters");
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(change.isShowing()).isFalse();
  }

  @Test
  void aFileImportedIntoAChangeShowsItsValuesTickedAndSendsNothing(FxRobot robot) throws Exception {
    waitUntilRead(robot);
    chosen = folder.resolve("prod.json");
    Files.writeString(
        chosen,
        "{\"query_frequency\": 900, \"ocsp_functionality\": false,"
            + " \"responder_url\": \"http://ocsp.example.com\"}");
    a.clearRequests();
    b.clearRequests();
    robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT); // Settings file
    Shown.waitFor(robot, ".context-menu");
    robot.type(KeyCode.UP).type(KeyCode.ENTER); // its last item: into a change
    Shown.waitFor(robot, "#fleet-set-query_frequency");
    // The note that responder_url was set aside comes over the change window: Enter closes it.
    Shown.waitFor(robot, ".dialog-pane");
    assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
        .isEqualTo("prod.json: " + OcspSettingsFile.RESPONDER_URL_IGNORED);
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#fleet-set-query_frequency").queryAs(CheckBox.class).isSelected())
        .isTrue();
    assertThat(robot.lookup("#fleet-value-query_frequency").queryAs(TextField.class).getText())
        .isEqualTo("900");
    assertThat(robot.lookup("#fleet-set-ocsp_functionality").queryAs(CheckBox.class).isSelected())
        .isTrue();
    assertThat(
            robot
                .lookup("#fleet-value-ocsp_functionality")
                .queryAs(javafx.scene.control.ChoiceBox.class)
                .getValue())
        .isEqualTo("off");
    assertThat(robot.lookup("#fleet-set-response_timeout").queryAs(CheckBox.class).isSelected())
        .isFalse();
    assertThat(puts(a)).isEmpty();
    assertThat(puts(b)).isEmpty();
  }

  private static void waitUntilRead(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("#fleet-summary")
                .queryAs(Label.class)
                .getText()
                .equals("2 clusters · 0 need attention"));
  }

  @Test
  void enterNeverAppliesAndSpaceOnApplySendsOnlyTheChosenField(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("#fleet-summary")
                .queryAs(Label.class)
                .getText()
                .equals("2 clusters · 0 need attention"));
    a.clearRequests();
    b.clearRequests();
    robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
    Shown.waitFor(robot, "#fleet-set-query_frequency");
    assertThat(robot.lookup("#fleet-set-ocsp_functionality").query().isFocused()).isTrue();
    robot.type(KeyCode.TAB); // the OCSP choice is disabled until ticked: skipped
    assertThat(robot.lookup("#fleet-set-query_frequency").query().isFocused()).isTrue();
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#fleet-value-query_frequency").query().isFocused()).isTrue();
    Keys.selectAll(robot);
    robot.type(KeyCode.DIGIT3, KeyCode.DIGIT0);
    WaitForAsyncUtils.waitForFxEvents();
    // A bad value is said in the danger colour, a good one plainly in human units.
    Label note = robot.lookup("#fleet-note-query_frequency").queryAs(Label.class);
    assertThat(note.getText()).isEqualTo("out of range: 60 to 86400");
    assertThat(note.getPseudoClassStates()).contains(atlantafx.base.theme.Styles.STATE_DANGER);
    Keys.selectAll(robot);
    robot.type(KeyCode.DIGIT1, KeyCode.DIGIT8, KeyCode.DIGIT0, KeyCode.DIGIT0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(
            robot
                .lookup("#fleet-value-query_frequency")
                .queryAs(javafx.scene.control.TextField.class)
                .getText())
        .isEqualTo("1800");
    assertThat(note.getText()).isEqualTo("= 30 min");
    assertThat(note.getPseudoClassStates())
        .doesNotContain(atlantafx.base.theme.Styles.STATE_DANGER);
    robot.type(KeyCode.ENTER);
    Shown.waitFor(robot, "#fleet-apply");
    assertThat(robot.lookup("#fleet-back").query().isFocused()).isTrue();

    robot.type(KeyCode.ENTER); // Back, the default
    Shown.waitFor(robot, "#fleet-review-button");
    robot.type(KeyCode.ENTER); // Review again
    Shown.waitFor(robot, "#fleet-apply");
    assertThat(robot.lookup("#fleet-back").query().getScene().getFocusOwner())
        .isSameAs(robot.lookup("#fleet-back").query());
    robot.type(KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#fleet-back").query().getScene().getFocusOwner())
        .isSameAs(robot.lookup("#fleet-apply").query());
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(puts(a)).isEmpty();
    assertThat(robot.lookup("#fleet-results").tryQuery()).isEmpty();

    robot.type(KeyCode.SPACE);
    Shown.waitFor(robot, "#fleet-retry");
    assertThat(puts(a)).containsExactly("{\"query_frequency\":1800}");
    assertThat(puts(b)).isEmpty(); // it already had 30 min
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#fleet-retry").tryQuery()).isEmpty();
    assertThat(fleet.isShowing()).isTrue();
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fleet.isShowing()).isFalse();
  }

  @Test
  void aBaselineChosenByKeyboardStaysWhenTheListOpensAgainAndNoBaselineClearsIt(FxRobot robot)
      throws Exception {
    waitUntilRead(robot);
    robot.press(KeyCode.ALT).type(KeyCode.B).release(KeyCode.ALT);
    robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
    Shown.waitFor(robot, ".combo-box-popup .list-cell");
    robot.type(KeyCode.DOWN, 2).type(KeyCode.ENTER); // no baseline, alpha, beta
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(summary(robot)).isEqualTo("2 clusters · 1 needs attention · 1 differ from beta");

    // Opening the list again used to replace its items, which cleared the choice.
    robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
    Shown.waitFor(robot, ".combo-box-popup .list-cell");
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fleet.isShowing()).isTrue();
    assertThat(baseline(robot).getValue()).hasToString("beta");
    assertThat(shownBaseline(robot)).isEqualTo("beta");
    assertThat(summary(robot)).isEqualTo("2 clusters · 1 needs attention · 1 differ from beta");

    robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
    Shown.waitFor(robot, ".combo-box-popup .list-cell");
    robot.type(KeyCode.UP, 2).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(baseline(robot).getValue()).isEqualTo(Baseline.NONE);
    assertThat(summary(robot)).isEqualTo("2 clusters · 0 need attention");
  }

  @Test
  void aSettingsFileAsTheBaselineIsAChoiceWhileItIsTheBaseline(FxRobot robot) throws Exception {
    waitUntilRead(robot);
    chosen = folder.resolve("standard.json");
    Files.writeString(chosen, "{\"query_frequency\": 1800}"); // beta's, not alpha's
    robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT); // Settings file
    Shown.waitFor(robot, ".context-menu");
    robot.type(KeyCode.UP, 2).type(KeyCode.ENTER); // Use a settings file as the baseline
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> summary(robot).contains("differ"));
    assertThat(summary(robot))
        .isEqualTo("2 clusters · 1 needs attention · 1 differ from standard.json");
    assertThat(baseline(robot).getValue()).hasToString("standard.json");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(shownBaseline(robot)).isEqualTo("standard.json");

    robot.press(KeyCode.ALT).type(KeyCode.B).release(KeyCode.ALT);
    robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
    Shown.waitFor(robot, ".combo-box-popup .list-cell");
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(baseline(robot).getValue()).hasToString("standard.json");
    assertThat(baseline(robot).getItems().stream().map(Object::toString))
        .containsExactly("no baseline", "alpha", "beta", "standard.json");

    // Another file takes the first one's place in the list.
    chosen = folder.resolve("other.json");
    Files.writeString(chosen, "{\"query_frequency\": 3600}");
    robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
    Shown.waitFor(robot, ".context-menu");
    robot.type(KeyCode.UP, 2).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> summary(robot).endsWith("differ from other.json"));
    assertThat(baseline(robot).getItems().stream().map(Object::toString))
        .containsExactly("no baseline", "alpha", "beta", "other.json");
    assertThat(shownBaseline(robot)).isEqualTo("other.json");
  }

  /** What the closed Baseline box shows: its value could be right while the box stayed blank. */
  private static String shownBaseline(FxRobot robot) {
    return robot
        .lookup("#fleet-baseline .list-cell")
        .match(javafx.scene.Node::isVisible)
        .queryAs(javafx.scene.control.ListCell.class)
        .getText();
  }

  @Test
  void compareShowsTwoSelectedClustersSideBySideClearOfTheDialogsEdge(FxRobot robot)
      throws Exception {
    waitUntilRead(robot);
    // The longest name, "≠ Recovery max tries", in bold beside two URLs: it was cut.
    b.setConfig(OcspField.RECOVERY_MAX_TRIES, 10);
    try {
      compareSideBySide(robot);
    } finally {
      b.setConfig(OcspField.RECOVERY_MAX_TRIES, OcspField.RECOVERY_MAX_TRIES.defaultValue());
    }
  }

  private void compareSideBySide(FxRobot robot) throws Exception {
    robot.type(KeyCode.F5); // read all again
    WaitForAsyncUtils.waitForFxEvents(); // every row is being read again
    waitUntilRead(robot);
    robot.interact(() -> table(robot).requestFocus());
    robot.type(KeyCode.DOWN).type(KeyCode.UP); // moving selects: alpha
    robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT); // and beta
    WaitForAsyncUtils.waitForFxEvents();
    robot.press(KeyCode.ALT).type(KeyCode.M).release(KeyCode.ALT);
    Shown.waitFor(robot, "#fleet-compare-grid");
    javafx.scene.layout.GridPane grid =
        robot.lookup("#fleet-compare-grid").queryAs(javafx.scene.layout.GridPane.class);
    assertThat(grid.getChildren().stream().filter(Label.class::isInstance))
        .map(n -> ((Label) n).getText())
        .contains(
            "≠ Query frequency", "≠ Recovery max tries", "≠ Responder URL", "3 fields differ.");
    // AtlantaFX leaves no room on the left of a header-less dialog's content.
    assertThat(grid.snappedLeftInset()).isGreaterThan(10);
    // Every field's name whole, beside two responder URLs: the values give way first.
    for (javafx.scene.Node n : grid.getChildren()) {
      Integer column = javafx.scene.layout.GridPane.getColumnIndex(n);
      Integer span = javafx.scene.layout.GridPane.getColumnSpan(n);
      if (n instanceof Label name && (column == null || column == 0) && span == null) {
        assertThat(name.getWidth()).as(name.getText()).isGreaterThanOrEqualTo(name.prefWidth(-1));
      }
    }
    Window compare = grid.getScene().getWindow();
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(compare.isShowing()).isFalse();
  }

  private static String summary(FxRobot robot) {
    return robot.lookup("#fleet-summary").queryAs(Label.class).getText();
  }

  private static javafx.scene.control.ComboBox<?> baseline(FxRobot robot) {
    return robot.lookup("#fleet-baseline").queryAs(javafx.scene.control.ComboBox.class);
  }

  @Test
  void altSSortsByAnyColumnAndDescendingReversesIt(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("#fleet-summary")
                .queryAs(Label.class)
                .getText()
                .equals("2 clusters · 0 need attention"));
    assertThat(names(robot)).containsExactly("alpha", "beta"); // by name until chosen
    robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#fleet-sort").query().isFocused()).isTrue();
    // Cluster, Reachable, OCSP, Query frequency: by the value, so 30 min before 1 h.
    robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT); // opens the list
    Shown.waitFor(robot, ".combo-box-popup .list-cell");
    robot.type(KeyCode.DOWN, 4).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#fleet-sort").queryAs(javafx.scene.control.ComboBox.class).isShowing())
        .isFalse();
    assertThat(names(robot)).containsExactly("beta", "alpha");
    javafx.scene.control.TableView<?> table =
        robot.lookup("#fleet-table").queryAs(javafx.scene.control.TableView.class);
    assertThat(table.getSortOrder()).hasSize(1);
    assertThat(Columns.fullName(table.getSortOrder().get(0))).isEqualTo("Query frequency");

    robot.type(KeyCode.TAB); // from the Sort by list to Descending
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#fleet-sort-reverse").query().isFocused()).isTrue();
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(
            robot
                .lookup("#fleet-sort-reverse")
                .queryAs(javafx.scene.control.CheckBox.class)
                .isSelected())
        .isTrue();
    assertThat(names(robot)).containsExactly("alpha", "beta");
    assertThat(table.getSortOrder().get(0).getSortType())
        .isEqualTo(javafx.scene.control.TableColumn.SortType.DESCENDING);
  }

  @Test
  void everyColumnStaysInTheWindowAfterSortingByAnyOfThem(FxRobot robot) throws Exception {
    javafx.scene.control.TableView<FleetRow> table = table(robot);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getWidth()).isEqualTo(1240.0); // the window's default size
    assertFits(table, "unsorted");
    robot.clickOn("#fleet-column-query"); // by the mouse, as reported
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getSortOrder()).hasSize(1);
    assertFits(table, "sorted by Query");
    for (var column : List.copyOf(table.getColumns())) {
      robot.interact(() -> table.getSortOrder().setAll(List.of(column)));
      WaitForAsyncUtils.waitForFxEvents();
      assertFits(table, "sorted by " + Columns.fullName(column));
    }
    // Too narrow for every column's minimum: a scroll bar reaches the last one.
    robot.interact(() -> fleet.setWidth(900));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getColumnResizePolicy())
        .isSameAs(javafx.scene.control.TableView.UNCONSTRAINED_RESIZE_POLICY);
    robot.interact(() -> fleet.setWidth(1240));
    WaitForAsyncUtils.waitForFxEvents();
    assertFits(table, "wide again");
  }

  private static void assertFits(javafx.scene.control.TableView<FleetRow> table, String when) {
    double right = 0;
    for (var column : table.getColumns()) {
      right += column.getWidth();
      assertThat(column.getWidth()).as(when + ": " + Columns.fullName(column)).isPositive();
      // The title reads whole, the sort arrow beside it included.
      javafx.scene.control.Label title = (javafx.scene.control.Label) column.getGraphic();
      assertThat(title.getWidth())
          .as(when + ": the title " + title.getText())
          .isGreaterThanOrEqualTo(title.prefWidth(-1) - 0.5);
    }
    assertThat(right).as(when + ": the columns' right edge").isLessThanOrEqualTo(table.getWidth());
    var attention = table.getColumns().get(table.getColumns().size() - 1);
    assertThat(Columns.fullName(attention)).isEqualTo("What needs attention");
    assertThat(attention.getWidth())
        .as(when + ": what needs attention keeps at least its minimum")
        .isGreaterThanOrEqualTo(attention.getMinWidth());
  }

  @SuppressWarnings("unchecked")
  private static javafx.scene.control.TableView<FleetRow> table(FxRobot robot) {
    return robot.lookup("#fleet-table").queryAs(javafx.scene.control.TableView.class);
  }

  private static List<String> names(FxRobot robot) {
    javafx.scene.control.TableView<?> table =
        robot.lookup("#fleet-table").queryAs(javafx.scene.control.TableView.class);
    return table.getItems().stream().map(r -> ((FleetLine) r).row().member().name()).toList();
  }

  private static List<String> puts(DemoCluster cluster) {
    return cluster.requests().stream()
        .filter(r -> r.method().equals("PUT"))
        .map(RecordedRequest::body)
        .toList();
  }

  private static CompletableFuture<ClusterClient> open(DemoCluster cluster) {
    try {
      return CompletableFuture.completedFuture(
          ClusterClient.create(
              ClusterConnection.of(
                  cluster.baseUri(),
                  new Credentials.Basic(
                      cluster.admin().name(), cluster.admin().password().toCharArray()),
                  TrustSettings.pinned(cluster.fingerprint()))));
    } catch (ApiException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
