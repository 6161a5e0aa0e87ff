package org.ocspconsole.connection;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.stage.Window;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.profiles.Profile;

/**
 * The profile editor for a connection that failed at start ({@code --cluster} or {@code
 * --profile}): prefilled with the address, user, client certificate, pin or CA file that were
 * tried, so nothing has to be typed again, and offering to save them as a profile.
 */
public final class EditConnection {
  private EditConnection() {}

  /**
   * @param profile the connection as it was tried
   * @param save whether the user chose to save it as a profile (else: connect once)
   */
  public record Edited(Profile profile, boolean save) {}

  /** Shows the editor and waits; empty when the user cancelled. */
  public static Optional<Edited> show(
      Window owner, Profile tried, Set<String> takenNames, Executor worker) {
    ProfileEditorViewModel editor =
        new ProfileEditorViewModel(tried, takenNames, FxThread.EXECUTOR, worker);
    ProfileEditorView view = new ProfileEditorView(editor, owner);
    view.offerConnecting();
    return view.showAndWait().map(profile -> new Edited(profile, view.saveChosen()));
  }
}
