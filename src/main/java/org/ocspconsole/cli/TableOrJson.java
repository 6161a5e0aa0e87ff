package org.ocspconsole.cli;

import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that print either a table for people or JSON for
 * scripts, declared once so that its name, default and help read the same in each of them.
 */
final class TableOrJson {
  enum Format {
    table,
    json
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default) or json")
  Format format;

  /** The chosen text; only that one is made. */
  String choose(Supplier<String> table, Supplier<String> json) {
    return format == Format.json ? json.get() : table.get();
  }
}
