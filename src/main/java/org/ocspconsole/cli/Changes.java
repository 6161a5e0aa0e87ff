package org.ocspconsole.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspUpdate;
import org.ocspconsole.api.Words;

/**
 * Sends settings the way the window's form saves them: read the cluster first, refuse what the form
 * would refuse (OCSP on without a responder URL; values changed since the caller last looked, with
 * {@code --expect}), send only the fields that change, and show the cluster's answer.
 */
final class Changes {
  private Changes() {}

  static int apply(
      CliContext context,
      Connected connected,
      Map<OcspField, Object> wanted,
      Map<OcspField, Object> expected,
      boolean dryRun)
      throws CliFailure {
    OcspConfig current = connected.await(connected.client().getOcspConfig());
    List<String> changed = new ArrayList<>();
    expected.forEach(
        (field, value) -> {
          if (!Objects.equals(current.get(field), value)) {
            changed.add(
                field.key()
                    + " is "
                    + Tables.value(field, current.get(field))
                    + ", not "
                    + Tables.value(field, value));
          }
        });
    if (!changed.isEmpty()) {
      throw new CliFailure(
          Exit.REFUSED,
          "The cluster's settings are not as expected ("
              + String.join("; ", changed)
              + "): someone changed them meanwhile. Nothing was sent. Look at them again"
              + " (ocsp-console get) and decide.");
    }
    if (Boolean.TRUE.equals(wanted.get(OcspField.OCSP_FUNCTIONALITY))
        && !current.hasResponderUrl()) {
      throw new CliFailure(
          Exit.REFUSED,
          Words.NO_RESPONDER_URL + " " + Words.NO_RESPONDER_URL_WHY + " Nothing was sent.");
    }
    Map<OcspField, Object> send = new EnumMap<>(OcspField.class);
    wanted.forEach(
        (field, value) -> {
          if (!Objects.equals(current.get(field), value)) {
            send.put(field, value);
          }
        });
    if (send.isEmpty()) {
      context.err().println("Nothing to change: the cluster already has these values.");
      return Exit.OK;
    }
    OcspUpdate update = OcspUpdate.of(send);
    if (dryRun) {
      context.out().println(Output.pretty(update.body()));
      context.err().println("Dry run: this is the body of PUT /v1/ocsp; nothing was sent.");
      return Exit.OK;
    }
    OcspConfig answer = connected.await(connected.client().updateOcspConfig(update));
    List<String> differ = new ArrayList<>();
    send.forEach(
        (field, value) -> {
          Object answered = answer.get(field);
          if (answered != null && !answered.equals(value)) {
            differ.add(
                field.key()
                    + ": sent "
                    + Tables.value(field, value)
                    + ", the cluster answered "
                    + Tables.value(field, answered));
          }
        });
    context.out().print(Tables.settings(answer));
    if (!differ.isEmpty()) {
      context
          .err()
          .println(
              "The cluster did not take every value as sent ("
                  + String.join("; ", differ)
                  + "). Above is what it holds now.");
      return Exit.REFUSED;
    }
    context.err().println("Saved: " + String.join(", ", update.body().keySet()) + ".");
    return Exit.OK;
  }
}
