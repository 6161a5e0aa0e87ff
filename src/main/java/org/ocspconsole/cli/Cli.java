package org.ocspconsole.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * The command line: {@code ocsp-console check|get|set|test|export|import|fleet}. No window and no
 * toolkit: nothing here, nor anything it uses, loads JavaFX. Every failure ends in words on stderr
 * and an exit code, never a stack trace.
 */
@Command(
    name = "ocsp-console",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = {
      "OCSP stapling settings of Redis Software clusters, from scripts and monitoring.",
      "Without a command, ocsp-console opens its window."
    },
    footerHeading = "%n",
    footer = {
      "The cluster: --profile NAME (saved in the window), or --cluster URL with --user NAME or"
          + " --client-cert FILE.p12, trusting --ca-file PEM or --pin-sha256 HEX (else the system's"
          + " CAs). Certificate and host-name checks are always on.",
      "Passwords: "
          + Passwords.PASSWORD_VARIABLE
          + " ("
          + Passwords.CERT_PASSWORD_VARIABLE
          + " for a client certificate), the password the window remembered for the profile, or"
          + " a prompt on the terminal; never an option.",
      "",
      "Exit codes: 0 done (check: OK), 1 refused (check: WARNING), 2 wrong options"
          + " (check: CRITICAL), 3 no answer from the cluster (check: UNKNOWN).",
      "Run 'ocsp-console help COMMAND' for a command's options."
    })
public final class Cli implements Runnable {
  /** In the order help lists them. */
  static final java.util.Map<String, Class<?>> COMMANDS = commands();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private Cli() {}

  /** The launcher's entry: runs the command and ends the process with its exit code. */
  public static void main(String[] args) {
    int code = run(args, CliContext.system());
    System.out.flush();
    // Keyring and HTTP threads must not keep a finished command alive.
    System.exit(code);
  }

  /** Runs one command line; returns its exit code. */
  public static int run(String[] args, CliContext context) {
    CommandLine line = model(args, context);
    line.setOut(new PrintWriter(context.out(), true));
    line.setErr(new PrintWriter(context.err(), true));
    line.setParameterExceptionHandler(Cli::usage);
    line.setExecutionExceptionHandler(
        (failure, command, parsed) -> {
          if (failure instanceof ParameterException usage) {
            return usage(usage, args);
          }
          if (failure instanceof CliFailure cli) {
            context
                .err()
                .println("ocsp-console " + command.getCommandName() + ": " + cli.getMessage());
            return cli.exitCode();
          }
          context
              .err()
              .println(
                  "ocsp-console "
                      + command.getCommandName()
                      + ": unexpected failure ("
                      + failure.getClass().getSimpleName()
                      + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                      + ").");
          return Exit.NO_ANSWER;
        });
    return line.execute(args);
  }

  /**
   * The commands' model for {@code args}: with no command, or help, the whole tree (help, the
   * completion script and the manual page describe every command).
   */
  static CommandLine model(String[] args, CliContext context) {
    Factory factory = new Factory(context);
    CommandLine line = new CommandLine(new Cli(), factory);
    // picocli builds every registered command's model up front, by reflection: a command asked
    // for by name gets only its own, which keeps the way to the first request short.
    Class<?> asked = args.length == 0 ? null : COMMANDS.get(args[0]);
    boolean alone =
        asked != null
            && asked != CommandLine.HelpCommand.class
            && asked != AutoComplete.GenerateCompletion.class;
    for (java.util.Map.Entry<String, Class<?>> command : COMMANDS.entrySet()) {
      if (!alone || command.getValue() == asked) {
        line.addSubcommand(command.getKey(), new CommandLine(command.getValue(), factory));
      }
    }
    return line;
  }

  private static java.util.Map<String, Class<?>> commands() {
    java.util.Map<String, Class<?>> all = new java.util.LinkedHashMap<>();
    all.put("check", CheckCommand.class);
    all.put("get", GetCommand.class);
    all.put("set", SetCommand.class);
    all.put("test", TestCommand.class);
    all.put("export", ExportCommand.class);
    all.put("import", ImportCommand.class);
    all.put("fleet", FleetCommand.class);
    all.put("help", CommandLine.HelpCommand.class);
    all.put("generate-completion", AutoComplete.GenerateCompletion.class);
    return all;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int usage(ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("ocsp-console " + command.getCommandName() + ": " + problem.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(problem, err);
    String name = command.getCommandSpec().qualifiedName();
    err.println("Try '" + name + " --help'.");
    // A monitoring system must see UNKNOWN for a check it cannot run, not CRITICAL.
    return command.getCommand() instanceof CheckCommand ? Exit.NO_ANSWER : Exit.USAGE;
  }

  /** Hands each command the context; picocli's own commands are made as usual. */
  private record Factory(CliContext context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        Constructor<K> withContext = type.getDeclaredConstructor(CliContext.class);
        return withContext.newInstance(context);
      } catch (NoSuchMethodException e) {
        if (type == Cli.class) {
          return type.cast(new Cli());
        }
        return CommandLine.defaultFactory().create(type);
      }
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"ocsp-console " + (version == null ? "(development build)" : version)};
    }
  }
}
