package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocspconsole.api.Calls.failure;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.config.ConfigDialogs;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.session.Session;
import org.ocspconsole.testing.Shown;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching to another cluster wipes the password of the one left behind, and the password dialog
 * hands its characters over and keeps none.
 */
@ExtendWith(ApplicationExtension.class)
class DisconnectWipesPasswordTest extends WindowFixture {
  private Session first;

  @Start
  void start(Stage stage) throws Exception {
    DemoCluster started = DemoCluster.start();
    first = Connector.demo(started);
    open(stage, false, started, first);
  }

  @Test
  void switchingClustersZeroesThePreviousPasswordAndItsClientSendsNothing(FxRobot robot)
      throws Exception {
    waitUntilLoaded();
    Credentials old = first.connection().credentials();
    Session next = Connector.demo(cluster);

    robot.interact(() -> window.attach(next, cluster));
    waitUntilLoaded();

    assertThat(new String(((Credentials.Basic) old).password())).matches("\u0000+");
    assertThat(((Credentials.Basic) next.connection().credentials()).password())
        .isEqualTo(cluster.admin().password().toCharArray());
    assertThat(failure(first.client().getOcspConfig()).kind()).isEqualTo(ApiError.Kind.CANCELLED);
  }

  @Test
  void thePasswordDialogHandsOverTheCharactersAndEmptiesItsField(FxRobot robot) throws Exception {
    AtomicReference<CompletableFuture<Optional<char[]>>> answer = new AtomicReference<>();
    robot.interact(
        () ->
            answer.set(
                new ConfigDialogs(stage)
                    .password("admin@demo.local", "Sign in again")
                    .toCompletableFuture()));
    Shown.waitFor(robot, "#password-dialog");
    PasswordField field = robot.lookup("#password-field").queryAs(PasswordField.class);
    robot.clickOn(field).write("pa55,word");
    robot.type(KeyCode.ENTER);

    char[] typed = answer.get().get(20, TimeUnit.SECONDS).orElseThrow();
    assertThat(new String(typed)).isEqualTo("pa55,word");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(field.getLength()).isZero();
  }
}
