package org.ocspconsole.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command line's manual page, {@code ocsp-console(1)}, written in troff with the man macros
 * from the same picocli model that prints {@code --help}: every command, its synopsis, its
 * description and its options, with their defaults. The Linux packages carry it, generated at
 * package build ({@link #main}); {@code ManPageTest} checks it against the help. It lives with the
 * tests so that the product carries no code that only the build needs.
 */
public final class ManPage {
  private static final CommandLine.Help.ColorScheme PLAIN =
      CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF);

  private ManPage() {}

  /**
   * Writes the page, gzip-compressed when the file name ends in {@code .gz} (with no time stamp, so
   * the same sources give the same bytes).
   *
   * <p>Arguments: the file to write, and the version for the page's footer.
   */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]);
    byte[] page = render(args[1]).getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(target.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(target)) {
      if (target.getFileName().toString().endsWith(".gz")) {
        try (GZIPOutputStream zipped = new GZIPOutputStream(out)) {
          zipped.write(page);
        }
      } else {
        out.write(page);
      }
    }
    System.out.println("[man-page] wrote " + target + " (" + Files.size(target) + " bytes)");
  }

  /** The whole page: every command's model, as {@code ocsp-console help} sees it. */
  static String render(String version) {
    CommandLine root = Cli.model(new String[0], CliContext.system());
    CommandSpec spec = root.getCommandSpec();
    String name = spec.name();
    Page page = new Page();
    page.macro(
        ".TH", name.toUpperCase(Locale.ROOT), "1", "", name + " " + version, "User Commands");
    // No hyphenation and a ragged right edge: option names must stay whole, as typed.
    page.line(".nh");
    page.line(".ad l");
    page.macro(".SH", "NAME");
    page.text(name + " - " + stripPeriod(description(spec).get(0)));

    page.macro(".SH", "SYNOPSIS");
    page.synopsis(name, operands(spec));
    for (CommandLine sub : root.getSubcommands().values()) {
      page.synopsis(name + " " + sub.getCommandName(), operands(sub.getCommandSpec()));
    }

    page.macro(".SH", "DESCRIPTION");
    page.paragraphs(description(spec));
    page.options(spec);

    page.macro(".SH", "COMMANDS");
    for (CommandLine sub : root.getSubcommands().values()) {
      CommandSpec command = sub.getCommandSpec();
      page.macro(".SS", command.name());
      page.paragraphs(lines(command.usageMessage().header()));
      page.line(".PP");
      page.line(".B " + escape(usage(sub)));
      page.paragraphs(description(command));
      page.positionals(command);
      page.options(command);
      page.paragraphs(lines(command.usageMessage().footer()));
    }

    List<String> footer = lines(spec.usageMessage().footer());
    if (!footer.isEmpty()) {
      page.macro(".SH", "NOTES");
      page.paragraphs(footer);
    }
    return page.toString();
  }

  /** The one-line synopsis picocli prints after "Usage:", without the command's path. */
  private static String usage(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    spec.usageMessage().width(1000); // one line: troff fills it to the reader's width
    CommandLine.Help help = new CommandLine.Help(spec, PLAIN);
    return help.synopsis(0).strip().replaceAll("\\s+", " ");
  }

  private static String operands(CommandSpec spec) {
    StringBuilder operands = new StringBuilder(" [OPTIONS]");
    for (PositionalParamSpec positional : spec.positionalParameters()) {
      if (!positional.hidden()) {
        operands.append(' ').append(label(positional));
      }
    }
    return operands.toString();
  }

  /** As the help shows it: in brackets when it may be left out. */
  private static String label(PositionalParamSpec positional) {
    return positional.arity().min() == 0
        ? "[" + positional.paramLabel() + "]"
        : positional.paramLabel();
  }

  private static List<String> description(CommandSpec spec) {
    return lines(spec.usageMessage().description());
  }

  /** picocli's format specifiers, as its help applies them: {@code %n} breaks, {@code %%} is %. */
  private static List<String> lines(String[] texts) {
    List<String> lines = new ArrayList<>();
    for (String text : texts) {
      for (String line : text.replace("%n", "\n").replace("%%", "%").split("\n", -1)) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static String stripPeriod(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  /** Text as troff reads it literally: backslashes, minus signs, and no line read as a request. */
  static String escape(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-");
    return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
  }

  /** The page's lines. */
  private static final class Page {
    private final StringBuilder out = new StringBuilder();

    void line(String line) {
      out.append(line).append('\n');
    }

    void macro(String macro, String... arguments) {
      StringBuilder line = new StringBuilder(macro);
      for (String argument : arguments) {
        line.append(" \"").append(escape(argument).replace("\"", "\\(dq")).append('"');
      }
      line(line.toString());
    }

    void text(String text) {
      line(escape(text));
    }

    /** A paragraph per line, as the help puts each on a line of its own. */
    void paragraphs(List<String> lines) {
      for (String line : lines) {
        if (!line.isBlank()) {
          line(".PP");
          text(line);
        }
      }
    }

    void synopsis(String command, String operands) {
      line(".br");
      line(".B " + escape(command));
      if (!operands.isEmpty()) {
        line(escape(operands.strip()));
      }
    }

    void positionals(CommandSpec spec) {
      for (PositionalParamSpec positional : spec.positionalParameters()) {
        if (!positional.hidden()) {
          line(".TP");
          line("\\fI" + escape(label(positional)) + "\\fR");
          for (String line : positional.description()) {
            text(line);
          }
        }
      }
    }

    void options(CommandSpec spec) {
      CommandLine.Help help = new CommandLine.Help(spec, PLAIN);
      boolean any = false;
      for (OptionSpec option : spec.options()) {
        if (option.hidden()) {
          continue;
        }
        if (!any) {
          line(".PP");
          line("Options:");
          any = true;
        }
        line(".TP");
        line(term(option, help));
        for (String line : option.description()) {
          text(line);
        }
      }
    }

    /** {@code -v, --verbose} or {@code --format=FORMAT}: bold names, the value as help shows it. */
    private static String term(OptionSpec option, CommandLine.Help help) {
      List<String> names = new ArrayList<>();
      for (String name : option.names()) {
        names.add("\\fB" + escape(name) + "\\fR");
      }
      String label =
          help.parameterLabelRenderer()
              .renderParameterLabel(option, CommandLine.Help.Ansi.OFF, List.of())
              .toString();
      if (label.isEmpty()) {
        return String.join(", ", names);
      }
      // "=NAME": the separator as typed, the value in italics.
      return String.join(", ", names)
          + escape(label.substring(0, 1))
          + "\\fI"
          + escape(label.substring(1))
          + "\\fR";
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
