package org.ocspconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocspconsole.api.Calls.exception;
import static org.ocspconsole.api.Calls.value;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.log.Logs;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.Pem;
import org.ocspconsole.testing.Reachable;

/**
 * {@code GET /v1/cluster/certificates} answers with the cluster's private keys beside its
 * certificates. None of the key text may survive in the parsed answer, the exchange records the
 * activity pane shows, the log, or an error message: for a well-formed answer, and for every
 * malformed one.
 */
class CertificateAnswerSecretsTest {
  /** Distinctive pieces of key text: PEM armoured, bare base64, and nested. */
  private static final String PEM_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCPemKeyMaterial0123";

  private static final String BARE = "QmFyZUtleU1hdGVyaWFsV2l0aG91dEFybW91cg0123";
  private static final String NESTED = "TmVzdGVkS2V5TWF0ZXJpYWw0123";
  private static final String KEY_PEM =
      "-----BEGIN PRIVATE KEY-----\n" + PEM_BODY + "\n-----END PRIVATE KEY-----\n";
  private static final List<String> SECRETS = List.of(PEM_BODY, BARE, NESTED, "PRIVATE KEY");

  private static String certificatePem;

  private StubServer stub;
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void start() throws Exception {
    stub = new StubServer();
    Logs.get(CertificateAnswerSecretsTest.class); // the console's loggers exist
    Logger.getLogger("org.ocspconsole").addHandler(capture);
  }

  @AfterEach
  void stop() {
    Logger.getLogger("org.ocspconsole").removeHandler(capture);
    stub.close();
  }

  @Test
  void onlyCertificatesAreKeptFromAnAnswerFullOfKeys() throws Exception {
    String cert = certificate();
    stub.answer(
        StubServer.Answer.json(
            200,
            "{\"api_cert\":"
                + json(cert)
                + ",\"api_key\":"
                + json(KEY_PEM)
                + ",\"proxy_cert\":"
                + json(cert + KEY_PEM)
                + ",\"proxy_key\":"
                + json(BARE)
                + ",\"syncer_key\":{\"der\":"
                + json(NESTED)
                + "},\"ldap_client_cert\":42}"));
    ClusterClient client = stub.client();
    List<Exchange> exchanges = new ArrayList<>();
    client.addExchangeListener(exchanges::add);

    ClusterCertificates certificates = value(client.getClusterCertificates());

    assertThat(certificates.pems()).containsOnlyKeys("api_cert", "proxy_cert");
    assertThat(Pem.readCertificates(certificates.proxy().orElseThrow())).hasSize(1);
    assertNoSecretIn(Reachable.texts(certificates));
    assertNoSecretIn(Reachable.texts(client));
    assertNoSecretIn(exchanges.stream().map(Exchange::toString).toList());
    assertNoSecretIn(logText());
  }

  static Stream<StubServer.Answer> malformedAnswers() {
    return Stream.of(
        // cut off in the middle of a key
        StubServer.Answer.json(200, "{\"api_key\":" + json(KEY_PEM).substring(0, 40)),
        // a key where the parser expects a value: "Unrecognized token '…'" would quote it
        StubServer.Answer.json(200, "{\"proxy_key\": " + PEM_BODY + "}"),
        StubServer.Answer.json(200, "{\"api_cert\":\"x\"} " + BARE),
        // not an object at all
        StubServer.Answer.json(200, "[" + json(KEY_PEM) + "]"),
        StubServer.Answer.json(200, json(BARE)),
        // not JSON: an excerpt would quote it
        new StubServer.Answer(
            200, "text/plain", (PEM_BODY + " " + BARE).getBytes(), java.util.Map.of()),
        new StubServer.Answer(
            500,
            "text/html",
            ("<html><title>" + NESTED + "</title>" + KEY_PEM + "</html>").getBytes(),
            java.util.Map.of()));
  }

  @ParameterizedTest
  @MethodSource("malformedAnswers")
  void noPartOfAMalformedAnswerReachesAnErrorTheLogOrTheActivityPane(StubServer.Answer answer)
      throws Exception {
    stub.answer(answer);
    ClusterClient client = stub.client();
    List<Exchange> exchanges = new ArrayList<>();
    client.addExchangeListener(exchanges::add);

    ApiException failure = exception(client.getClusterCertificates());

    ApiError error = failure.error();
    assertThat(error.message()).contains("/v1/cluster/certificates");
    assertNoSecretIn(
        Stream.of(
                failure.getMessage(),
                failure.toString(),
                error.toString(),
                error.message(),
                error.serverText(),
                error.excerpt())
            .filter(java.util.Objects::nonNull)
            .toList());
    assertNoSecretIn(exchanges.stream().map(Exchange::toString).toList());
    assertNoSecretIn(logText());
  }

  @Test
  void theDemoClusterAnswersWithKeysAsARealOneDoesAndTheyAreSkipped() throws Exception {
    try (DemoCluster cluster = DemoCluster.start()) {
      ClusterCertificates certificates = value(Calls.admin(cluster).getClusterCertificates());

      assertThat(certificates.pems()).containsKey("proxy_cert").doesNotContainKey("api_key");
      assertThat(Reachable.texts(certificates)).noneMatch(text -> text.contains("PRIVATE KEY"));
    }
  }

  private List<String> logText() {
    List<String> texts = new ArrayList<>();
    for (LogRecord record : logged) {
      texts.add(String.valueOf(record.getMessage()));
      if (record.getThrown() != null) {
        texts.add(record.getThrown().toString());
      }
    }
    return texts;
  }

  private static void assertNoSecretIn(List<String> texts) {
    for (String text : texts) {
      for (String secret : SECRETS) {
        assertThat(text).doesNotContain(secret);
      }
    }
  }

  private static String json(String text) {
    try {
      return Json.MAPPER.writeValueAsString(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized String certificate() throws GeneralSecurityException {
    if (certificatePem == null) {
      certificatePem =
          Pem.certificates(CertificateBuilder.create().subject("CN=proxy").build().certificate());
    }
    return certificatePem;
  }
}
