package org.ocspconsole.cli;

import java.util.concurrent.Callable;
import org.ocspconsole.api.OcspConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "get",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = {
      "Shows the cluster's OCSP settings (GET /v1/ocsp) as a table, or as the JSON the cluster"
          + " sent.",
      "Exit code: 0 shown, 1 refused (no permission, OCSP not supported by every node),"
          + " 2 wrong options, 3 no answer."
    })
final class GetCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin ClusterOptions cluster;

  @Mixin TableOrJson output;

  GetCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws CliFailure {
    try (Connected connected = cluster.open(context)) {
      OcspConfig config = connected.await(connected.client().getOcspConfig());
      context
          .out()
          .print(output.choose(() -> Tables.settings(config), () -> Output.pretty(config) + "\n"));
      return Exit.OK;
    }
  }
}
