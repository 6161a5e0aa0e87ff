package org.ocspconsole.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.ProfileStore;

/**
 * Runs the command line in this process, as a user would type it, against a demo cluster on
 * loopback; keeps what it printed and its exit code. Profiles live in a folder of the test's own.
 */
final class CliFixture implements AutoCloseable {
  record Result(int exit, String out, String err) {}

  final DemoCluster cluster;
  final Map<String, String> env = new HashMap<>();
  final Path profiles;
  CliContext.PasswordReader terminal;
  Optional<CredentialStore> credentialStore = Optional.empty();

  CliFixture(Path folder) throws Exception {
    this(folder, DemoCluster.start());
  }

  /** Around a demo cluster started by the test, e.g. one that asks for a client certificate. */
  CliFixture(Path folder, DemoCluster cluster) {
    this.cluster = cluster;
    this.profiles = folder;
    env.put(Passwords.PASSWORD_VARIABLE, cluster.admin().password());
  }

  /** The options that name the demo cluster, pinned, as the admin. */
  List<String> target() {
    return List.of(
        "--cluster",
        cluster.baseUri().toString(),
        "--user",
        cluster.admin().name(),
        "--pin-sha256",
        cluster.fingerprint());
  }

  /** {@code command}, the demo cluster's options, then {@code more}. */
  Result onCluster(String command, String... more) {
    List<String> args = new ArrayList<>();
    args.add(command);
    args.addAll(target());
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  Result run(String... args) {
    return run(
        args, Map.copyOf(env), () -> new ProfileStore(profiles), () -> credentialStore, terminal);
  }

  /** A command that needs no cluster, profiles or passwords (help, say): nothing is started. */
  static Result offline(String... args) {
    return run(args, Map.of(), () -> null, Optional::empty, null);
  }

  private static Result run(
      String[] args,
      Map<String, String> env,
      Supplier<ProfileStore> profiles,
      Supplier<Optional<CredentialStore>> store,
      CliContext.PasswordReader terminal) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliContext context =
        new CliContext(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            profiles,
            store,
            terminal,
            Clock.systemUTC());
    int exit = Cli.run(args, context);
    return new Result(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    cluster.close();
  }
}
