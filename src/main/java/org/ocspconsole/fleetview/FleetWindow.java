package org.ocspconsole.fleetview;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ocspconsole.fleet.FleetChange;
import org.ocspconsole.fleet.Member;
import org.ocspconsole.fx.FileChoices;
import org.ocspconsole.fx.FxThread;

/**
 * The fleet in a window of its own beside the main one. F5 or Ctrl+R reads all again, Ctrl+F goes
 * to the filter, Enter opens the selected cluster's page in the main window, Esc closes.
 */
public final class FleetWindow {
  private FleetWindow() {}

  /**
   * @param open shows a member's full page in the main window
   * @param onClosed ends the fleet's clients (their passwords are wiped)
   */
  public static Stage show(
      Window owner,
      FleetViewModel vm,
      FleetChange change,
      Consumer<Member> open,
      Runnable onClosed,
      java.util.concurrent.Executor worker) {
    return show(owner, vm, change, open, onClosed, worker, FileChoices.DIALOGS);
  }

  /** As above, asking for settings files through {@code files} (window tests answer for it). */
  public static Stage show(
      Window owner,
      FleetViewModel vm,
      FleetChange change,
      Consumer<Member> open,
      Runnable onClosed,
      java.util.concurrent.Executor worker,
      FileChoices files) {
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.setTitle("Fleet — OCSP Console");
    FleetView[] view = new FleetView[1];
    view[0] =
        new FleetView(
            vm,
            new FleetView.Actions(
                row -> open.accept(row.member()),
                rows -> CompareDialog.show(stage, rows.get(0), rows.get(1)),
                rows -> changeWindow(stage, vm, change, rows, null),
                (rows, values) -> changeWindow(stage, vm, change, rows, values),
                worker,
                files));
    Scene scene = new Scene(view[0], 1240, 600);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    }
    scene.getStylesheets().add(FleetWindow.class.getResource("fleet.css").toExternalForm());
    KeyCombination reload = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    KeyCombination find = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.F5 || reload.match(e)) {
            e.consume();
            vm.refresh();
          } else if (find.match(e)) {
            e.consume();
            view[0].filter.requestFocus();
          } else if (e.getCode() == KeyCode.ESCAPE && !isPopupOpen(view[0])) {
            e.consume();
            stage.close();
          }
        });
    stage.setOnHidden(e -> onClosed.run());
    stage.setScene(scene);
    stage.show();
    view[0].table.requestFocus();
    // The first row has the focus, so that the arrows and Enter work at once, but nothing is
    // selected: Change… applies to the selected clusters, or to all when none is, and a window
    // that opened with a row selected would quietly narrow a change meant for the whole fleet.
    if (!view[0].table.getItems().isEmpty()) {
      view[0].table.getSelectionModel().clearSelection();
      view[0].table.getFocusModel().focus(0);
    }
    // The reads start once the window is on the screen. Started before it was built, their first
    // TLS handshakes took the cores the FX thread needed for it: the click froze the main window
    // for 0.6 to 0.7 s instead of 0.25 s, for rows that were all in 0.3 s sooner.
    FxThread.afterNextFrame(
        () -> {
          if (stage.isShowing()) {
            vm.refresh();
          }
        });
    return stage;
  }

  private static void changeWindow(
      Stage owner,
      FleetViewModel vm,
      FleetChange change,
      List<FleetRow> rows,
      java.util.Map<org.ocspconsole.api.OcspField, Object> values) {
    ChangeViewModel model =
        new ChangeViewModel(rows, change, vm.opener(), org.ocspconsole.fx.FxThread.EXECUTOR);
    if (values != null) {
      model.load(values); // edits to review: nothing is sent by importing
    }
    ChangeWindow.show(owner, model, done -> vm.refresh());
  }

  private static boolean isPopupOpen(FleetView view) {
    return view.baseline.isShowing() || view.sortBar.column.isShowing();
  }
}
