package org.ocspconsole.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ocspconsole.api.OcspField;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "set",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = {
      "Changes OCSP settings (PUT /v1/ocsp) with the window's rules: each value within its"
          + " documented range, OCSP on only with a responder URL, only the given fields that"
          + " differ are sent, and the cluster's answer is shown.",
      "Exit code: 0 saved (or nothing to change), 1 refused (invalid value, no responder URL,"
          + " --expect not met, no permission), 2 wrong options, 3 no answer."
    })
final class SetCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin ClusterOptions cluster;

  @Option(names = "--ocsp", paramLabel = "on|off", description = "turn OCSP stapling on or off")
  String ocsp;

  @Option(
      names = "--query-frequency",
      paramLabel = "SECONDS",
      description = "time between regular polls of the responder, 60-86400")
  String queryFrequency;

  @Option(
      names = "--response-timeout",
      paramLabel = "SECONDS",
      description = "how long one poll waits for the responder, 1-60")
  String responseTimeout;

  @Option(
      names = "--recovery-frequency",
      paramLabel = "SECONDS",
      description = "time between polls after a failed one, 60-86400")
  String recoveryFrequency;

  @Option(
      names = "--recovery-max-tries",
      paramLabel = "N",
      description = "recovery polls before giving up, 1-100")
  String recoveryMaxTries;

  @Mixin SendOptions send;

  SetCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws CliFailure {
    Map<OcspField, Object> wanted = new EnumMap<>(OcspField.class);
    List<String> problems = new ArrayList<>();
    put(wanted, problems, OcspField.OCSP_FUNCTIONALITY, ocsp);
    put(wanted, problems, OcspField.QUERY_FREQUENCY, queryFrequency);
    put(wanted, problems, OcspField.RESPONSE_TIMEOUT, responseTimeout);
    put(wanted, problems, OcspField.RECOVERY_FREQUENCY, recoveryFrequency);
    put(wanted, problems, OcspField.RECOVERY_MAX_TRIES, recoveryMaxTries);
    if (!problems.isEmpty()) {
      throw new CliFailure(Exit.REFUSED, String.join("\n", problems) + "\nNothing was sent.");
    }
    if (wanted.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          cluster.spec.commandLine(),
          "Give at least one setting, e.g. --query-frequency 600 or --ocsp on.");
    }
    Map<OcspField, Object> expected = send.expected(cluster.spec);
    try (Connected connected = cluster.open(context)) {
      return Changes.apply(context, connected, wanted, expected, send.dryRun);
    }
  }

  private static void put(
      Map<OcspField, Object> wanted, List<String> problems, OcspField field, String text) {
    if (text == null) {
      return;
    }
    try {
      wanted.put(field, Values.parse(field, text));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
  }
}
