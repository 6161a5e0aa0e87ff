package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocspconsole.profiles.Profile;

class CommandLineTest {
  private static CommandLine parse(String... args) throws CommandLine.UsageException {
    return CommandLine.parse(List.of(args), Map.of(CommandLine.PASSWORD_VARIABLE, "s3cret"));
  }

  @Test
  void aClusterTakesItsUserFromTheOptionsAndThePasswordFromTheEnvironment() throws Exception {
    CommandLine options =
        parse(
            "--cluster",
            "c.example.com",
            "--user",
            "admin@example.com",
            "--pin-sha256",
            "ab".repeat(32));
    assertThat(options.demo()).isFalse();
    assertThat(options.cluster()).isEqualTo("c.example.com");
    assertThat(options.user()).isEqualTo("admin@example.com");
    assertThat(options.password()).isEqualTo("s3cret");
    assertThat(options.toString()).doesNotContain("s3cret");
  }

  @Test
  void passwordsAreRefusedAsArguments() {
    assertThatThrownBy(() -> parse("--cluster", "c", "--user", "u", "--password", "x"))
        .hasMessageContaining(CommandLine.PASSWORD_VARIABLE)
        .hasMessageNotContaining("x\"");
  }

  @Test
  void contradictoryOrIncompleteOptionsAreExplained() {
    assertThatThrownBy(() -> parse("--demo", "--cluster", "c", "--user", "u"))
        .hasMessageContaining("exclude");
    assertThatThrownBy(() -> parse("--cluster", "c")).hasMessageContaining("--user");
    assertThatThrownBy(() -> parse("--user", "u")).hasMessageContaining("need --cluster");
    assertThatThrownBy(
            () -> parse("--cluster", "c", "--user", "u", "--ca-file", "a.pem", "--pin-sha256", "x"))
        .hasMessageContaining("one of");
    assertThatThrownBy(() -> parse("--cluster")).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> parse("--bogus")).hasMessageContaining("Unknown option --bogus");
  }

  @Test
  void anAddressWithUserInfoIsRefusedBeforeAnyWindowWithoutRepeatingThePassword() {
    for (String address :
        List.of(
            "https://user:S3cr3t@c.example.com",
            "user:S3cr3t@c.example.com:9443",
            "https://user:S3/cr3t@c.example.com",
            "https://user:S3cr3t@c.example.com:abc")) {
      assertThatThrownBy(() -> parse("--cluster", address, "--user", "user"))
          .isInstanceOf(CommandLine.UsageException.class)
          .hasMessageContaining("Leave \"user:password@\" out")
          .hasMessageContaining(CommandLine.PASSWORD_VARIABLE)
          .hasMessageNotContaining("S3");
    }
  }

  @Test
  void anAddressTheConsoleCannotUseIsRefusedOnTheCommandLine() {
    assertThatThrownBy(() -> parse("--cluster", "http://c.example.com", "--user", "u"))
        .hasMessageContaining("--cluster")
        .hasMessageContaining("clear text");
  }

  @Test
  void aUserNameWithAColonIsRefused() {
    assertThatThrownBy(() -> parse("--cluster", "c.example.com", "--user", "ad:min"))
        .isInstanceOf(CommandLine.UsageException.class)
        .hasMessageContaining("--user")
        .hasMessageContaining("cannot contain \":\"");
  }

  @Test
  void aClientCertificateReplacesTheUser() throws Exception {
    CommandLine options = parse("--cluster", "c", "--client-cert", "me.p12", "--ca-file", "ca.pem");
    assertThat(options.clientCert()).isEqualTo(Path.of("me.p12"));
    assertThat(options.caFile()).isEqualTo(Path.of("ca.pem"));
  }

  @Test
  void connectorRefusesPlainHttpBeforeAnythingIsSent() {
    assertThatThrownBy(
            () ->
                Connector.commandLineProfile(
                    parse("--cluster", "http://c.example.com", "--user", "u")))
        .hasMessageContaining("clear text");
  }

  @Test
  void noOptionMeansNeitherDemoNorProfileSoTheStartupDecides() throws Exception {
    CommandLine none = parseBare();
    assertThat(none.demo()).isFalse();
    assertThat(none.profile()).isNull();
    assertThat(parseBare("--demo").demo()).isTrue();
    assertThat(parseBare("--profile", "Staging EU").profile()).isEqualTo("Staging EU");
  }

  @Test
  void demoProfileAndClusterExcludeEachOther() {
    assertThatThrownBy(() -> parseBare("--profile", "A", "--cluster", "h", "--user", "u"))
        .hasMessageContaining("exclude each other");
    assertThatThrownBy(() -> parseBare("--demo", "--profile", "A"))
        .hasMessageContaining("exclude each other");
  }

  @Test
  void aCommandLineClusterBecomesAnUnsavedProfileWithItsTrustAndLogin() throws Exception {
    CommandLine pinned =
        CommandLine.parse(
            List.of(
                "--cluster",
                "cluster.example.com",
                "--client-cert",
                "/keys/admin.p12",
                "--pin-sha256",
                "ab".repeat(32)),
            Map.of(CommandLine.CERT_PASSWORD_VARIABLE, "p12"));
    Profile profile = Connector.commandLineProfile(pinned);
    assertThat(profile.url()).isEqualTo("https://cluster.example.com:9443");
    assertThat(profile.auth()).isEqualTo(Profile.Auth.CLIENT_CERTIFICATE);
    assertThat(profile.clientCertificate()).isEqualTo(Path.of("/keys/admin.p12").toString());
    assertThat(profile.trust()).isEqualTo(Profile.Trust.PINNED);
    assertThat(Connector.givenPassword(pinned)).containsExactly('p', '1', '2');
    assertThatThrownBy(
            () ->
                Connector.commandLineProfile(
                    parseBare("--cluster", "h", "--user", "u", "--ca-file", "/does/not/exist.pem")))
        .hasMessageContaining("cannot be read");
  }

  private static CommandLine parseBare(String... args) throws Exception {
    return CommandLine.parse(List.of(args), Map.of());
  }
}
