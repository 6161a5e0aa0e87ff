package org.ocspconsole.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void masksWhateverFollowsAnAuthorizationHeader() {
    assertThat(Redaction.apply("sent Authorization: Basic YWRtaW46c2VjcmV0\nnext line"))
        .isEqualTo("sent Authorization: ***\nnext line");
    assertThat(Redaction.apply("{\"authorization\"=\"Bearer abc.def\"}")).doesNotContain("abc.def");
  }

  @Test
  void masksBasicCredentialsAnywhere() {
    assertThat(Redaction.apply("header basic YWRtaW46c2VjcmV0 was refused"))
        .isEqualTo("header basic *** was refused");
  }

  @Test
  void masksPasswordValuesInTheirUsualSpellings() {
    assertThat(Redaction.apply("password=hunter2 user=admin")).isEqualTo("password=*** user=admin");
    assertThat(Redaction.apply("{\"password\": \"hunter2\"}")).doesNotContain("hunter2");
    assertThat(Redaction.apply("Passphrase: hunter2")).doesNotContain("hunter2");
  }

  @Test
  void masksPemPrivateKeyBlocksEvenWhenCutOff() {
    String pem =
        "before\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBase64Body\n-----END EC PRIVATE KEY-----"
            + "\nafter";
    assertThat(Redaction.apply(pem)).doesNotContain("MHcCAQEEIBase64Body").contains("after");
    assertThat(Redaction.apply("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADAN")).doesNotContain("MIIE");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    String line = "PUT https://127.0.0.1:9443/v1/ocsp -> 200 in 12 ms";
    assertThat(Redaction.apply(line)).isEqualTo(line);
  }

  @Test
  void theLogFormatterRedactsMessagesAndStackTraces() {
    LogRecord record = new LogRecord(Level.WARNING, "login with password=hunter2");
    record.setLoggerName("org.ocspconsole.api.ClusterClient");
    record.setThrown(new IllegalStateException("Authorization: Basic YWRtaW46c2VjcmV0"));
    String line = new Logs.RedactingFormatter().format(record);
    assertThat(line)
        .contains("WARNING api.ClusterClient: login with password=***")
        .doesNotContain("hunter2")
        .doesNotContain("YWRtaW46c2VjcmV0");
  }

  @Test
  void theLogFolderFollowsEachSystemsConvention() {
    assertThat(LogFolder.resolve("Linux", Map.of(), "/home/u", null))
        .isEqualTo(Path.of("/home/u/.local/state/ocsp-console/logs"));
    assertThat(LogFolder.resolve("Linux", Map.of("XDG_STATE_HOME", "/s"), "/home/u", null))
        .isEqualTo(Path.of("/s/ocsp-console"));
    assertThat(LogFolder.resolve("Linux", Map.of("XDG_STATE_HOME", "rel"), "/home/u", null))
        .isEqualTo(Path.of("/home/u/.local/state/ocsp-console/logs"));
    assertThat(LogFolder.resolve("Mac OS X", Map.of(), "/Users/u", null))
        .isEqualTo(Path.of("/Users/u/Library/Logs/OCSP Console"));
    assertThat(LogFolder.resolve("Windows 11", Map.of("LOCALAPPDATA", "L"), "H", null))
        .isEqualTo(Path.of("L", "OCSP Console", "logs"));
    assertThat(LogFolder.resolve("Linux", Map.of(), "/home/u", "/x")).isEqualTo(Path.of("/x"));
  }
}
