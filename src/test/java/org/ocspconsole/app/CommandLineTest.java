package org.ocspconsole.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocspconsole.connection.Profile;

class CommandLineTest {
  private static CommandLine parse(String... args) throws Exception {
    return CommandLine.parse(List.of(args), Map.of());
  }

  @Test
  void noOptionMeansNeitherDemoNorProfileSoTheStartupDecides() throws Exception {
    CommandLine none = parse();
    assertThat(none.demo()).isFalse();
    assertThat(none.profile()).isNull();
    assertThat(parse("--demo").demo()).isTrue();
    assertThat(parse("--profile", "Staging EU").profile()).isEqualTo("Staging EU");
  }

  @Test
  void demoProfileAndClusterExcludeEachOther() {
    assertThatThrownBy(() -> parse("--profile", "A", "--cluster", "h", "--user", "u"))
        .hasMessageContaining("exclude each other");
    assertThatThrownBy(() -> parse("--demo", "--profile", "A")).hasMessageContaining("exclude each other");
  }

  @Test
  void aCommandLineClusterBecomesAnUnsavedProfileWithItsTrustAndLogin() throws Exception {
    CommandLine pinned = CommandLine.parse(List.of("--cluster", "cluster.example.com", "--client-cert",
        "/keys/admin.p12", "--pin-sha256", "ab".repeat(32)), Map.of(CommandLine.CERT_PASSWORD_VARIABLE, "p12"));
    Profile profile = Connector.commandLineProfile(pinned);
    assertThat(profile.url()).isEqualTo("https://cluster.example.com:9443");
    assertThat(profile.auth()).isEqualTo(Profile.Auth.CLIENT_CERTIFICATE);
    assertThat(profile.clientCertificate()).isEqualTo(Path.of("/keys/admin.p12").toString());
    assertThat(profile.trust()).isEqualTo(Profile.Trust.PINNED);
    assertThat(Connector.givenPassword(pinned)).containsExactly('p', '1', '2');
    assertThatThrownBy(() -> Connector.commandLineProfile(parse("--cluster", "h", "--user", "u", "--ca-file",
        "/does/not/exist.pem"))).hasMessageContaining("cannot be read");
  }
}
