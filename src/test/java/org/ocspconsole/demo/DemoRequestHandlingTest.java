package org.ocspconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.Json;
import org.ocspconsole.api.OcspConfig;

/**
 * The demo cluster as a server users point curl at: oversized bodies are refused whole with a 413
 * and a clean close, 405 names the allowed methods, range errors name the right bound, and the
 * record of requests is bounded and holds no credential or key.
 */
class DemoRequestHandlingTest {
  private DemoCluster cluster;
  private SSLContext tls;
  private HttpClient http;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("demo", cluster.certificate());
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  void aValidObjectFollowedByMoreThanTheLimitIsRefusedWholeAndNothingIsApplied() throws Exception {
    OcspConfig before = cluster.config();
    byte[] body =
        ("{\"query_frequency\": 600}" + " ".repeat(70 * 1024) + "garbage")
            .getBytes(StandardCharsets.US_ASCII);

    HttpResponse<String> answer = send("PUT", "/v1/ocsp", body);

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode error = Json.tree(answer.body().getBytes(StandardCharsets.UTF_8));
    assertThat(error.get("error_code").asText()).isEqualTo("request_too_large");
    assertThat(cluster.config()).isEqualTo(before);
    assertThat(cluster.config().queryFrequency()).isNotEqualTo(600);
  }

  @Test
  void aBodyFarBeyondTheLimitGetsA413AndTheConnectionClosesCleanly() throws Exception {
    // Far more than the socket buffers and the server's own 64 KiB drain hold, so that a server
    // closing early would reset the connection under the writing client.
    byte[] body = new byte[3 * 1024 * 1024];
    Arrays.fill(body, (byte) 'x');
    try (SSLSocket socket =
        (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", cluster.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("PUT /v1/ocsp HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                  + basic()
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body); // a reset while writing would throw here
      out.flush();

      // The whole answer, then the end of the stream: a close, not a reset.
      String answer = new String(readToEnd(socket.getInputStream()), StandardCharsets.UTF_8);

      assertThat(answer).startsWith("HTTP/1.1 413");
      assertThat(answer.toLowerCase()).contains("connection: close");
      assertThat(answer).contains("\"error_code\":\"request_too_large\"");
    }
    assertThat(cluster.requests())
        .singleElement()
        .extracting(RecordedRequest::body)
        .asString()
        .contains("not kept");
  }

  @Test
  void a405NamesTheMethodsThePathAllows() throws Exception {
    HttpResponse<String> ocsp = send("DELETE", "/v1/ocsp", new byte[0]);
    HttpResponse<String> test = send("GET", "/v1/ocsp/test/", new byte[0]);

    assertThat(ocsp.statusCode()).isEqualTo(405);
    assertThat(ocsp.headers().firstValue("Allow")).hasValue("GET, PUT");
    assertThat(test.statusCode()).isEqualTo(405);
    assertThat(test.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void aHugeNegativeNumberIsBelowTheMinimumNotAboveTheMaximum() throws Exception {
    HttpResponse<String> negative =
        send("PUT", "/v1/ocsp", "{\"query_frequency\": -99999999999999999999}".getBytes());
    HttpResponse<String> positive =
        send("PUT", "/v1/ocsp", "{\"query_frequency\": 99999999999999999999}".getBytes());

    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(negative.body()).contains("is less than the minimum of 60");
    assertThat(positive.body()).contains("is greater than the maximum of 86400");
  }

  @Test
  void theRecordHoldsNeitherCredentialsNorKeys() throws Exception {
    String key = "-----BEGIN PRIVATE KEY-----\nMIIEsecretkeymaterial\n-----END PRIVATE KEY-----\n";
    String upload =
        "{\"certificates\":[{\"name\":\"proxy\",\"certificate\":\"x\",\"key\":"
            + Json.MAPPER.writeValueAsString(key)
            + "}]}";
    send("PUT", "/v1/cluster/certificates", upload.getBytes(StandardCharsets.UTF_8));
    send("PUT", "/v1/cluster/update_cert", "{\"key\": \"MIIEsecretkeymaterial\"".getBytes());
    send("POST", "/v1/users/authorize", "{\"password\":\"hunter2,hunter3\"}".getBytes());

    assertThat(cluster.requests()).hasSize(3);
    for (RecordedRequest request : cluster.requests()) {
      assertThat(request.header("Authorization")).isEqualTo("Basic ***");
      assertThat(request.toString())
          .doesNotContain("MIIEsecretkeymaterial")
          .doesNotContain("hunter")
          .doesNotContain(cluster.admin().password())
          .doesNotContain(basic().substring(6));
    }
    assertThat(cluster.requests().get(0).body())
        .startsWith("{\"certificates\":[{\"name\":\"proxy\",\"certificate\":\"x\",\"key\":\"***\"");
  }

  @Test
  void theRecordKeepsOnlyTheLatestRequests() {
    RequestLog log = new RequestLog();
    for (int i = 0; i < RequestLog.CAPACITY + 40; i++) {
      log.add("GET", "/v1/ocsp/" + i, Map.of(), new byte[0]);
    }
    assertThat(log.snapshot()).hasSize(RequestLog.CAPACITY);
    assertThat(log.snapshot().get(0).path()).isEqualTo("/v1/ocsp/40");
    assertThat(log.snapshot().get(RequestLog.CAPACITY - 1).path())
        .isEqualTo("/v1/ocsp/" + (RequestLog.CAPACITY + 39));
  }

  private HttpResponse<String> send(String method, String path, byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(cluster.baseUri() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", basic())
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private String basic() {
    String pair = cluster.admin().name() + ":" + cluster.admin().password();
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] readToEnd(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    return all.toByteArray();
  }
}
