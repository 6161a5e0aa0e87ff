package org.ocspconsole.cli;

import java.io.Console;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.ProfileStore;

/**
 * What a command talks to besides the cluster: its output streams, the environment, the saved
 * profiles, the credential store and the terminal. Tests hand in their own.
 *
 * @param terminal asks for a password with echo off, or null when there is no terminal (cron, a
 *     pipe): then nothing is asked
 */
public record CliContext(
    PrintStream out,
    PrintStream err,
    Map<String, String> env,
    Supplier<ProfileStore> profiles,
    Supplier<Optional<CredentialStore>> credentialStore,
    PasswordReader terminal,
    Clock clock) {

  /** Reads a password from the terminal; null or empty when the user typed nothing. */
  @FunctionalInterface
  public interface PasswordReader {
    char[] read(String prompt);
  }

  /** The real process: System streams, environment, the user's profiles and credential store. */
  public static CliContext system() {
    Console console = System.console();
    PasswordReader terminal = console == null ? null : prompt -> console.readPassword("%s", prompt);
    return new CliContext(
        System.out,
        System.err,
        System.getenv(),
        ProfileStore::user,
        () -> CredentialStore.system(Duration.ofSeconds(3), Runnable::run).join(),
        terminal,
        Clock.systemUTC());
  }
}
