package org.ocspconsole.cli;

import java.util.Set;

/**
 * The command line's first words. Kept apart from the picocli classes, so that the launcher can
 * tell a subcommand from the window's options without loading picocli: the window's start-up never
 * pays for the command line.
 */
public final class Subcommands {
  public static final Set<String> NAMES =
      Set.of(
          "check",
          "get",
          "set",
          "test",
          "export",
          "import",
          "fleet",
          "help",
          "generate-completion");

  private Subcommands() {}

  /** Whether these arguments ask for the command line rather than the window. */
  public static boolean requested(String[] args) {
    return args.length > 0 && NAMES.contains(args[0]);
  }
}
