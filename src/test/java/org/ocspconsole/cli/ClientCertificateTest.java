package org.ocspconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.IssuedCertificate;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.profiles.ProfileStore;
import org.ocspconsole.testing.MemoryCredentialStore;

/**
 * {@code --client-cert}: logging in with a PKCS#12 client certificate against a demo cluster that
 * turned Basic off and asks for one. The file's password comes from {@code
 * OCSP_CONSOLE_CERT_PASSWORD} (or the credential store, or the terminal) and is never printed.
 */
class ClientCertificateTest {
  private static final String SECRET = "p12-Secret-4711";

  @TempDir Path folder;
  private CliFixture cli;
  private IssuedCertificate ca;
  private Path p12;

  @BeforeEach
  void start() throws Exception {
    ca = CertificateBuilder.create().subject("CN=test client CA").certificateAuthority().build();
    DemoCluster cluster =
        DemoCluster.builder().clientCertificateAuthority(ca.certificate()).basicAuth(false).start();
    cli = new CliFixture(folder, cluster);
    cli.env.clear();
    p12 = pkcs12(ca, "client.p12", SECRET);
  }

  @AfterEach
  void stop() {
    cli.close();
  }

  private Path pkcs12(IssuedCertificate issuer, String name, String password) throws Exception {
    IssuedCertificate client =
        CertificateBuilder.create()
            .subject("CN=" + DemoCluster.ADMIN_USER)
            .clientAuthentication()
            .issuedBy(issuer)
            .build();
    Path file = folder.resolve(name);
    client.writePkcs12(file, password.toCharArray());
    return file;
  }

  private CliFixture.Result withCertificate(String command, Path file, String... more) {
    List<String> args = new ArrayList<>();
    args.add(command);
    args.addAll(
        List.of(
            "--cluster",
            cli.cluster.baseUri().toString(),
            "--client-cert",
            file.toString(),
            "--pin-sha256",
            cli.cluster.fingerprint()));
    args.addAll(List.of(more));
    return cli.run(args.toArray(String[]::new));
  }

  private static void secretNowhere(CliFixture.Result result) {
    assertThat(result.out()).doesNotContain(SECRET);
    assertThat(result.err()).doesNotContain(SECRET).doesNotContain("\tat ");
  }

  @Test
  void getLogsInWithTheCertificateAndItsPasswordFromTheEnvironment() {
    cli.env.put(Passwords.CERT_PASSWORD_VARIABLE, SECRET);

    CliFixture.Result result = withCertificate("get", p12, "--format", "json");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("\"query_frequency\"");
    assertThat(cli.cluster.requests())
        .isNotEmpty()
        .noneMatch(r -> r.headers().containsKey("Authorization"));
    secretNowhere(result);
  }

  @Test
  void checkAndSetWorkTheSameWay() {
    cli.env.put(Passwords.CERT_PASSWORD_VARIABLE, SECRET);

    CliFixture.Result check = withCertificate("check", p12, "--skip-endpoints", "-v");
    CliFixture.Result set = withCertificate("set", p12, "--query-frequency", "900");

    assertThat(check.exit()).as(check.out() + check.err()).isIn(0, 1, 2);
    assertThat(check.out()).startsWith("OCSP ").doesNotContain("UNKNOWN");
    assertThat(set.exit()).as(set.err()).isZero();
    assertThat(withCertificate("get", p12, "--format", "json").out())
        .contains("\"query_frequency\" : 900");
    secretNowhere(check);
    secretNowhere(set);
  }

  @Test
  void theBasicPasswordVariableIsNotTakenForTheCertificateFile() {
    cli.env.put(Passwords.PASSWORD_VARIABLE, SECRET);

    CliFixture.Result result = withCertificate("get", p12);

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err())
        .startsWith("ocsp-console get: No password for ")
        .contains(Passwords.CERT_PASSWORD_VARIABLE)
        .contains("Passwords are never options.");
    assertThat(cli.cluster.requests()).isEmpty();
    secretNowhere(result);
  }

  @Test
  void aWrongPasswordSaysTheFileCouldNotBeOpenedAndSendsNothing() {
    cli.env.put(Passwords.CERT_PASSWORD_VARIABLE, "not-" + SECRET);

    CliFixture.Result result = withCertificate("get", p12);

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err())
        .startsWith("ocsp-console get: ")
        .contains("client.p12 could not be opened")
        .doesNotContain("not-" + SECRET)
        .hasLineCount(1);
    assertThat(cli.cluster.requests()).isEmpty();
    secretNowhere(result);
  }

  @Test
  void aCertificateTheClusterDoesNotTrustEndsInWordsNotAStackTrace() throws Exception {
    IssuedCertificate stranger =
        CertificateBuilder.create().subject("CN=another CA").certificateAuthority().build();
    Path foreign = pkcs12(stranger, "foreign.p12", SECRET);
    cli.env.put(Passwords.CERT_PASSWORD_VARIABLE, SECRET);

    CliFixture.Result result = withCertificate("get", foreign);

    assertThat(result.exit()).isEqualTo(3);
    // The demo answers a handshake without an accepted certificate with 401, as a cluster does.
    assertThat(result.err())
        .startsWith("ocsp-console get: The cluster did not accept the client certificate (401).")
        .doesNotContain(Passwords.PASSWORD_VARIABLE)
        .hasLineCount(1);
    assertThat(result.out()).isEmpty();
    secretNowhere(result);
  }

  @Test
  void aMissingFileIsNamed() {
    cli.env.put(Passwords.CERT_PASSWORD_VARIABLE, SECRET);

    CliFixture.Result result = withCertificate("get", folder.resolve("nowhere.p12"));

    assertThat(result.exit()).isIn(2, 3);
    assertThat(result.err()).contains("nowhere.p12").doesNotContain("\tat ");
    secretNowhere(result);
  }

  @Test
  void aSavedProfileTakesTheCertificatePasswordFromTheCredentialStore() throws Exception {
    Profile profile =
        new Profile(
            null,
            "mtls",
            cli.cluster.baseUri().toString(),
            null,
            Profile.Auth.CLIENT_CERTIFICATE,
            p12.toString(),
            Profile.Trust.PINNED,
            null,
            cli.cluster.fingerprint());
    new ProfileStore(folder).save(List.of(profile), null);
    MemoryCredentialStore store = MemoryCredentialStore.readOnly(profile.credentialKey(), SECRET);
    cli.credentialStore = Optional.of(store);

    CliFixture.Result result = cli.run("get", "--profile", "mtls");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(store.reads).containsExactly(profile.credentialKey());
    secretNowhere(result);
  }

  @Test
  void onATerminalThePasswordIsAskedForTheFile() {
    List<String> prompts = new ArrayList<>();
    cli.terminal =
        prompt -> {
          prompts.add(prompt);
          return SECRET.toCharArray();
        };

    CliFixture.Result result = withCertificate("get", p12);

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(prompts).singleElement().asString().startsWith("Password of ");
    secretNowhere(result);
  }
}
