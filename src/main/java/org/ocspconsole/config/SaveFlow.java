package org.ocspconsole.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.ocspconsole.api.ClusterApi;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspUpdate;

/**
 * A save that never overwrites someone else's change silently: read the configuration again,
 * compare it with the snapshot the form was loaded from, let the user resolve fields both sides
 * changed, then send only the user's changes that the cluster does not hold yet.
 */
final class SaveFlow {
  /**
   * @param answer the cluster's whole object after the save (fields its answer left out filled in
   *     from the values read before), or its current one when nothing was sent
   * @param sent how many fields were sent
   * @param cancelled the user cancelled at the conflict; nothing was sent
   * @param changedByOthers fields someone else changed that the save kept
   * @param differs in words, the fields the cluster answered with other values than sent; null when
   *     it took every value as sent
   * @param keptTheirs conflicting fields for which the user kept the other side's value
   * @param alreadyApplied changed fields the cluster already held with the user's value, not sent
   * @param omitted the names of the values the save's answer left out (kept from before)
   * @param unconfirmed sent fields the answer left out: whether the cluster took them is unknown
   */
  record Result(
      OcspConfig answer,
      int sent,
      boolean cancelled,
      List<OcspField> changedByOthers,
      String differs,
      List<OcspField> keptTheirs,
      List<OcspField> alreadyApplied,
      List<String> omitted,
      List<OcspField> unconfirmed) {

    /** Nothing was sent: the form shows the cluster's current values. */
    static Result unsent(
        OcspConfig current,
        boolean cancelled,
        ConflictCheck check,
        List<OcspField> keptTheirs,
        List<OcspField> alreadyApplied) {
      return new Result(
          current,
          0,
          cancelled,
          check.changedByOthers(),
          null,
          keptTheirs,
          alreadyApplied,
          List.of(),
          List.of());
    }
  }

  private SaveFlow() {}

  /**
   * @param client the session's client, read anew for each step: a password replaced while the user
   *     answers the conflict question (another panel met a 401) closes the client the read went
   *     through, and the write must go through the new one
   */
  static CompletableFuture<Result> run(
      Supplier<ClusterApi> client,
      OcspConfig loaded,
      OcspConfig edited,
      ConflictResolver resolver,
      String cluster) {
    return client
        .get()
        .getOcspConfig()
        .thenCompose(
            current -> {
              ConflictCheck check = ConflictCheck.of(loaded, current, edited);
              if (check.conflicts().isEmpty()) {
                return send(
                    client,
                    check.update(loaded, edited, Map.of()),
                    check,
                    List.of(),
                    current,
                    loaded);
              }
              CompletableFuture<Optional<Map<OcspField, ConflictCheck.Choice>>> choice =
                  resolver == null
                      ? CompletableFuture.completedFuture(Optional.empty())
                      : resolver.resolve(check.conflicts(), cluster).toCompletableFuture();
              return choice.thenCompose(
                  chosen -> {
                    if (chosen.isEmpty()) {
                      return CompletableFuture.completedFuture(
                          Result.unsent(current, true, check, List.of(), List.of()));
                    }
                    return send(
                        client,
                        check.update(loaded, edited, chosen.get()),
                        check,
                        check.keptTheirs(chosen.get()),
                        current,
                        loaded);
                  });
            });
  }

  /**
   * Sends what the cluster does not hold yet. A field it already holds with the user's value (a
   * cancelled save whose PUT had arrived, or someone else setting the same value) is not sent
   * again.
   */
  private static CompletableFuture<Result> send(
      Supplier<ClusterApi> client,
      OcspUpdate wanted,
      ConflictCheck check,
      List<OcspField> keptTheirs,
      OcspConfig current,
      OcspConfig loaded) {
    Map<OcspField, Object> rest = new EnumMap<>(OcspField.class);
    List<OcspField> applied = new ArrayList<>();
    wanted
        .changes()
        .forEach(
            (field, value) -> {
              if (value.equals(current.get(field))) {
                applied.add(field);
              } else {
                rest.put(field, value);
              }
            });
    if (rest.isEmpty()) {
      return CompletableFuture.completedFuture(
          Result.unsent(current, false, check, keptTheirs, applied));
    }
    OcspUpdate update = OcspUpdate.of(rest);
    return client
        .get()
        .updateOcspConfig(update)
        .thenApply(
            answer -> {
              List<String> omitted = new ArrayList<>();
              List<OcspField> unconfirmed = new ArrayList<>();
              OcspConfig whole = fillIn(answer, current, loaded, omitted);
              update.changes().keySet().stream()
                  .filter(field -> answer.get(field) == null)
                  .forEach(unconfirmed::add);
              return new Result(
                  whole,
                  update.changes().size(),
                  false,
                  check.changedByOthers(),
                  AnswerCheck.differences(update, answer),
                  keptTheirs,
                  applied,
                  omitted,
                  unconfirmed);
            });
  }

  /**
   * The answer with every value it left out taken from the reading just before the save (or, if
   * that lacked it too, from the form's snapshot): a missing field means "not said", not "empty",
   * so the form must not blank it. Collects the names of the values filled in.
   */
  private static OcspConfig fillIn(
      OcspConfig answer, OcspConfig current, OcspConfig loaded, List<String> omitted) {
    OcspConfig whole = answer;
    for (OcspField field : OcspField.values()) {
      Object before = current.get(field) != null ? current.get(field) : loaded.get(field);
      if (answer.get(field) == null && before != null) {
        whole = whole.with(field, before);
        omitted.add(FieldLabels.plain(field));
      }
    }
    String url = current.responderUrl() != null ? current.responderUrl() : loaded.responderUrl();
    if (answer.responderUrl() == null && url != null) {
      whole =
          new OcspConfig(
              whole.ocspFunctionality(),
              whole.queryFrequency(),
              whole.responseTimeout(),
              whole.recoveryFrequency(),
              whole.recoveryMaxTries(),
              url);
      omitted.add("Responder URL");
    }
    return whole;
  }
}
