package org.ocspconsole.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspSettingsFile;
import org.ocspconsole.fleet.OperatorSnippet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "export",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = {
      "Writes the cluster's OCSP settings as a settings file: JSON in exactly the shape of a PUT"
          + " /v1/ocsp body (the writable fields, never responder_url), for import, a review or"
          + " version control; or, with --format operator, as the Redis Enterprise operator's"
          + " spec.ocspConfiguration.",
      "Exit code: 0 written, 1 refused, 2 wrong options or a file that cannot be written,"
          + " 3 no answer."
    })
final class ExportCommand implements Callable<Integer> {
  enum Format {
    json,
    operator
  }

  private final CliContext context;

  @Mixin ClusterOptions cluster;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "json (default) or operator")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "write to this file instead of standard output")
  Path output;

  ExportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws CliFailure {
    OcspConfig config;
    try (Connected connected = cluster.open(context)) {
      config = connected.await(connected.client().getOcspConfig());
    }
    String text =
        format == Format.json
            ? OcspSettingsFile.text(config)
            : OperatorSnippet.file(config.writableValues());
    if (output == null) {
      context.out().print(text);
      return Exit.OK;
    }
    try {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliFailure(
          Exit.USAGE, "The file " + output + " cannot be written: " + e.getMessage());
    }
    context.err().println("Wrote " + output + ".");
    return Exit.OK;
  }
}
