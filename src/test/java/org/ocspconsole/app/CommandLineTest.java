package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  private static CommandLine parse(String... args) throws CommandLine.UsageException {
    return CommandLine.parse(List.of(args), Map.of(CommandLine.PASSWORD_VARIABLE, "s3cret"));
  }

  @Test
  void noOptionsMeansTheDemoCluster() throws Exception {
    assertThat(parse().demo()).isTrue();
    assertThat(parse("--demo").demo()).isTrue();
  }

  @Test
  void aClusterTakesItsUserFromTheOptionsAndThePasswordFromTheEnvironment() throws Exception {
    CommandLine options = parse("--cluster", "c.example.com", "--user", "admin@example.com", "--pin-sha256",
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
    assertThatThrownBy(() -> parse("--demo", "--cluster", "c", "--user", "u")).hasMessageContaining("exclude");
    assertThatThrownBy(() -> parse("--cluster", "c")).hasMessageContaining("--user");
    assertThatThrownBy(() -> parse("--user", "u")).hasMessageContaining("need --cluster");
    assertThatThrownBy(() -> parse("--cluster", "c", "--user", "u", "--ca-file", "a.pem", "--pin-sha256", "x"))
        .hasMessageContaining("one of");
    assertThatThrownBy(() -> parse("--cluster")).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> parse("--bogus")).hasMessageContaining("Unknown option --bogus");
  }

  @Test
  void aClientCertificateReplacesTheUser() throws Exception {
    CommandLine options = parse("--cluster", "c", "--client-cert", "me.p12", "--ca-file", "ca.pem");
    assertThat(options.clientCert()).isEqualTo(Path.of("me.p12"));
    assertThat(options.caFile()).isEqualTo(Path.of("ca.pem"));
  }

  @Test
  void connectorRefusesPlainHttpBeforeAnythingIsSent() {
    assertThatThrownBy(() -> Connector.cluster(parse("--cluster", "http://c.example.com", "--user", "u"),
        "pw".toCharArray())).hasMessageContaining("clear text");
  }
}
