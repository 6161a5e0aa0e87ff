package org.ocspconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure ends in words on stderr and the exit code that fits, never a stack trace. */
class ErrorsTest {
  @TempDir Path folder;
  private CliFixture cli;

  @BeforeEach
  void start() throws Exception {
    cli = new CliFixture(folder);
  }

  @AfterEach
  void stop() {
    cli.close();
  }

  private static void noStackTrace(CliFixture.Result result) {
    assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(result.out()).doesNotContain("\tat ");
  }

  @Test
  void badCredentialsSayCheckTheUserAndPassword() {
    cli.env.put(Passwords.PASSWORD_VARIABLE, "wrong");

    CliFixture.Result result = cli.onCluster("get");

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err())
        .startsWith("ocsp-console get: The cluster did not accept the credentials (401).")
        .contains("Check the user name and the password");
    assertThat(result.out()).isEmpty();
    noStackTrace(result);
  }

  @Test
  void anUntrustedCertificateIsRefusedAndItsFingerprintShownToCheck() {
    CliFixture.Result result =
        cli.run(
            "get",
            "--cluster",
            cli.cluster.baseUri().toString(),
            "--user",
            cli.cluster.admin().name());

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err())
        .contains("is not trusted: it is self-signed. No credentials were sent.")
        .contains(cli.cluster.fingerprint())
        .contains("--pin-sha256");
    assertThat(cli.cluster.requests()).isEmpty();
    noStackTrace(result);
  }

  @Test
  void aPinThatDoesNotMatchSendsNothing() {
    CliFixture.Result result =
        cli.run(
            "get",
            "--cluster",
            cli.cluster.baseUri().toString(),
            "--user",
            cli.cluster.admin().name(),
            "--pin-sha256",
            "00".repeat(32));

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err()).contains("is not the one trusted for this cluster");
    assertThat(cli.cluster.requests()).isEmpty();
  }

  @Test
  void anUnreachableClusterIsNoAnswer() {
    cli.cluster.close();

    CliFixture.Result result = cli.onCluster("set", "--query-frequency", "600");

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err()).contains("the connection was refused");
    noStackTrace(result);
  }

  @Test
  void aRoleWithoutThePermissionIsRefused() {
    cli.env.put(Passwords.PASSWORD_VARIABLE, cli.cluster.viewer().password());

    CliFixture.Result result =
        cli.run(
            "get",
            "--cluster",
            cli.cluster.baseUri().toString(),
            "--user",
            cli.cluster.viewer().name(),
            "--pin-sha256",
            cli.cluster.fingerprint());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err())
        .contains("This user may not read the OCSP settings")
        .contains("view_ocsp_config")
        .contains("(403)");
  }

  @Test
  void theClustersOwnRefusalIsShownInItsWords() {
    cli.cluster.switches().unsupportedCapability(true);

    CliFixture.Result result = cli.onCluster("set", "--query-frequency", "600");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).contains("Not every node of this cluster supports OCSP");
  }

  @Test
  void aPasswordIsNeverAnOption() {
    CliFixture.Result result = cli.onCluster("get", "--password", "secret");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("Passwords are not taken from the command line");
    assertThat(cli.cluster.requests()).isEmpty();
  }

  @Test
  void withoutAPasswordAndWithoutATerminalItSaysWhereOneComesFrom() {
    cli.env.clear();

    CliFixture.Result result = cli.onCluster("get");

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err())
        .contains("No password for " + cli.cluster.admin().name())
        .contains("set " + Passwords.PASSWORD_VARIABLE)
        .contains("run the command on a terminal");
  }

  @Test
  void onATerminalThePasswordIsAsked() {
    cli.env.clear();
    String[] asked = new String[1];
    cli.terminal =
        prompt -> {
          asked[0] = prompt;
          return cli.cluster.admin().password().toCharArray();
        };

    CliFixture.Result result = cli.onCluster("get");

    assertThat(result.exit()).isZero();
    assertThat(asked[0]).startsWith("Password for " + cli.cluster.admin().name() + " at https://");
  }

  @Test
  void theClusterMustBeNamedOnce() {
    CliFixture.Result none = cli.run("get");
    CliFixture.Result both = cli.run("get", "--demo", "--profile", "x");
    CliFixture.Result plain = cli.run("get", "--cluster", "http://example.com", "--user", "a");

    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("Name the cluster: --profile NAME, or --cluster URL");
    assertThat(both.err()).contains("exclude each other");
    assertThat(plain.err()).contains("Plain http:// is refused");
  }

  @Test
  void anUnknownProfileListsTheSavedOnes() throws Exception {
    new org.ocspconsole.profiles.ProfileStore(folder)
        .save(
            java.util.List.of(
                new org.ocspconsole.profiles.Profile(
                    null,
                    "prod-eu",
                    "https://prod-eu:9443",
                    "admin",
                    null,
                    null,
                    null,
                    null,
                    null)),
            null);

    CliFixture.Result result = cli.run("get", "--profile", "prod-us");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .contains("No profile named \u201cprod-us\u201d. Saved profiles: prod-eu.");
  }

  @Test
  void everyCommandExplainsItselfWithHelp() {
    for (String command : List.of("check", "get", "set", "test", "export", "import", "fleet")) {
      CliFixture.Result result = cli.run(command, "--help");

      assertThat(result.exit()).as(command).isZero();
      assertThat(result.out()).as(command).startsWith("Usage: ocsp-console " + command + " ");
      assertThat(result.out()).as(command).contains("Exit code").contains("--help");
    }
    CliFixture.Result top = cli.run("help");
    assertThat(top.out()).contains("Exit codes: 0 done (check: OK)").contains("never an option");
  }

  @Test
  void theLauncherKnowsEveryCommandAndTheCompletionScriptNamesThemAll() {
    assertThat(Subcommands.NAMES).isEqualTo(Cli.COMMANDS.keySet());

    CliFixture.Result script = cli.run("generate-completion");

    assertThat(script.exit()).isZero();
    assertThat(script.out()).contains("check get set test export import fleet");
  }

  @Test
  void aProfileWithoutItsLoginSaysWhatIsMissing() throws Exception {
    new org.ocspconsole.profiles.ProfileStore(folder)
        .save(
            List.of(
                new org.ocspconsole.profiles.Profile(
                    null,
                    "half",
                    cli.cluster.baseUri().toString(),
                    null,
                    org.ocspconsole.profiles.Profile.Auth.CLIENT_CERTIFICATE,
                    null,
                    null,
                    null,
                    null)),
            null);

    CliFixture.Result result = cli.run("get", "--profile", "half");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("names no client certificate file");
  }
}
