package org.ocspconsole.app;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import org.ocspconsole.cli.Cli;
import org.ocspconsole.cli.Subcommands;
import org.ocspconsole.platform.CommonPool;
import org.ocspconsole.platform.Worker;

/**
 * The entry point. Not an {@link Application} itself, so the console also starts with JavaFX on the
 * class path. Options are checked before any window opens. A subcommand ({@code ocsp-console check
 * ...}) runs the command line instead, which loads neither JavaFX nor anything of the window; the
 * window's start-up in turn never loads the command line's parser.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Before anything makes the common pool: the HTTP client's answers run there.
    CommonPool.atLeastTwoThreads();
    if (Subcommands.requested(args)) {
      Cli.main(args);
      return;
    }
    startWindow(args);
  }

  private static void startWindow(String[] args) {
    try {
      CommandLine options = CommandLine.parse(List.of(args), System.getenv());
      if (options.help()) {
        System.out.println(CommandLine.USAGE);
        return;
      }
      OcspConsoleApp.options = options;
      // A file read: done here rather than on the FX thread before its first frame.
      OcspConsoleApp.preferences = AppPreferences.user();
      if (options.cluster() == null && options.profile() == null) {
        // Most starts open the demo: start it now, while the toolkit starts on the other core.
        OcspConsoleApp.demoStartup = Startup.begin();
      } else {
        // The same for a cluster with a known secret: its round trip overlaps the toolkit's start.
        OcspConsoleApp.earlyProbe =
            EarlyConnection.begin(options, OcspConsoleApp::sharedCredentialStore, Worker.EXECUTOR);
      }
    } catch (CommandLine.UsageException e) {
      System.err.println("ocsp-console: " + e.getMessage() + "\n\n" + CommandLine.USAGE);
      System.exit(2);
    }
    Application.launch(OcspConsoleApp.class, args);
    // A setting changed just before the window closed may still be on its way to the disk.
    try {
      OcspConsoleApp.preferences.written().get(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // logged where it failed; the previous file is whole
    }
    // The Secret Service binding (dbus-java) leaves non-daemon threads behind once it has been
    // probed, which would keep the JVM alive after the window closed.
    System.exit(0);
  }
}
