package org.ocspconsole.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.CertificateUpload;
import org.ocspconsole.api.Exchange;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.RecordedRequest;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.IssuedCertificate;
import org.ocspconsole.pki.KeyPems;
import org.ocspconsole.pki.Pem;
import org.ocspconsole.session.Session;
import org.ocspconsole.testing.DemoSessions;

/** Reading and replacing the proxy certificate end to end against the demo cluster. */
class ReplaceViewModelTest {
  private DemoCluster cluster;
  private Session session;
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
  private final AtomicInteger refreshed = new AtomicInteger();
  private final java.util.concurrent.atomic.AtomicReference<CompletableFuture<Void>> cardLoad =
      new java.util.concurrent.atomic.AtomicReference<>(CompletableFuture.completedFuture(null));
  private CertificateViewModel card;
  private ReplaceViewModel vm;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    cluster.switches().certificateUpdateDuration(Duration.ofMillis(100));
    session = DemoSessions.admin(cluster);
    session.addExchangeListener(exchanges::add);
    card = new CertificateViewModel(session, FxThread.DIRECT, Clock.systemDefaultZone());
    vm =
        new ReplaceViewModel(
            session,
            FxThread.DIRECT,
            Clock.systemDefaultZone(),
            () -> {
              refreshed.incrementAndGet();
              cardLoad.set(card.load());
            });
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private static void await(CompletableFuture<?> future) throws Exception {
    future.get(20, TimeUnit.SECONDS);
  }

  private static IssuedCertificate issued(String ocspUrl) throws Exception {
    IssuedCertificate ca =
        CertificateBuilder.create().subject("CN=Example CA").certificateAuthority().build();
    CertificateBuilder builder =
        CertificateBuilder.create().subject("CN=proxy.example.com").issuedBy(ca);
    return (ocspUrl == null ? builder : builder.ocspUrl(ocspUrl)).build();
  }

  @Test
  void theCardShowsTheClustersProxyCertificateAndItsOcspUrl() throws Exception {
    await(card.load());
    CertificateFacts facts = card.factsProperty().get();
    assertThat(facts.ocspUrls()).containsExactly(cluster.config().responderUrl());
    assertThat(facts.info().subject()).contains("demo-cluster.ocsp-console.local");
    assertThat(facts.chainLength()).isEqualTo(2);
    assertThat(card.validityProperty().get()).contains("days left");
    assertThat(card.validityWarningProperty().get()).isFalse();
  }

  @Test
  void aCertificateNearExpiryIsWarnedOnTheCard() throws Exception {
    cluster.switches().proxyCertificateValidFor(Duration.ofDays(12));
    await(card.load());
    assertThat(card.validityWarningProperty().get()).isTrue();
    assertThat(card.validityProperty().get()).contains("only 11 days left");
  }

  @Test
  void replacingSendsTheNewCallAndTheResponderUrlFollowsTheCertificate(@TempDir Path dir)
      throws Exception {
    IssuedCertificate next = issued("http://ocsp.example.com/next");
    Path certFile = Files.writeString(dir.resolve("proxy.pem"), Pem.certificates(next.chain()));
    Path keyFile = Files.writeString(dir.resolve("proxy.key"), KeyPems.sec1(next.privateKey()));
    await(vm.loadCertificate(certFile));
    await(vm.loadKey(keyFile));
    assertThat(vm.certificateSourceProperty().get()).isEqualTo("proxy.pem");
    assertThat(vm.canReplaceProperty().get()).isTrue();
    await(vm.replace());
    assertThat(vm.problemProperty().get()).isNull();
    assertThat(vm.resultProperty().get()).startsWith("Replaced the proxy certificate");
    assertThat(cluster.config().responderUrl()).isEqualTo("http://ocsp.example.com/next");
    assertThat(refreshed.get()).isEqualTo(1);
    await(cardLoad.get());
    assertThat(card.factsProperty().get().ocspUrls())
        .containsExactly("http://ocsp.example.com/next");
    assertThat(vm.keyTextProperty().get()).isEmpty();
    RecordedRequest put =
        cluster.requests().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
    assertThat(put.path()).isEqualTo("/v1/cluster/certificates");
    assertThat(put.body())
        .startsWith(
            "{\"certificates\":[{\"name\":\"proxy\",\"certificate\":\"-----BEGIN CERTIFICATE");
  }

  @Test
  void aCertificateWithoutOcspUrlEmptiesTheResponderUrl() throws Exception {
    IssuedCertificate next = issued(null);
    vm.certificateTextProperty().set(Pem.certificates(next.chain()));
    vm.keyTextProperty().set(KeyPems.pkcs8(next.privateKey()));
    assertThat(vm.checkProperty().get().checks())
        .anyMatch(c -> c.level() == UploadCheck.Level.WARNING);
    await(vm.replace());
    assertThat(cluster.config().responderUrl()).isEmpty();
    await(cardLoad.get());
    assertThat(card.factsProperty().get().ocspUrlText()).contains("none");
  }

  @Test
  void anOlderClusterIsServedThroughUpdateCert() throws Exception {
    cluster.switches().olderCluster(true);
    IssuedCertificate next = issued("http://ocsp.example.com/old");
    vm.certificateTextProperty().set(Pem.certificates(next.chain()));
    vm.keyTextProperty().set(KeyPems.pkcs8(next.privateKey()));
    await(vm.replace());
    assertThat(vm.resultProperty().get()).contains("update_cert");
    assertThat(cluster.requests())
        .filteredOn(r -> r.method().equals("PUT"))
        .extracting(RecordedRequest::path)
        .containsExactly("/v1/cluster/certificates", "/v1/cluster/update_cert");
    RecordedRequest legacy =
        cluster.requests().stream()
            .filter(r -> r.path().equals("/v1/cluster/update_cert"))
            .findFirst()
            .orElseThrow();
    assertThat(legacy.body()).startsWith("{\"name\":\"proxy\",\"certificate\":");
    assertThat(cluster.config().responderUrl()).isEqualTo("http://ocsp.example.com/old");
  }

  @Test
  void theKeyNeverReachesTheActivityLogOrAnErrorMessage() throws Exception {
    IssuedCertificate next = issued("http://o/");
    String key = KeyPems.pkcs8(next.privateKey());
    String keyBody = key.lines().skip(1).findFirst().orElseThrow();
    vm.certificateTextProperty().set(Pem.certificates(next.chain()));
    vm.keyTextProperty().set(key);
    await(vm.replace());
    assertThat(exchanges)
        .filteredOn(e -> e.method().equals("PUT"))
        .singleElement()
        .satisfies(e -> assertThat(e.requestBody()).isEqualTo(Exchange.REDACTED_KEY));
    // The server refuses a key of another certificate; its answer must not carry the key either.
    String otherKey = KeyPems.pkcs8(issued("http://o/").privateKey());
    assertThatThrownBy(
            () ->
                session
                    .client()
                    .replaceCertificate(
                        CertificateUpload.proxy(Pem.certificates(next.chain()), otherKey))
                    .get(20, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .satisfies(
            e -> {
              ApiError error = ((ApiException) e.getCause()).error();
              assertThat(error.kind()).isEqualTo(ApiError.Kind.INVALID_CERTIFICATE);
              assertThat(error.errorCode()).isEqualTo("key_mismatch");
              assertThat(error.message())
                  .doesNotContain(keyBody)
                  .doesNotContain(otherKey.lines().skip(1).findFirst().get());
            });
    assertThat(exchanges)
        .allSatisfy(e -> assertThat(String.valueOf(e.requestBody())).doesNotContain("PRIVATE KEY"));
  }

  @Test
  void theDemoValidatesTheBodyLikeTheCluster() throws Exception {
    IssuedCertificate next = issued("http://o/");
    String chain = Pem.certificates(next.chain());
    assertThat(refusal(new CertificateUpload("api", chain, KeyPems.pkcs8(next.privateKey()))))
        .contains("'proxy'");
    assertThat(
            refusal(new CertificateUpload("proxy", "not a pem", KeyPems.pkcs8(next.privateKey()))))
        .contains("'certificate'");
    IssuedCertificate expired =
        CertificateBuilder.create()
            .ocspUrl("http://o/")
            .validity(
                java.time.Instant.now().minus(Duration.ofDays(90)),
                java.time.Instant.now().minus(Duration.ofDays(1)))
            .build();
    assertThat(
            refusal(
                CertificateUpload.proxy(
                    Pem.certificates(expired.chain()), KeyPems.pkcs8(expired.privateKey()))))
        .contains("expired");
  }

  private String refusal(CertificateUpload upload) throws Exception {
    try {
      session.client().replaceCertificate(upload).get(20, TimeUnit.SECONDS);
      throw new AssertionError("accepted");
    } catch (ExecutionException e) {
      return ((ApiException) e.getCause()).error().message();
    }
  }

  @Test
  void waitingCanBeCancelled() throws Exception {
    cluster.switches().certificateUpdateDuration(Duration.ofSeconds(10));
    IssuedCertificate next = issued("http://o/");
    vm.certificateTextProperty().set(Pem.certificates(next.chain()));
    vm.keyTextProperty().set(KeyPems.pkcs8(next.privateKey()));
    CompletableFuture<Void> replacing = vm.replace();
    assertThat(vm.busyProperty().get()).isTrue();
    assertThat(vm.canReplaceProperty().get()).isFalse();
    vm.cancel();
    await(replacing);
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(vm.problemProperty().get()).contains("may still install");
    assertThat(refreshed.get()).isZero();
  }

  @Test
  void aViewerMayNotReplace() throws Exception {
    ReplaceViewModel viewer =
        new ReplaceViewModel(
            DemoSessions.as(cluster, cluster.viewer()),
            FxThread.DIRECT,
            Clock.systemDefaultZone(),
            refreshed::incrementAndGet);
    IssuedCertificate next = issued("http://o/");
    viewer.certificateTextProperty().set(Pem.certificates(next.chain()));
    viewer.keyTextProperty().set(KeyPems.pkcs8(next.privateKey()));
    await(viewer.replace());
    assertThat(viewer.problemProperty().get()).contains("update_cluster");
  }
}
