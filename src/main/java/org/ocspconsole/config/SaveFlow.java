package org.ocspconsole.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspUpdate;

/**
 * A save that never overwrites someone else's change silently: read the configuration again,
 * compare it with the snapshot the form was loaded from, let the user resolve fields both sides
 * changed, then send only the user's changes.
 */
final class SaveFlow {
  /**
   * @param answer the cluster's whole object after the save, or its current one when nothing was
   *     sent
   * @param sent how many fields were sent
   * @param cancelled the user cancelled at the conflict; nothing was sent
   * @param changedByOthers fields someone else changed that the save kept
   * @param differs in words, the fields the cluster answered with other values than sent; null when
   *     it took every value as sent
   * @param keptTheirs conflicting fields for which the user kept the other side's value
   */
  record Result(
      OcspConfig answer,
      int sent,
      boolean cancelled,
      List<OcspField> changedByOthers,
      String differs,
      List<OcspField> keptTheirs) {}

  private SaveFlow() {}

  static CompletableFuture<Result> run(
      ClusterClient client,
      OcspConfig loaded,
      OcspConfig edited,
      ConflictResolver resolver,
      String cluster) {
    return client
        .getOcspConfig()
        .thenCompose(
            current -> {
              ConflictCheck check = ConflictCheck.of(loaded, current, edited);
              if (check.conflicts().isEmpty()) {
                return put(client, check.update(loaded, edited, Map.of()), check, List.of());
              }
              CompletableFuture<Optional<Map<OcspField, ConflictCheck.Choice>>> choice =
                  resolver == null
                      ? CompletableFuture.completedFuture(Optional.empty())
                      : resolver.resolve(check.conflicts(), cluster).toCompletableFuture();
              return choice.thenCompose(
                  chosen -> {
                    if (chosen.isEmpty()) {
                      return CompletableFuture.completedFuture(
                          new Result(current, 0, true, check.changedByOthers(), null, List.of()));
                    }
                    OcspUpdate update = check.update(loaded, edited, chosen.get());
                    List<OcspField> keptTheirs = check.keptTheirs(chosen.get());
                    if (update.isEmpty()) {
                      return CompletableFuture.completedFuture(
                          new Result(current, 0, false, check.changedByOthers(), null, keptTheirs));
                    }
                    return put(client, update, check, keptTheirs);
                  });
            });
  }

  private static CompletableFuture<Result> put(
      ClusterClient client, OcspUpdate update, ConflictCheck check, List<OcspField> keptTheirs) {
    return client
        .updateOcspConfig(update)
        .thenApply(
            answer ->
                new Result(
                    answer,
                    update.changes().size(),
                    false,
                    check.changedByOthers(),
                    AnswerCheck.differences(update, answer),
                    keptTheirs));
  }
}
