package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.config.ConfigDialogs;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.testing.DemoSessions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Authentication, permission and closing paths through the real window. */
@ExtendWith(ApplicationExtension.class)
class WindowErrorsTest extends WindowFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage, false);
  }

  @Test
  void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowAndTheEdits(FxRobot robot)
      throws Exception {
    waitUntilLoaded();
    robot.interact(
        () ->
            vm.form()
                .number(org.ocspconsole.api.OcspField.QUERY_FREQUENCY)
                .textProperty()
                .set("600"));
    requestClose();
    assertThat(robot.lookup("#unsaved-dialog").tryQuery()).isPresent();
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.isShowing()).isTrue();
    assertThat(robot.lookup("#query-frequency").queryAs(TextField.class).getText())
        .isEqualTo("600");

    requestClose();
    // The dialog's own button: the form has a Save button with the same text.
    robot.clickOn(
        robot
            .lookup("#unsaved-dialog")
            .queryAs(javafx.scene.control.DialogPane.class)
            .lookupButton(ConfigDialogs.SAVE));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.isShowing());
    assertThat(cluster.config().queryFrequency()).isEqualTo(600);
  }

  /**
   * As the window manager does: later, so the dialog's nested event loop does not block the test.
   */
  private void requestClose() throws Exception {
    javafx.application.Platform.runLater(
        () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robotLookupDialog());
  }

  private static boolean robotLookupDialog() {
    return javafx.stage.Window.getWindows().stream()
        .anyMatch(
            w ->
                w.getScene() != null
                    && w.getScene().getRoot() != null
                    && "unsaved-dialog".equals(w.getScene().getRoot().getId()));
  }

  @Test
  void aRejectedPasswordIsAskedForAgainAndTheLoadCompletes(FxRobot robot) throws Exception {
    waitUntilLoaded();
    ConfigViewModel wrong =
        WaitForAsyncUtils.asyncFx(
                () ->
                    new ConfigViewModel(
                        DemoSessions.with(cluster, DemoCluster.ADMIN_USER, "wrong"),
                        FxThread.EXECUTOR,
                        new ConfigDialogs(stage)::password))
            .get(10, TimeUnit.SECONDS);
    robot.interact(
        () -> {
          wrong.load();
        });
    org.ocspconsole.testing.Shown.click(robot, "#password-field");
    robot.write(cluster.admin().password());
    robot.clickOn("Sign in");
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> wrong.form().loadedProperty().get() != null);
    assertThat(wrong.bannerProperty().get()).isNull();
  }

  @Test
  void aViewerSeesWhichPermissionIsMissingAndAReadOnlyForm(FxRobot robot) throws Exception {
    waitUntilLoaded();
    ConfigViewModel viewer =
        WaitForAsyncUtils.asyncFx(
                () ->
                    new ConfigViewModel(
                        DemoSessions.as(cluster, cluster.viewer()), FxThread.EXECUTOR, null))
            .get(10, TimeUnit.SECONDS);
    robot.interact(
        () -> {
          org.ocspconsole.fx.BannerView banner =
              new org.ocspconsole.fx.BannerView(viewer.bannerProperty(), () -> {});
          banner.setId("viewer-banner");
          ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).setTop(banner);
        });
    robot.interact(
        () -> {
          viewer.load();
        });
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewer.bannerProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    Label title = robot.lookup("#viewer-banner #banner-title").queryAs(Label.class);
    assertThat(title.getText()).isEqualTo("Warning: Missing permission: view_ocsp_config");
    assertThat(viewer.readOnlyProperty().get()).isTrue();
  }
}
