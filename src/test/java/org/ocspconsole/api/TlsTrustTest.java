package org.ocspconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.ocspconsole.api.Calls.failure;
import static org.ocspconsole.api.Calls.value;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.api.ApiError.Kind;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.RecordedRequest;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.Fingerprints;
import org.ocspconsole.pki.IssuedCertificate;
import org.ocspconsole.pki.Pem;

/** Every trust mode against the demo cluster, and what the client reports when trust fails. */
class TlsTrustTest {
  private static IssuedCertificate ca;

  @TempDir Path dir;

  @BeforeAll
  static void createCa() throws GeneralSecurityException {
    ca =
        CertificateBuilder.create()
            .subject("CN=Test Root CA,O=OCSP Console tests")
            .certificateAuthority()
            .build();
  }

  private static ClusterClient client(DemoCluster cluster, TrustSettings trust)
      throws ApiException {
    return ClusterClient.create(
        ClusterConnection.of(
            cluster.baseUri(),
            new Credentials.Basic(cluster.admin().name(), cluster.admin().password().toCharArray()),
            trust));
  }

  private Path caFile() throws IOException {
    Path file = dir.resolve("ca.pem");
    Files.writeString(file, Pem.certificates(ca.certificate()), StandardCharsets.US_ASCII);
    return file;
  }

  private static boolean credentialsReached(DemoCluster cluster) {
    return cluster.requests().stream().map(r -> r.header("Authorization")).anyMatch(h -> h != null);
  }

  @Test
  void systemTrustRefusesTheSelfSignedClusterAndShowsItsCertificate() throws Exception {
    try (DemoCluster cluster = DemoCluster.start()) {
      ApiError error = failure(client(cluster, TrustSettings.system()).getOcspConfig());

      X509Certificate served = cluster.certificate();
      assertThat(error.kind()).isEqualTo(Kind.UNTRUSTED_CERTIFICATE);
      assertThat(error.isCertificateProblem()).isTrue();
      CertificateInfo presented = error.certificate();
      assertThat(presented.subject()).isEqualTo(served.getSubjectX500Principal().getName());
      assertThat(presented.issuer()).isEqualTo(served.getIssuerX500Principal().getName());
      assertThat(presented.notBefore()).isEqualTo(served.getNotBefore().toInstant());
      assertThat(presented.notAfter()).isEqualTo(served.getNotAfter().toInstant());
      assertThat(presented.sha256()).isEqualTo(cluster.fingerprint());
      assertThat(presented.selfSigned()).isTrue();
      assertThat(error.message()).contains("self-signed");
      assertThat(credentialsReached(cluster)).isFalse();
    }
  }

  @Test
  void pinnedCertificateIsTrusted() throws Exception {
    try (DemoCluster cluster = DemoCluster.start()) {
      OcspConfig config =
          value(client(cluster, TrustSettings.pinned(cluster.fingerprint())).getOcspConfig());

      assertThat(config).isEqualTo(cluster.config());
    }
  }

  @Test
  void pinMismatchSendsNoCredentials() throws Exception {
    String otherPin = Fingerprints.sha256(ca.certificate());
    try (DemoCluster cluster = DemoCluster.start()) {
      ApiError error =
          failure(client(cluster, TrustSettings.pinned(otherPin.toLowerCase())).getOcspConfig());

      assertThat(error.kind()).isEqualTo(Kind.PIN_MISMATCH);
      assertThat(error.expectedFingerprint()).isEqualTo(otherPin);
      assertThat(error.certificate().sha256()).isEqualTo(cluster.fingerprint());
      assertThat(cluster.requests()).isEmpty();
      assertThat(credentialsReached(cluster)).isFalse();
    }
  }

  @Test
  void caFileTrustsALeafIssuedByThatCa() throws Exception {
    IssuedCertificate leaf =
        CertificateBuilder.create()
            .subject("CN=cluster.test")
            .ipAddresses("127.0.0.1")
            .issuedBy(ca)
            .build();
    try (DemoCluster cluster = DemoCluster.builder().certificate(leaf).start()) {
      OcspConfig config = value(client(cluster, TrustSettings.caFile(caFile())).getOcspConfig());

      assertThat(config).isEqualTo(cluster.config());
    }
  }

  @Test
  void caFileStillChecksTheHostName() throws Exception {
    IssuedCertificate leaf =
        CertificateBuilder.create()
            .subject("CN=other.example.com")
            .dnsNames("other.example.com")
            .issuedBy(ca)
            .build();
    try (DemoCluster cluster = DemoCluster.builder().certificate(leaf).start()) {
      ApiError error = failure(client(cluster, TrustSettings.caFile(caFile())).getOcspConfig());

      assertThat(error.kind()).isEqualTo(Kind.HOSTNAME_MISMATCH);
      assertThat(error.certificate().subjectAltNames()).containsExactly("other.example.com");
      assertThat(error.message()).contains("other.example.com").contains("127.0.0.1");
      assertThat(credentialsReached(cluster)).isFalse();
    }
  }

  @Test
  void expiredLeafIsUntrustedEvenWithItsCa() throws Exception {
    Instant now = Instant.now();
    IssuedCertificate expired =
        CertificateBuilder.create()
            .subject("CN=cluster.test")
            .ipAddresses("127.0.0.1")
            .issuedBy(ca)
            .validity(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)))
            .build();
    try (DemoCluster cluster = DemoCluster.builder().certificate(expired).start()) {
      ApiError error = failure(client(cluster, TrustSettings.caFile(caFile())).getOcspConfig());

      assertThat(error.kind()).isEqualTo(Kind.UNTRUSTED_CERTIFICATE);
      assertThat(error.certificate().notAfter()).isBefore(now);
      assertThat(error.message()).contains("expired");
      assertThat(credentialsReached(cluster)).isFalse();
    }
  }

  @Test
  void replacedCertificateNoLongerMatchesThePin() throws Exception {
    try (DemoCluster cluster = DemoCluster.start()) {
      String pin = cluster.fingerprint();
      value(client(cluster, TrustSettings.pinned(pin)).getOcspConfig());
      IssuedCertificate renewed =
          CertificateBuilder.create().subject("CN=renewed").ipAddresses("127.0.0.1").build();
      cluster.replaceCertificate(renewed);
      cluster.clearRequests();

      ApiError error = failure(client(cluster, TrustSettings.pinned(pin)).getOcspConfig());

      assertThat(error.kind()).isEqualTo(Kind.PIN_MISMATCH);
      assertThat(error.expectedFingerprint()).isEqualTo(pin);
      assertThat(error.certificate().sha256())
          .isEqualTo(Fingerprints.sha256(renewed.certificate()));
      assertThat(cluster.requests()).isEmpty();
    }
  }

  /*
   * JDK 17 lists TLSv1.1 in jdk.tls.disabledAlgorithms, so a server restricted to it cannot offer
   * it in-process either: what is checked is that a server limited to a protocol the client does
   * not enable (the client speaks only TLS 1.2 and 1.3) never yields a successful call.
   */
  @Test
  void serverLimitedToTls11IsRefused() throws Exception {
    try (DemoCluster cluster = DemoCluster.builder().protocols("TLSv1.1").start()) {
      ApiError error =
          failure(client(cluster, TrustSettings.pinned(cluster.fingerprint())).getOcspConfig());

      assertThat(error.kind()).isIn(Kind.TLS_FAILURE, Kind.CONNECTION_CLOSED);
      assertThat(cluster.requests()).isEmpty();
    }
  }

  @Test
  void clientCertificateAuthenticatesWhenBasicIsOff() throws Exception {
    Path p12 = clientPkcs12("p12-secret".toCharArray());
    try (DemoCluster cluster =
        DemoCluster.builder()
            .clientCertificateAuthority(ca.certificate())
            .basicAuth(false)
            .start()) {
      ClusterClient client =
          ClusterClient.create(
              ClusterConnection.of(
                  cluster.baseUri(),
                  new Credentials.ClientCertificate(p12, "p12-secret".toCharArray()),
                  TrustSettings.pinned(cluster.fingerprint())));

      OcspConfig config = value(client.getOcspConfig());

      assertThat(config).isEqualTo(cluster.config());
      assertThat(cluster.requests())
          .singleElement()
          .extracting(r -> r.header("Authorization"))
          .isNull();
    }
  }

  @Test
  void basicIsRefusedWhenTheClusterAcceptsOnlyClientCertificates() throws Exception {
    try (DemoCluster cluster =
        DemoCluster.builder()
            .clientCertificateAuthority(ca.certificate())
            .basicAuth(false)
            .start()) {
      ApiError error =
          failure(client(cluster, TrustSettings.pinned(cluster.fingerprint())).getOcspConfig());

      assertThat(error.kind()).isEqualTo(Kind.UNAUTHORIZED);
      assertThat(cluster.requests()).extracting(RecordedRequest::path).containsExactly("/v1/ocsp");
    }
  }

  @Test
  void wrongPkcs12PasswordIsALocalErrorWithoutThePassword() throws Exception {
    Path p12 = clientPkcs12("right-p12-password".toCharArray());
    String wrong = "wrong-p12-password";

    Throwable thrown =
        catchThrowable(
            () ->
                ClusterClient.create(
                    ClusterConnection.of(
                        java.net.URI.create("https://127.0.0.1:9443"),
                        new Credentials.ClientCertificate(p12, wrong.toCharArray()),
                        TrustSettings.system())));

    assertThat(thrown).isInstanceOf(ApiException.class);
    ApiException failure = (ApiException) thrown;
    assertThat(failure.kind()).isEqualTo(Kind.LOCAL);
    assertThat(failure.getMessage())
        .contains(p12.getFileName().toString())
        .doesNotContain(wrong)
        .doesNotContain("right-p12-password");
    assertThat(failure.toString()).doesNotContain(wrong);
  }

  @Test
  void unreadableCaFileIsALocalError() throws IOException {
    Path notPem = dir.resolve("key.txt");
    Files.writeString(notPem, "not a certificate");

    Throwable thrown = catchThrowable(() -> TrustSettings.caFile(notPem));

    assertThat(thrown).isInstanceOf(ApiException.class);
    assertThat(((ApiException) thrown).kind()).isEqualTo(Kind.LOCAL);
  }

  /** A client certificate for the demo's admin user, issued by the test CA, in a PKCS#12 file. */
  private Path clientPkcs12(char[] password) throws GeneralSecurityException, IOException {
    IssuedCertificate client =
        CertificateBuilder.create()
            .subject("CN=" + DemoCluster.ADMIN_USER)
            .clientAuthentication()
            .issuedBy(ca)
            .build();
    Path file = dir.resolve("client.p12");
    client.writePkcs12(file, password);
    return file;
  }
}
