package org.ocspconsole.cli;

import java.util.concurrent.Callable;
import org.ocspconsole.api.OcspStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "test",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = {
      "Asks the cluster to query its OCSP responder now (POST /v1/ocsp/test) and shows the answer.",
      "Exit code: 0 GOOD, 1 another status or a refusal (no responder URL, no permission),"
          + " 3 no answer (unreachable, credentials, the responder's answer not OCSP...)."
    })
final class TestCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin ClusterOptions cluster;

  @Mixin TableOrJson output;

  TestCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws CliFailure {
    try (Connected connected = cluster.open(context)) {
      OcspStatus status = connected.await(connected.client().testOcspStatus());
      context
          .out()
          .print(output.choose(() -> Tables.status(status), () -> Output.pretty(status) + "\n"));
      boolean good = status.state().map(s -> s == OcspStatus.CertState.GOOD).orElse(false);
      return good ? Exit.OK : Exit.REFUSED;
    }
  }
}
