package org.ocspconsole.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.OcspStatus.CertState;
import org.ocspconsole.demo.OcspAnswerBuilder;
import org.ocspconsole.demo.ResponderCertificates;
import org.ocspconsole.pki.OcspReading.CertStatus;
import org.ocspconsole.pki.OcspReading.NonceCheck;
import org.ocspconsole.pki.OcspReading.ResponseStatus;
import org.ocspconsole.pki.OcspReading.SignatureCheck;

class OcspResponsesTest {
  private static IssuedCertificate ca;
  private static IssuedCertificate leaf;
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @BeforeAll
  static void pki() throws Exception {
    ca = CertificateBuilder.create().subject("CN=Test CA").certificateAuthority().build();
    leaf =
        CertificateBuilder.create()
            .subject("CN=proxy.test")
            .issuedBy(ca)
            .ocspUrl("http://127.0.0.1:1/")
            .build();
  }

  private static OcspAnswerBuilder answer() {
    return OcspAnswerBuilder.about(leaf.certificate(), ca.certificate())
        .times(NOW, NOW.minusSeconds(60), NOW.plus(Duration.ofHours(24)))
        .signedBy(ca.privateKey(), ca.certificate());
  }

  private static OcspReading read(byte[] der) {
    return OcspResponses.read(der, leaf.certificate(), ca.certificate(), null);
  }

  @Test
  void aGoodAnswerSignedByTheIssuerIsTrustworthyWithItsTimes() {
    OcspReading reading = read(answer().build());

    assertThat(reading.responseStatus()).isEqualTo(ResponseStatus.SUCCESSFUL);
    assertThat(reading.certStatus()).isEqualTo(CertStatus.GOOD);
    assertThat(reading.signature()).isEqualTo(SignatureCheck.ISSUER);
    assertThat(reading.certIdMatches()).isTrue();
    assertThat(reading.trustworthy()).isTrue();
    assertThat(reading.producedAt()).isEqualTo(NOW);
    assertThat(reading.thisUpdate()).isEqualTo(NOW.minusSeconds(60));
    assertThat(reading.nextUpdate()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    assertThat(reading.validity()).contains(Duration.ofHours(24).plusSeconds(60));
    assertThat(reading.problems()).isEmpty();
  }

  @Test
  void aRevocationCarriesItsTimeAndReason() {
    Instant revoked = NOW.minus(Duration.ofDays(2));
    OcspReading reading = read(answer().revoked(revoked).build());

    assertThat(reading.certStatus()).isEqualTo(CertStatus.REVOKED);
    assertThat(reading.revocationTime()).isEqualTo(revoked);
    assertThat(reading.revocationReason()).isEqualTo("key compromise");
    assertThat(reading.trustworthy()).isTrue();
  }

  @Test
  void unknownIsReadAsUnknown() {
    assertThat(read(answer().status(CertState.UNKNOWN).build()).certStatus())
        .isEqualTo(CertStatus.UNKNOWN);
  }

  @Test
  void aDelegatedResponderWithTheOcspSigningPurposeIsAccepted() throws Exception {
    IssuedCertificate responder = ResponderCertificates.delegated(ca, true);
    OcspReading reading =
        read(answer().signedBy(responder.privateKey(), responder.certificate()).build());

    assertThat(reading.signature()).isEqualTo(SignatureCheck.DELEGATED);
    assertThat(reading.signer()).contains("OCSP Console demo responder");
    assertThat(reading.trustworthy()).isTrue();
  }

  @Test
  void aDelegateWithoutTheOcspSigningPurposeIsRefused() throws Exception {
    IssuedCertificate server = ResponderCertificates.delegated(ca, false);
    OcspReading reading =
        read(answer().signedBy(server.privateKey(), server.certificate()).build());

    assertThat(reading.signature()).isEqualTo(SignatureCheck.DELEGATE_WITHOUT_OCSP_SIGNING);
    assertThat(reading.trustworthy()).isFalse();
    assertThat(reading.problems()).anyMatch(p -> p.contains("id-kp-OCSPSigning"));
  }

  @Test
  void aDelegateIssuedByAnotherCaIsRefused() throws Exception {
    IssuedCertificate otherCa =
        CertificateBuilder.create().subject("CN=Other CA").certificateAuthority().build();
    IssuedCertificate responder = ResponderCertificates.delegated(otherCa, true);
    OcspReading reading =
        read(answer().signedBy(responder.privateKey(), responder.certificate()).build());

    assertThat(reading.signature()).isEqualTo(SignatureCheck.DELEGATE_NOT_FROM_ISSUER);
    assertThat(reading.trustworthy()).isFalse();
  }

  @Test
  void anImpostorWithTheCasNameButAnotherKeyIsAWrongKey() throws Exception {
    IssuedCertificate impostor = ResponderCertificates.impostor(ca.certificate());
    OcspReading reading = read(answer().signedBy(impostor.privateKey(), ca.certificate()).build());

    assertThat(reading.signature()).isEqualTo(SignatureCheck.WRONG_KEY);
    assertThat(reading.signer()).contains("CN=Test CA");
    assertThat(reading.trustworthy()).isFalse();
  }

  @Test
  void anImpostorThatIncludesItsCertificateIsNotFromTheIssuer() throws Exception {
    IssuedCertificate impostor = ResponderCertificates.impostor(ca.certificate());
    OcspReading reading =
        read(
            answer()
                .signedBy(impostor.privateKey(), ca.certificate())
                .include(impostor.certificate())
                .build());

    assertThat(reading.signature()).isEqualTo(SignatureCheck.DELEGATE_NOT_FROM_ISSUER);
  }

  @Test
  void anAnswerAboutAnotherSerialDoesNotMatchTheCertId() {
    OcspReading reading = read(answer().serial(BigInteger.valueOf(42)).build());

    assertThat(reading.certIdMatches()).isFalse();
    assertThat(reading.certStatus()).isNull();
    assertThat(reading.trustworthy()).isFalse();
    assertThat(reading.problems()).anyMatch(p -> p.contains("CertID mismatch"));
  }

  @Test
  void theNonceIsEchoedMissingOrContradicted() {
    byte[] sent = {1, 2, 3, 4, 5, 6, 7, 8};

    assertThat(
            OcspResponses.read(
                    answer().nonce(sent).build(), leaf.certificate(), ca.certificate(), sent)
                .nonce())
        .isEqualTo(NonceCheck.ECHOED);
    assertThat(
            OcspResponses.read(answer().build(), leaf.certificate(), ca.certificate(), sent)
                .nonce())
        .isEqualTo(NonceCheck.NOT_ECHOED);
    OcspReading replay =
        OcspResponses.read(
            answer().nonce(new byte[] {9, 9, 9}).build(),
            leaf.certificate(),
            ca.certificate(),
            sent);
    assertThat(replay.nonce()).isEqualTo(NonceCheck.MISMATCH);
    assertThat(replay.trustworthy()).isFalse();
  }

  @Test
  void aMissingNextUpdateIsReportedAsMissingNotAsExpired() {
    OcspReading reading = read(answer().times(NOW, NOW, null).build());

    assertThat(reading.nextUpdate()).isNull();
    assertThat(reading.validity()).isEmpty();
    assertThat(reading.expiredAt(NOW.plus(Duration.ofDays(400)))).isFalse();
  }

  @Test
  void aPassedNextUpdateIsExpired() {
    OcspReading reading =
        read(answer().times(NOW, NOW.minus(Duration.ofHours(30)), NOW.minusSeconds(1)).build());

    assertThat(reading.expiredAt(NOW)).isTrue();
    assertThat(reading.trustworthy()).isTrue(); // genuine, only old: the caller judges the time
  }

  @Test
  void unsuccessfulAnswersAndGarbageCarryNoStatus() {
    assertThat(read(OcspAnswerBuilder.unsuccessful(3)).responseStatus())
        .isEqualTo(ResponseStatus.TRY_LATER);
    OcspReading unauthorized = read(OcspAnswerBuilder.unsuccessful(6));
    assertThat(unauthorized.responseStatus()).isEqualTo(ResponseStatus.UNAUTHORIZED);
    assertThat(unauthorized.signature()).isEqualTo(SignatureCheck.NOT_CHECKED);
    assertThat(read("<html>503</html>".getBytes()).responseStatus())
        .isEqualTo(ResponseStatus.UNREADABLE);
    assertThat(read(new byte[0]).trustworthy()).isFalse();
  }

  @Test
  void theRequestAsksBySha1CertIdWithARandomNonce() throws Exception {
    OcspRequests.Built built = OcspRequests.build(leaf.certificate(), ca.certificate(), true);
    OCSPReq request = new OCSPReq(built.der());

    assertThat(request.getRequestList()).hasSize(1);
    CertificateID id = request.getRequestList()[0].getCertID();
    assertThat(id.getHashAlgOID()).isEqualTo(CertificateID.HASH_SHA1.getAlgorithm());
    assertThat(id.getSerialNumber()).isEqualTo(leaf.certificate().getSerialNumber());
    byte[] echoed =
        ASN1OctetString.getInstance(
                request
                    .getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce)
                    .getExtnValue()
                    .getOctets())
            .getOctets();
    assertThat(echoed).isEqualTo(built.nonce()).hasSize(32);
    assertThat(OcspRequests.build(leaf.certificate(), ca.certificate(), false).nonce()).isNull();
  }
}
