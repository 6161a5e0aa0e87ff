package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.connection.ConnectPrompts.TrustDecision;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.pki.IssuedCertificate;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.testing.DemoProfiles;
import org.ocspconsole.testing.MemoryCredentialStore;

/** Connecting against the demo cluster over HTTPS, with scripted dialogs and no toolkit. */
class ConnectFlowTest {
  @TempDir Path dir;
  private DemoCluster cluster;
  private final FakePrompts prompts = new FakePrompts();
  private final MemoryCredentialStore keyring = new MemoryCredentialStore();
  private final List<Profile> trustChanges = new ArrayList<>();
  private Optional<CredentialStore> store = Optional.of(keyring);

  @AfterEach
  void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private ConnectFlow flow() {
    return prompts.directFlow(store);
  }

  private Profile profile(Profile.Trust trust, String caFile, String pin) {
    return DemoProfiles.admin(cluster, "Test", trust, caFile, pin);
  }

  private ConnectFlow.Connected connect(Profile profile) throws Exception {
    return flow().connect(profile, null, trustChanges::add, true).get(20, TimeUnit.SECONDS);
  }

  private static ApiError failureOf(CompletableFuture<?> future) {
    ExecutionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class, () -> future.get(20, TimeUnit.SECONDS));
    return ((ApiException) e.getCause()).error();
  }

  @Test
  void aSelfSignedCertificateIsShownAndPinnedForTheProfile() throws Exception {
    cluster = DemoCluster.start();
    prompts.password(cluster.admin().password(), false);
    prompts.trust.add(new TrustDecision.Pin(cluster.fingerprint()));
    ConnectFlow.Connected connected = connect(profile(Profile.Trust.SYSTEM, null, null));
    assertThat(prompts.untrusted)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(ApiError.Kind.UNTRUSTED_CERTIFICATE);
              assertThat(e.certificate().sha256()).isEqualTo(cluster.fingerprint());
              assertThat(e.certificate().subject()).contains("demo-cluster");
            });
    assertThat(prompts.hostMatches).containsExactly(true);
    assertThat(connected.profile().trust()).isEqualTo(Profile.Trust.PINNED);
    assertThat(connected.profile().pinSha256()).isEqualTo(cluster.fingerprint());
    assertThat(trustChanges)
        .singleElement()
        .extracting(Profile::pinSha256)
        .isEqualTo(cluster.fingerprint());
    assertThat(connected.session().client().getOcspConfig().get(20, TimeUnit.SECONDS)).isNotNull();
  }

  @Test
  void everyProbeOfTheConnectionIsInTheSessionsActivity() throws Exception {
    cluster = DemoCluster.start();
    prompts.password("wrong", false).password(cluster.admin().password(), false);
    ConnectFlow.Connected connected =
        connect(profile(Profile.Trust.PINNED, null, cluster.fingerprint()));
    List<org.ocspconsole.api.Exchange> seen = new ArrayList<>();
    connected.session().addExchangeListener(seen::add);
    assertThat(seen)
        .extracting(e -> e.method() + " " + e.uri().getPath() + " " + e.status())
        .containsExactly("GET /v1/ocsp 401", "GET /v1/ocsp 200");
    // Later requests arrive once, through the session alone.
    connected.session().client().getOcspConfig().get(20, TimeUnit.SECONDS);
    assertThat(seen).hasSize(3);
  }

  @Test
  void aChangedPinnedCertificateIsRefusedBeforeAnyCredentialIsSent() throws Exception {
    cluster = DemoCluster.start();
    String old = cluster.fingerprint();
    Profile pinned = profile(Profile.Trust.PINNED, null, old);
    keyring.write(pinned.credentialKey(), cluster.admin().password().toCharArray());
    connect(pinned);
    cluster.clearRequests();
    cluster.replaceCertificate(TestPki.selfSigned());

    ApiError error = failureOf(flow().connect(pinned, null, trustChanges::add, true));
    assertThat(error.kind()).isEqualTo(ApiError.Kind.PIN_MISMATCH);
    assertThat(prompts.pinChanges)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.expectedFingerprint()).isEqualTo(old);
              assertThat(e.certificate().sha256())
                  .isEqualTo(cluster.fingerprint())
                  .isNotEqualTo(old);
            });
    assertThat(cluster.requests()).noneMatch(r -> r.headers().containsKey("Authorization"));
    assertThat(trustChanges).isEmpty();
    assertThat(keyring.secrets).containsKey(pinned.credentialKey());
  }

  @Test
  void acceptingTheNewCertificateRepinsAndConnects() throws Exception {
    cluster = DemoCluster.start();
    Profile pinned = profile(Profile.Trust.PINNED, null, cluster.fingerprint());
    String old = cluster.fingerprint();
    cluster.replaceCertificate(TestPki.selfSigned());
    prompts.acceptNewPin = true;
    prompts.confirmNewPin = true;
    prompts.password(cluster.admin().password(), false);
    assertThat(connect(pinned).profile().pinSha256()).isEqualTo(cluster.fingerprint());
    assertThat(prompts.repinConfirmations).containsExactly(old + " -> " + cluster.fingerprint());
    assertThat(trustChanges)
        .singleElement()
        .extracting(Profile::pinSha256)
        .isEqualTo(cluster.fingerprint());
  }

  @Test
  void aChangedCertificateNeedsASecondConfirmationNamingBothFingerprints() throws Exception {
    cluster = DemoCluster.start();
    String old = cluster.fingerprint();
    Profile pinned = profile(Profile.Trust.PINNED, null, old);
    cluster.replaceCertificate(TestPki.selfSigned());
    cluster.clearRequests();
    prompts.acceptNewPin = true;
    prompts.confirmNewPin = false;
    prompts.password(cluster.admin().password(), false);

    ApiError error = failureOf(flow().connect(pinned, null, trustChanges::add, true));
    assertThat(error.kind()).isEqualTo(ApiError.Kind.PIN_MISMATCH);
    assertThat(prompts.repinConfirmations).containsExactly(old + " -> " + cluster.fingerprint());
    assertThat(trustChanges).isEmpty();
    assertThat(cluster.requests()).noneMatch(r -> r.headers().containsKey("Authorization"));
  }

  @Test
  void anExpiredSelfSignedCertificateIsRefusedOnceWithTheReasonAndNothingIsSaved()
      throws Exception {
    cluster = DemoCluster.builder().certificate(TestPki.expiredSelfSigned()).start();
    prompts.password(cluster.admin().password(), false);
    // A user who keeps choosing "Trust": the answer must not bring the dialog back.
    for (int i = 0; i < 4; i++) {
      prompts.trust.add(new TrustDecision.Pin(cluster.fingerprint()));
    }
    ApiError error =
        failureOf(
            flow()
                .connect(profile(Profile.Trust.SYSTEM, null, null), null, trustChanges::add, true));
    assertThat(prompts.untrusted).hasSize(1);
    assertThat(error.kind()).isEqualTo(ApiError.Kind.UNTRUSTED_CERTIFICATE);
    assertThat(error.message()).contains("expired on").contains("cannot be trusted");
    assertThat(trustChanges).isEmpty();
    assertThat(cluster.requests()).isEmpty();
  }

  @Test
  void aCaFileThatDoesNotVouchForTheCertificateIsSaidOnceNotAskedAgain() throws Exception {
    cluster = DemoCluster.builder().certificate(TestPki.server(TestPki.ca())).start();
    Path otherCa = TestPki.pem(dir, TestPki.ca());
    prompts.password(cluster.admin().password(), false);
    for (int i = 0; i < 4; i++) {
      prompts.trust.add(new TrustDecision.CaFile(otherCa));
    }
    ApiError error =
        failureOf(
            flow()
                .connect(profile(Profile.Trust.SYSTEM, null, null), null, trustChanges::add, true));
    assertThat(prompts.untrusted).hasSize(1);
    assertThat(error.message()).contains("does not make this certificate trusted");
    assertThat(trustChanges).isEmpty();
  }

  @Test
  void aTrustDecisionIsSavedOnceTheHandshakeWorkedEvenIfThePasswordIsThenCancelled()
      throws Exception {
    cluster = DemoCluster.start();
    prompts.password("wrong", false);
    prompts.trust.add(new TrustDecision.Pin(cluster.fingerprint()));
    ApiError error =
        failureOf(
            flow()
                .connect(profile(Profile.Trust.SYSTEM, null, null), null, trustChanges::add, true));
    assertThat(error.kind()).isEqualTo(ApiError.Kind.CANCELLED);
    assertThat(trustChanges)
        .singleElement()
        .extracting(Profile::pinSha256)
        .isEqualTo(cluster.fingerprint());
  }

  @Test
  void aCaFileTrustsACertificateItIssuedWithoutAsking() throws Exception {
    IssuedCertificate ca = TestPki.ca();
    cluster = DemoCluster.builder().certificate(TestPki.server(ca)).start();
    prompts.password(cluster.admin().password(), false);
    ConnectFlow.Connected connected =
        connect(profile(Profile.Trust.CA_FILE, TestPki.pem(dir, ca).toString(), null));
    assertThat(prompts.untrusted).isEmpty();
    assertThat(connected.session().name()).isEqualTo("Test");
  }

  @Test
  void choosingACaFileInTheDialogSwitchesTheProfileToIt() throws Exception {
    IssuedCertificate ca = TestPki.ca();
    cluster = DemoCluster.builder().certificate(TestPki.server(ca)).start();
    Path pem = TestPki.pem(dir, ca);
    prompts.password(cluster.admin().password(), false);
    prompts.trust.add(new TrustDecision.CaFile(pem));
    ConnectFlow.Connected connected = connect(profile(Profile.Trust.SYSTEM, null, null));
    assertThat(connected.profile().trust()).isEqualTo(Profile.Trust.CA_FILE);
    assertThat(connected.profile().caFile()).isEqualTo(pem.toString());
  }

  @Test
  void aCertificateForAnotherHostIsReportedAsAMismatch() throws Exception {
    IssuedCertificate ca = TestPki.ca();
    cluster = DemoCluster.builder().certificate(TestPki.server(ca, "other.example.com")).start();
    prompts.password(cluster.admin().password(), false);
    ApiError error =
        failureOf(
            flow()
                .connect(
                    profile(Profile.Trust.CA_FILE, TestPki.pem(dir, ca).toString(), null),
                    null,
                    trustChanges::add,
                    true));
    assertThat(error.kind()).isEqualTo(ApiError.Kind.HOSTNAME_MISMATCH);
    assertThat(prompts.hostMatches).containsExactly(false);
    assertThat(cluster.requests()).isEmpty();
  }

  @Test
  void anExpiredCertificateIsNotTrustedAndSaysSo() throws Exception {
    IssuedCertificate ca = TestPki.ca();
    cluster = DemoCluster.builder().certificate(TestPki.expired(ca)).start();
    prompts.password(cluster.admin().password(), false);
    ApiError error =
        failureOf(
            flow()
                .connect(
                    profile(Profile.Trust.CA_FILE, TestPki.pem(dir, ca).toString(), null),
                    null,
                    trustChanges::add,
                    true));
    assertThat(error.kind()).isEqualTo(ApiError.Kind.UNTRUSTED_CERTIFICATE);
    assertThat(error.message()).contains("expired");
    assertThat(cluster.requests()).isEmpty();
  }

  @Test
  void aClientCertificateLogsInWhereBasicIsOff() throws Exception {
    IssuedCertificate ca = TestPki.ca();
    cluster =
        DemoCluster.builder().clientCertificateAuthority(ca.certificate()).basicAuth(false).start();
    char[] secret = "p12-secret".toCharArray();
    Path p12 = TestPki.pkcs12(dir, ca, DemoCluster.ADMIN_USER, secret);
    Profile profile =
        new Profile(
            null,
            "mTLS",
            cluster.baseUri().toString(),
            null,
            Profile.Auth.CLIENT_CERTIFICATE,
            p12.toString(),
            Profile.Trust.PINNED,
            null,
            cluster.fingerprint());
    prompts.password("wrong", false).password("p12-secret", true);
    ConnectFlow.Connected connected = connect(profile);
    assertThat(prompts.passwordReasons).hasSize(2);
    assertThat(prompts.passwordReasons.get(1)).contains("could not be opened");
    assertThat(connected.session().client().getOcspConfig().get(20, TimeUnit.SECONDS)).isNotNull();
    assertThat(cluster.requests())
        .isNotEmpty()
        .noneMatch(r -> r.headers().containsKey("Authorization"));
    assertThat(keyring.secrets).containsEntry(profile.credentialKey(), "p12-secret");
  }

  @Test
  void aRefusedRememberedPasswordIsForgottenAndTheNewOneRemembered() throws Exception {
    cluster = DemoCluster.start();
    Profile pinned = profile(Profile.Trust.PINNED, null, cluster.fingerprint());
    keyring.write(pinned.credentialKey(), "stale".toCharArray());
    prompts.password(cluster.admin().password(), true);
    connect(pinned);
    assertThat(prompts.passwordReasons).singleElement().asString().contains("did not accept");
    assertThat(prompts.rememberOffers).containsExactly("the test keyring");
    assertThat(keyring.secrets).containsEntry(pinned.credentialKey(), cluster.admin().password());
  }

  @Test
  void aRememberedPasswordIsNeverGivenToAProfileThatTrustsOtherwise() throws Exception {
    IssuedCertificate intruder = TestPki.ca();
    cluster = DemoCluster.builder().certificate(TestPki.server(intruder)).start();
    Profile mine = profile(Profile.Trust.PINNED, null, "00".repeat(32));
    keyring.write(mine.credentialKey(), cluster.admin().password().toCharArray());
    // Same user and address, but trusting a CA file of someone else's choosing.
    Profile imported = profile(Profile.Trust.CA_FILE, TestPki.pem(dir, intruder).toString(), null);

    ApiError error = failureOf(flow().connect(imported, null, trustChanges::add, true));

    assertThat(error.kind()).isEqualTo(ApiError.Kind.CANCELLED);
    assertThat(prompts.passwordReasons).hasSize(1);
    assertThat(cluster.requests()).noneMatch(r -> r.headers().containsKey("Authorization"));
  }

  @Test
  void eachTrustSettingHasASecretOfItsOwn() {
    String url = "https://cluster.example.com:9443";
    String pin = "AB".repeat(32);
    List<Profile> alike =
        List.of(
            new Profile(null, "a", url, "admin", null, null, Profile.Trust.SYSTEM, null, null),
            new Profile(null, "b", url, "admin", null, null, Profile.Trust.PINNED, null, pin),
            new Profile(
                null, "c", url, "admin", null, null, Profile.Trust.PINNED, null, "CD".repeat(32)),
            new Profile(null, "d", url, "admin", null, null, Profile.Trust.CA_FILE, "/a.pem", null),
            new Profile(
                null, "e", url, "admin", null, null, Profile.Trust.CA_FILE, "/b.pem", null));
    assertThat(alike.stream().map(Profile::credentialKey).distinct()).hasSize(alike.size());
    assertThat(alike).noneMatch(p -> p.credentialKey().equals("admin @ " + url));
    // The same pin written differently, and a rename, keep the secret.
    Profile lower =
        new Profile(
            null, "z", url, "admin", null, null, Profile.Trust.PINNED, null, pin.toLowerCase());
    assertThat(lower.credentialKey()).isEqualTo(alike.get(1).credentialKey());
  }

  @Test
  void rememberIsNotOfferedWithoutACredentialStore() throws Exception {
    cluster = DemoCluster.start();
    store = Optional.empty();
    prompts.password(cluster.admin().password(), true);
    connect(profile(Profile.Trust.PINNED, null, cluster.fingerprint()));
    assertThat(prompts.rememberOffers).containsExactly((String) null);
  }

  @Test
  void aHandEditedProfileWithAColonInItsUserNameFailsWithTheReasonAndSendsNothing()
      throws Exception {
    cluster = DemoCluster.start();
    Profile profile =
        new Profile(
            null,
            "Test",
            cluster.baseUri().toString(),
            "ad:min",
            Profile.Auth.BASIC,
            null,
            Profile.Trust.PINNED,
            null,
            cluster.fingerprint());
    prompts.password(cluster.admin().password(), false);
    ApiError error = failureOf(flow().connect(profile, null, trustChanges::add, true));
    assertThat(error.kind()).isEqualTo(ApiError.Kind.LOCAL);
    assertThat(error.message()).contains("cannot contain \":\"");
    assertThat(cluster.requests()).isEmpty();
  }

  @Test
  void cancellingThePasswordCancelsTheConnection() throws Exception {
    cluster = DemoCluster.start();
    ApiError error =
        failureOf(
            flow()
                .connect(
                    profile(Profile.Trust.PINNED, null, cluster.fingerprint()),
                    null,
                    trustChanges::add,
                    true));
    assertThat(error.kind()).isEqualTo(ApiError.Kind.CANCELLED);
    assertThatThrownBy(
            () -> {
              throw new ApiException(error);
            })
        .hasMessageNotContaining("password=");
  }
}
