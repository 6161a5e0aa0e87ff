package org.ocspconsole.config;

import java.util.List;
import java.util.function.Consumer;

/**
 * How the form's view-model asks the user. {@link ConfigDialogs} shows dialogs; tests script the
 * answers. Every method is called on the FX thread, never from a worker's chain.
 */
public interface ConfigPrompts extends ConflictResolver {
  /** The answer to "you have unsaved changes". */
  enum Unsaved {
    SAVE,
    DISCARD,
    CANCEL
  }

  /**
   * Lists each change as old → new; true to send. {@code rememberSkip} receives true when the user
   * asks not to be shown the review again.
   */
  boolean review(List<ConfigForm.Change> changes, String cluster, Consumer<Boolean> rememberSkip);

  /** Save / Discard / Cancel before {@code what} ("closing"); Save offered only when possible. */
  Unsaved unsaved(String what, boolean canSave);

  /** Whether to throw the edits away and read the cluster's settings again. */
  boolean discardAndReload();
}
