package org.ocspconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocspconsole.api.Calls.admin;
import static org.ocspconsole.api.Calls.value;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus.CertState;
import org.ocspconsole.pki.OcspReading;
import org.ocspconsole.pki.OcspReading.CertStatus;
import org.ocspconsole.pki.OcspReading.SignatureCheck;
import org.ocspconsole.pki.OcspRequests;
import org.ocspconsole.pki.OcspResponses;
import org.ocspconsole.stapling.Cancellation;
import org.ocspconsole.stapling.Handshake;
import org.ocspconsole.stapling.HandshakeProbe;
import org.ocspconsole.stapling.Target;

/** The demo's databases, stapling endpoints and OCSP responder, as a client sees them. */
class DemoStaplingTest {
  private DemoCluster cluster;
  private ClusterClient client;
  private Stapling stapling;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    client = admin(cluster);
    cluster.setConfig(OcspField.OCSP_FUNCTIONALITY, true);
    stapling = cluster.stapling();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private Handshake shake(int port) {
    return HandshakeProbe.probe(
        new Target("test", null, "127.0.0.1", List.of(), port, true),
        Duration.ofSeconds(5),
        new Cancellation());
  }

  private OcspReading staple(Handshake handshake) {
    assertThat(handshake.staples()).as("staples").hasSize(1);
    return OcspResponses.read(
        handshake.staples().get(0),
        handshake.chain().get(0),
        cluster.stapling().caCertificate(),
        null);
  }

  @Test
  void theFullDatabaseObjectsCarryPasswordsAndFieldsSelectsTopLevelFields() throws Exception {
    JsonNode full =
        value(client.send("GET", "/v1/bdbs", "view_all_bdbs_info", "list", null, JsonNode.class));
    assertThat(full).hasSize(3);
    assertThat(full.get(0).get("authentication_redis_pass").asText()).startsWith("demo-");

    JsonNode chosen =
        value(
            client.send(
                "GET",
                "/v1/bdbs?fields=uid,name,tls_mode,endpoints",
                "view_all_bdbs_info",
                "list",
                null,
                JsonNode.class));
    JsonNode first = chosen.get(0);
    assertThat(first.size()).isEqualTo(4);
    assertThat(first.get("name").asText()).isEqualTo("orders");
    assertThat(first.get("tls_mode").asText()).isEqualTo("enabled");
    JsonNode endpoint = first.get("endpoints").get(0);
    assertThat(endpoint.get("dns_name").asText())
        .isEqualTo("redis-" + endpoint.get("port").asInt() + ".demo-cluster.ocsp-console.local");
    assertThat(endpoint.get("addr").get(0).asText()).isEqualTo("127.0.0.1");
    assertThat(stapling.fieldsAsked()).containsExactly("", "uid,name,tls_mode,endpoints");
  }

  @Test
  void everyTlsEndpointStaplesTheClustersCachedAnswer() throws Exception {
    Handshake handshake = shake(stapling.tlsPorts().get(0));

    assertThat(handshake.outcome()).isEqualTo(Handshake.Outcome.COMPLETED);
    assertThat(handshake.chain().get(0)).isEqualTo(cluster.proxyCertificate());
    OcspReading reading = staple(handshake);
    assertThat(reading.trustworthy()).isTrue();
    assertThat(reading.certStatus()).isEqualTo(CertStatus.GOOD);
    assertThat(reading.signature()).isEqualTo(SignatureCheck.ISSUER);
    // The staple is the answer behind the cluster's cached status: the same times.
    var cached = value(client.getOcspStatus());
    assertThat(reading.thisUpdate()).isEqualTo(cached.thisUpdate().instant());
    assertThat(reading.producedAt()).isEqualTo(cached.producedAt().instant());
    assertThat(reading.nextUpdate()).isEqualTo(cached.nextUpdate().instant());
  }

  @Test
  void nothingIsStapledWhileOcspIsOffOrTheDrillSaysSo() {
    cluster.setConfig(OcspField.OCSP_FUNCTIONALITY, false);
    assertThat(shake(stapling.tlsPorts().get(0)).staples()).isEmpty();

    cluster.setConfig(OcspField.OCSP_FUNCTIONALITY, true);
    cluster.switches().stapling().noStaple(true);
    Handshake handshake = shake(stapling.tlsPorts().get(1));
    assertThat(handshake.outcome()).isEqualTo(Handshake.Outcome.COMPLETED);
    assertThat(handshake.staples()).isEmpty();

    cluster.switches().stapling().noStaple(false);
    assertThat(shake(stapling.tlsPorts().get(1)).staples()).hasSize(1);
  }

  @Test
  void theStaplesFollowTheDrillsAtOnce() {
    int port = stapling.tlsPorts().get(0);
    cluster.switches().certState(CertState.REVOKED);
    OcspReading revoked = staple(shake(port));
    assertThat(revoked.certStatus()).isEqualTo(CertStatus.REVOKED);
    assertThat(revoked.revocationTime()).isBefore(Instant.now().minus(Duration.ofDays(1)));

    cluster.switches().certState(CertState.UNKNOWN);
    assertThat(staple(shake(port)).certStatus()).isEqualTo(CertStatus.UNKNOWN);

    cluster.switches().certState(CertState.GOOD).staleNextUpdate(true);
    assertThat(staple(shake(port)).expiredAt(Instant.now())).isTrue();

    cluster.switches().staleNextUpdate(false).omitNextUpdate(true);
    assertThat(staple(shake(port)).nextUpdate()).isNull();

    cluster.switches().omitNextUpdate(false);
    cluster.switches().stapling().signer(StapleSwitches.Signer.WRONG_KEY);
    assertThat(staple(shake(port)).signature()).isEqualTo(SignatureCheck.WRONG_KEY);
    cluster.switches().stapling().signer(StapleSwitches.Signer.DELEGATED);
    assertThat(staple(shake(port)).signature()).isEqualTo(SignatureCheck.DELEGATED);
    cluster.switches().stapling().signer(StapleSwitches.Signer.DELEGATED_WITHOUT_OCSP_SIGNING);
    assertThat(staple(shake(port)).signature())
        .isEqualTo(SignatureCheck.DELEGATE_WITHOUT_OCSP_SIGNING);
  }

  @Test
  void theLastEndpointServesAnotherCertificateWhenAsked() {
    List<Integer> ports = stapling.tlsPorts();
    cluster.switches().stapling().otherCertificate(true);

    Handshake other = shake(ports.get(ports.size() - 1));
    assertThat(other.chain().get(0)).isEqualTo(stapling.otherCertificate());
    assertThat(other.chain().get(0)).isNotEqualTo(cluster.proxyCertificate());
    assertThat(shake(ports.get(0)).chain().get(0)).isEqualTo(cluster.proxyCertificate());
  }

  @Test
  void aDatabaseWithoutTlsIsListedOnlyWithItsDrill() throws Exception {
    String fields = "/v1/bdbs?fields=uid,name,tls_mode,endpoints";
    assertThat(value(client.send("GET", fields, "p", "a", null, JsonNode.class))).hasSize(3);

    cluster.switches().stapling().plainDatabase(true);
    JsonNode databases = value(client.send("GET", fields, "p", "a", null, JsonNode.class));
    assertThat(databases).hasSize(4);
    assertThat(databases.get(3).get("tls_mode").asText()).isEqualTo("disabled");
    assertThat(databases.get(3).get("endpoints").get(0).get("port").asInt())
        .isEqualTo(stapling.plainPort());
  }

  @Test
  void theResponderAnswersPostAndGetWithAFreshSignedAnswerAndTheNonce() throws Exception {
    X509Certificate proxy = cluster.proxyCertificate();
    X509Certificate ca = stapling.caCertificate();
    OcspRequests.Built request = OcspRequests.build(proxy, ca, true);
    HttpClient http = HttpClient.newHttpClient();
    URI url = URI.create(cluster.switches().responderUrl());

    HttpResponse<byte[]> posted =
        http.send(
            HttpRequest.newBuilder(url)
                .header("Content-Type", "application/ocsp-request")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.der()))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(posted.headers().firstValue("Content-Type")).contains("application/ocsp-response");
    OcspReading now = OcspResponses.read(posted.body(), proxy, ca, request.nonce());
    assertThat(now.trustworthy()).isTrue();
    assertThat(now.nonce()).isEqualTo(OcspReading.NonceCheck.ECHOED);
    assertThat(now.producedAt()).isAfter(Instant.now().minusSeconds(10));

    OcspRequests.Built small = OcspRequests.build(proxy, ca, false);
    HttpResponse<byte[]> got =
        http.send(
            HttpRequest.newBuilder(
                    url.resolve(
                        java.net.URLEncoder.encode(
                            Base64.getEncoder().encodeToString(small.der()),
                            java.nio.charset.StandardCharsets.US_ASCII)))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(OcspResponses.read(got.body(), proxy, ca, null).certStatus())
        .isEqualTo(CertStatus.GOOD);

    // The caIssuers URL of the proxy certificate serves the CA.
    HttpResponse<byte[]> issuer =
        http.send(
            HttpRequest.newBuilder(url.resolve("demo-ca.crt")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(issuer.body())))
        .isEqualTo(ca);
  }

  @Test
  void aResponderThatIsDownRefusesButTheStaplesStay() throws Exception {
    cluster.switches().stapling().responderDown(true);
    HttpClient http = HttpClient.newHttpClient();
    URI url = URI.create(cluster.switches().responderUrl());
    try {
      http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding());
      org.junit.jupiter.api.Assertions.fail("the responder answered while down");
    } catch (ConnectException e) {
      // refused, as a responder that is down
    }
    assertThat(staple(shake(stapling.tlsPorts().get(0))).certStatus()).isEqualTo(CertStatus.GOOD);

    cluster.switches().stapling().responderDown(false);
    assertThat(
            http.send(
                    HttpRequest.newBuilder(url.resolve("demo-ca.crt")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void theApiServerItselfStaplesNothingAndStillAnswers() throws Exception {
    Handshake api =
        HandshakeProbe.probe(
            new Target("api", null, "127.0.0.1", List.of(), cluster.port(), true),
            Duration.ofSeconds(5),
            new Cancellation());
    assertThat(api.outcome()).isEqualTo(Handshake.Outcome.COMPLETED);
    assertThat(api.staples()).isEmpty();
    assertThat(value(client.getOcspConfig()).ocspFunctionality()).isTrue();
  }

  @Test
  void stoppingTheClusterStopsItsEndpoints() throws ExecutionException, InterruptedException {
    int port = stapling.tlsPorts().get(0);
    cluster.close();
    // A generous deadline: on a loaded machine the refusal may come late, and must still read as
    // a refusal (UNREACHABLE), never as a silent endpoint (TIMED_OUT).
    Handshake after =
        HandshakeProbe.probe(
            new Target("test", null, "127.0.0.1", List.of(), port, true),
            Duration.ofSeconds(30),
            new Cancellation());
    assertThat(after.outcome()).as(after.detail()).isEqualTo(Handshake.Outcome.UNREACHABLE);
    assertThat(after.detail()).contains("refused");
  }
}
