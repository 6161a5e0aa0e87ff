package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.app.Theme;
import org.ocspconsole.fx.FocusRings;
import org.ocspconsole.fx.FxThread;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Radio buttons and check boxes outside the trust and conflict dialogs (the profile editor, any
 * window) show a focus ring in the light and the dark theme.
 */
@ExtendWith(ApplicationExtension.class)
class FocusRingEverywhereTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Theme.apply(false);
    FocusRings.everywhere();
    stage.setScene(new Scene(new StackPane(), 600, 400));
    stage.show();
  }

  @AfterEach
  void lightAgain(FxRobot robot) {
    robot.interact(() -> Theme.apply(false));
  }

  private static Object outerFill(Control control) {
    Background background = control.getBackground();
    return background == null || background.getFills().isEmpty()
        ? null
        : background.getFills().get(0).getFill();
  }

  private static double ringOpacity(Control control) {
    Background background = control.getBackground();
    if (background == null || background.getFills().isEmpty()) {
      return 0;
    }
    return background.getFills().get(0).getFill() instanceof Color c ? c.getOpacity() : 0;
  }

  @Test
  void theProfileEditorsRadioButtonsShowTheFocusInBothThemes(FxRobot robot) throws Exception {
    for (boolean dark : new boolean[] {false, true}) {
      ProfileEditorView[] editor = new ProfileEditorView[1];
      robot.interact(
          () -> {
            Theme.apply(dark);
            editor[0] =
                new ProfileEditorView(
                    new ProfileEditorViewModel(null, Set.of(), FxThread.EXECUTOR, Runnable::run),
                    stage);
            editor[0].show();
          });
      WaitForAsyncUtils.waitForFxEvents();
      RadioButton system =
          robot.from(editor[0].getDialogPane()).lookup("#trust-system").queryAs(RadioButton.class);
      RadioButton basic =
          robot.from(editor[0].getDialogPane()).lookup("#auth-basic").queryAs(RadioButton.class);
      robot.interact(system::requestFocus);
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(system.isFocused()).isTrue();
      assertThat(ringOpacity(system))
          .as("ring in the %s theme", dark ? "dark" : "light")
          .isGreaterThan(0.9);
      assertThat(outerFill(system))
          .as("the ring differs from an unfocused button's look")
          .isNotEqualTo(outerFill(basic));
      assertThat(
              ((javafx.scene.layout.Region) editor[0].getDialogPane().getContent())
                  .snappedLeftInset())
          .as("the form clear of the dialog's left edge")
          .isGreaterThan(10);
      robot.interact(
          () -> {
            editor[0].setResult(null);
            editor[0].close();
          });
    }
  }

  @Test
  void aCheckBoxInAnyNewWindowShowsTheFocus(FxRobot robot) throws Exception {
    CheckBox box = new CheckBox("Remember");
    CheckBox unfocused = new CheckBox("Other");
    Stage[] other = new Stage[1];
    robot.interact(
        () -> {
          other[0] = new Stage();
          other[0].setScene(new Scene(new VBox(unfocused, box), 300, 200));
          other[0].show();
          box.requestFocus();
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(ringOpacity(box)).isGreaterThan(0.9);
    assertThat(outerFill(box)).isNotEqualTo(outerFill(unfocused));
    robot.interact(() -> other[0].close());
  }
}
