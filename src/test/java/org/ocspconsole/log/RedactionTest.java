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
  void masksWholeValuesNotOnlyUpToTheFirstComma() {
    assertThat(Redaction.apply("password=abc,def user=admin")).isEqualTo("password=*** user=admin");
    assertThat(Redaction.apply("{\"password\":\"a b,c;d\\\"e\",\"user\":\"x\"}"))
        .isEqualTo("{\"password\":\"***\",\"user\":\"x\"}");
    assertThat(Redaction.apply("smtp_password = 'p,q r' next"))
        .isEqualTo("smtp_password = '***' next");
  }

  @Test
  void masksUrlUserInfoTokensAndBearerCredentials() {
    assertThat(Redaction.apply("--cluster https://admin:S3cr3t@host:9443/v1"))
        .isEqualTo("--cluster https://admin:***@host:9443/v1");
    assertThat(Redaction.apply("https://admin:p@ss:w@host/x"))
        .isEqualTo("https://admin:***@host/x");
    assertThat(Redaction.apply("{\"access_token\": \"eyJhbGciOi.eyJzdWIi.c2ln\"}"))
        .isEqualTo("{\"access_token\": \"***\"}");
    assertThat(Redaction.apply("GET /v1/ocsp?access_token=abc123&x=1"))
        .isEqualTo("GET /v1/ocsp?access_token=***");
    assertThat(Redaction.apply("sent bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.sig to it"))
        .isEqualTo("sent bearer *** to it");
    assertThat(Redaction.apply("Authorization: Basic YWRtaW46c2VjcmV0"))
        .isEqualTo("Authorization: ***");
    assertThat(Redaction.apply("{Authorization=[Basic YWRtaW46c2VjcmV0], Accept=[json]}"))
        .doesNotContain("YWRtaW46c2VjcmV0");
  }

  @Test
  void leavesProseThatOnlyLooksLikeASchemeAlone() {
    for (String prose :
        new String[] {
          "Open the basic settings first.",
          "Basic Authentication is turned off on this cluster",
          "the bearer of this certificate, and basic knowledge",
          "a compass=north reading and a bypass of the proxy",
          "GET https://127.0.0.1:9443/v1/ocsp -> 200 in 12 ms",
          "The password for admin@example.com was not accepted (401)."
        }) {
      assertThat(Redaction.apply(prose)).isEqualTo(prose);
    }
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
