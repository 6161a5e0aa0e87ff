package org.ocspconsole.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ocspconsole.api.OcspSettingsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "import",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = {
      "Applies a settings file (the shape of a PUT /v1/ocsp body, or the operator's YAML with"
          + " spec.ocspConfiguration, as export writes them) with the same rules as set: every"
          + " field checked first, nothing sent when one is wrong, only the fields that differ are"
          + " sent.",
      "Exit code: as for set."
    })
final class ImportCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin ClusterOptions cluster;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "the settings file; - reads standard input")
  String file;

  @Mixin SendOptions send;

  ImportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws CliFailure {
    OcspSettingsFile.Read read = OcspSettingsFile.read(bytes());
    if (!read.ok()) {
      StringBuilder why = new StringBuilder(name() + " cannot be applied; nothing was sent:");
      read.problems().forEach(problem -> why.append("\n  ").append(problem));
      throw new CliFailure(Exit.REFUSED, why.toString());
    }
    if (read.update().isEmpty()) {
      throw new CliFailure(Exit.REFUSED, name() + " holds no setting; nothing was sent.");
    }
    var expected = send.expected(cluster.spec);
    try (Connected connected = cluster.open(context)) {
      return Changes.apply(context, connected, read.update().changes(), expected, send.dryRun);
    }
  }

  private byte[] bytes() throws CliFailure {
    try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
      // One byte past the bound tells a file that is too large from one that fits exactly.
      return in.readNBytes(OcspSettingsFile.MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new CliFailure(Exit.USAGE, name() + " does not exist.");
    } catch (IOException e) {
      throw new CliFailure(Exit.USAGE, name() + " cannot be read: " + e.getMessage());
    }
  }

  private String name() {
    return file.equals("-") ? "Standard input" : "The file " + file;
  }
}
