package org.ocspconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manual page says what {@code --help} says, for every command, and is valid troff. */
class ManPageTest {
  private static final Pattern MACRO = Pattern.compile("\\.(TH|SH|SS|PP|TP|B|br|nh|ad l)( .*)?");

  private final String page = ManPage.render("1.2.3");

  @TempDir Path folder;

  /** What {@code ocsp-console ARGS} prints on stdout. */
  private static String run(String... args) {
    CliFixture.Result result = CliFixture.offline(args);
    assertThat(result.exit()).isZero();
    return result.out();
  }

  /** The page as man shows its words: no requests, no font changes, no escapes. */
  private static String words(String troff) {
    StringBuilder text = new StringBuilder();
    for (String line : troff.split("\n")) {
      String shown = line;
      if (line.startsWith(".")) {
        int space = line.indexOf(' ');
        shown = line.startsWith(".B ") ? line.substring(3) : "";
        if (line.startsWith(".SS ")) {
          shown = line.substring(space + 1).replace("\"", "");
        }
      }
      text.append(
              shown
                  .replace("\\fB", "")
                  .replace("\\fI", "")
                  .replace("\\fR", "")
                  .replace("\\&", "")
                  .replace("\\-", "-")
                  .replace("\\e", "\\"))
          .append('\n');
    }
    return text.toString();
  }

  /** The part of the page from a command's heading to the next one. */
  private String section(String command) {
    int start = page.indexOf(".SS \"" + ManPage.escape(command) + "\"\n");
    assertThat(start).as("the section of " + command).isNotNegative();
    int next = page.indexOf("\n.S", start + 1);
    return page.substring(start, next < 0 ? page.length() : next);
  }

  /** Fails unless every word of {@code expected} stands in {@code actual}, in the same order. */
  private static void inOrder(String expected, String actual, String what) {
    List<String> want = Arrays.asList(expected.strip().split("\\s+"));
    List<String> have = Arrays.asList(actual.strip().split("\\s+"));
    int at = 0;
    for (int i = 0; i < want.size(); i++) {
      int found = have.subList(at, have.size()).indexOf(want.get(i));
      assertThat(found)
          .as(
              "%s: the page lacks \"%s\" after \"%s\"",
              what,
              String.join(" ", want.subList(Math.max(0, i - 8), i + 1)),
              String.join(" ", have.subList(Math.max(0, at - 8), at)))
          .isNotNegative();
      at += found + 1;
    }
  }

  /** The help's "Usage:" synopsis: its first line and the indented ones that go on with it. */
  private static String usage(String help) {
    String from = help.substring(help.indexOf("Usage:"));
    return from.split("\n(?! )")[0];
  }

  /** The help's lines without its "Usage:" synopsis (wrapped at 80 columns there). */
  private static List<String> afterUsage(String help) {
    List<String> lines = new ArrayList<>(Arrays.asList(help.split("\n")));
    int at = 0;
    while (!lines.get(at).startsWith("Usage:")) {
      at++; // a header before it, as the help command has
    }
    lines.remove(at);
    while (at < lines.size() && lines.get(at).startsWith(" ")) {
      lines.remove(at);
    }
    return lines;
  }

  @Test
  void everyCommandSaysWhatItsHelpSaysInTheSameOrder() {
    for (String command : Cli.COMMANDS.keySet()) {
      String help = run("help", command);
      String shown = words(section(command));

      inOrder(String.join("\n", afterUsage(help)), shown, command);
      // The synopsis is picocli's own, on one line instead of wrapped (inside words too).
      assertThat(shown.replaceAll("\\s", ""))
          .as(command + "'s synopsis")
          .contains(usage(help).replace("Usage:", "").replaceAll("\\s", ""));
    }
  }

  @Test
  void theMainHelpIsThereToo() {
    List<String> lines = afterUsage(run("--help"));
    // The list of commands is the COMMANDS section, in full.
    int commands = lines.indexOf("Commands:");
    int end = lines.subList(commands, lines.size()).indexOf("") + commands;
    List<String> rest = new ArrayList<>(lines.subList(0, commands));
    rest.addAll(lines.subList(end, lines.size()));

    inOrder(String.join("\n", rest), words(page), "ocsp-console");
    assertThat(page).contains(".SH \"NAME\"\nocsp\\-console \\- OCSP stapling settings of Redis");
    assertThat(page).startsWith(".TH \"OCSP\\-CONSOLE\" \"1\" \"\" \"ocsp\\-console 1.2.3\"");
  }

  @Test
  void everyVisibleOptionIsATermAndTheHiddenPasswordIsNot() {
    assertThat(section("check")).contains("\n\\fB\\-\\-profile\\fR=\\fINAME\\fR\n");
    assertThat(section("check")).contains("\n\\fB\\-v\\fR, \\fB\\-\\-verbose\\fR\n");
    assertThat(section("import")).contains("\n\\fIFILE\\fR\n");
    // --password exists only to refuse it with a reason; the page does not offer it.
    assertThat(page).doesNotContain("password\\fR");
  }

  @Test
  void everyLineIsARequestTheManMacrosKnowOrTextThatCannotBeReadAsOne() {
    for (String line : page.split("\n")) {
      if (line.startsWith(".") || line.startsWith("'")) {
        assertThat(line).as("a request").matches(MACRO);
      }
      // A plain - may become a hyphen, which breaks a copied option; every one is \-.
      assertThat(line).as(line).doesNotContainPattern("(?<!\\\\)-");
    }
    assertThat(ManPage.escape(".starts like a request")).isEqualTo("\\&.starts like a request");
    assertThat(ManPage.escape("C:\\path --x")).isEqualTo("C:\\epath \\-\\-x");
  }

  @Test
  void thePackagesGetItCompressedWithTheSameBytesEveryTime() throws Exception {
    Path first = folder.resolve("one/ocsp-console.1.gz");
    Path second = folder.resolve("two/ocsp-console.1.gz");
    ManPage.main(new String[] {first.toString(), "1.2.3"});
    ManPage.main(new String[] {second.toString(), "1.2.3"});

    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    try (InputStream in = new GZIPInputStream(Files.newInputStream(first))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(page);
    }
  }
}
