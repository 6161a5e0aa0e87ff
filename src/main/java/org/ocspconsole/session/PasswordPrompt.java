package org.ocspconsole.session;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Asks the user for the password again after the cluster answered 401. */
@FunctionalInterface
public interface PasswordPrompt {
  /** Completes with the new password, or empty when the user declined. */
  CompletionStage<Optional<char[]>> ask(String user, String reason);
}
