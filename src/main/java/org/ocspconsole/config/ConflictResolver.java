package org.ocspconsole.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.ocspconsole.api.OcspField;

/** Asks the user, for each field changed on both sides, whose value to keep. */
@FunctionalInterface
public interface ConflictResolver {
  /** Completes with a choice per field, or empty when the user cancelled the save. */
  CompletionStage<Optional<Map<OcspField, ConflictCheck.Choice>>> resolve(
      List<ConflictCheck.Conflict> conflicts, String cluster);
}
