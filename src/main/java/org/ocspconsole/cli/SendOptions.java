package org.ocspconsole.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ocspconsole.api.OcspField;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** What {@code set} and {@code import} share: the dry run and the conflict rule. */
final class SendOptions {
  @Option(
      names = "--dry-run",
      description =
          "check everything against the cluster and print the body that would be sent; send nothing")
  boolean dryRun;

  @Option(
      names = "--expect",
      paramLabel = "FIELD=VALUE",
      split = ",",
      description = {
        "refuse unless the cluster still holds this value (repeat, or separate with commas),"
            + " e.g. --expect query_frequency=3600: nothing is overwritten that someone else"
            + " changed since you looked"
      })
  List<String> expect = new ArrayList<>();

  Map<OcspField, Object> expected(CommandSpec spec) {
    try {
      return Values.pairs(expect);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
