package org.ocspconsole.demo;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.ocspconsole.api.HttpTime;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.api.OcspStatus.CertState;
import org.ocspconsole.pki.IssuedCertificate;

/**
 * What the demo CA's responder says, signed as the drill asks: answers "now" for the console's
 * requests, and the answer the cluster polled earlier (its cached status) for the staples. Both
 * follow the same switches, so the three views only differ where a real cluster's would.
 */
final class ResponderAnswers implements DemoResponder.Answerer {
  private static final Duration VALIDITY = Duration.ofHours(24);

  private final ProxyCertificates proxy;
  private final DemoSwitches switches;
  private final OcspState ocsp;
  private final Supplier<X509Certificate> otherCertificate;
  private final Map<StapleSwitches.Signer, IssuedCertificate> signers =
      new EnumMap<>(StapleSwitches.Signer.class);

  ResponderAnswers(
      ProxyCertificates proxy,
      DemoSwitches switches,
      OcspState ocsp,
      Supplier<X509Certificate> otherCertificate) {
    this.proxy = proxy;
    this.switches = switches;
    this.ocsp = ocsp;
    this.otherCertificate = otherCertificate;
  }

  @Override
  public byte[] caCertificate() {
    try {
      return proxy.ca().certificate().getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The responder now: a fresh answer, nonce echoed, or an error status for a bad request. */
  @Override
  public byte[] answer(byte[] requestDer) {
    OCSPReq request;
    try {
      request = new OCSPReq(requestDer);
    } catch (IOException | RuntimeException e) {
      return OcspAnswerBuilder.unsuccessful(1); // malformedRequest
    }
    if (request.getRequestList().length != 1) {
      return OcspAnswerBuilder.unsuccessful(1);
    }
    CertificateID id = request.getRequestList()[0].getCertID();
    if (!ours(id)) {
      return OcspAnswerBuilder.unsuccessful(6); // unauthorized: not this CA's certificate
    }
    X509Certificate subject = known(id.getSerialNumber());
    OcspStatus cached = ocsp.cachedStatus();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    OcspAnswerBuilder answer =
        OcspAnswerBuilder.about(
                subject != null ? subject : proxy.current().leaf(), proxy.ca().certificate())
            .serial(id.getSerialNumber())
            .times(now, now, switches.omitNextUpdate() ? null : now.plus(VALIDITY));
    if (subject == null) {
      answer.status(CertState.UNKNOWN); // a serial this CA never issued
    } else {
      state(answer, switches.certState(), cached);
    }
    Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    if (nonce != null) {
      answer.nonce(ASN1OctetString.getInstance(nonce.getExtnValue().getOctets()).getOctets());
    }
    return sign(answer).build();
  }

  /**
   * The staple the cluster serves for {@code serial}: the answer it polled at its cached status's
   * times. Empty when the cluster staples nothing; null when the serial is not this cluster's.
   */
  Optional<byte[]> staple(BigInteger serial) {
    X509Certificate subject = known(serial);
    if (subject == null) {
      return null;
    }
    OcspStatus cached = ocsp.cachedStatus();
    if (!stapling(cached)) {
      return Optional.empty();
    }
    OcspAnswerBuilder answer =
        OcspAnswerBuilder.about(subject, proxy.ca().certificate())
            .times(time(cached.producedAt()), time(cached.thisUpdate()), time(cached.nextUpdate()));
    state(answer, cached.state().orElse(CertState.UNKNOWN), cached);
    return Optional.of(sign(answer).build());
  }

  /**
   * Everything a staple depends on: when it changes, the endpoints drop whatever the TLS layer
   * cached and fetch anew.
   */
  Object stapleKey() {
    OcspStatus cached = ocsp.cachedStatus();
    return java.util.List.of(
        proxy.current().leaf().getSerialNumber(),
        String.valueOf(cached),
        stapling(cached),
        switches.stapling().signer(),
        switches.stapling().otherCertificate());
  }

  private boolean stapling(OcspStatus cached) {
    return Boolean.TRUE.equals(ocsp.config().ocspFunctionality())
        && !switches.stapling().noStaple()
        && cached.certStatus() != null;
  }

  private void state(OcspAnswerBuilder answer, CertState state, OcspStatus cached) {
    if (state == CertState.REVOKED) {
      Instant at = time(cached.revocationTime());
      answer.revoked(at != null ? at : Instant.now().minus(Duration.ofDays(2)));
    } else {
      answer.status(state);
    }
  }

  private OcspAnswerBuilder sign(OcspAnswerBuilder answer) {
    StapleSwitches.Signer mode = switches.stapling().signer();
    IssuedCertificate ca = proxy.ca();
    if (mode == StapleSwitches.Signer.CA) {
      return answer.signedBy(ca.privateKey(), ca.certificate());
    }
    IssuedCertificate signer = signer(mode);
    // The impostor names itself after the CA and leaves its certificate out, as a forger would.
    return mode == StapleSwitches.Signer.WRONG_KEY
        ? answer.signedBy(signer.privateKey(), ca.certificate())
        : answer.signedBy(signer.privateKey(), signer.certificate());
  }

  private synchronized IssuedCertificate signer(StapleSwitches.Signer mode) {
    return signers.computeIfAbsent(
        mode,
        m -> {
          try {
            return switch (m) {
              case DELEGATED -> ResponderCertificates.delegated(proxy.ca(), true);
              case DELEGATED_WITHOUT_OCSP_SIGNING ->
                  ResponderCertificates.delegated(proxy.ca(), false);
              default -> ResponderCertificates.impostor(proxy.ca().certificate());
            };
          } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the responder certificate could not be made", e);
          }
        });
  }

  private boolean ours(CertificateID id) {
    try {
      return id.matchesIssuer(
          new JcaX509CertificateHolder(proxy.ca().certificate()),
          new JcaDigestCalculatorProviderBuilder().build());
    } catch (OCSPException | CertificateEncodingException | RuntimeException e) {
      return false;
    } catch (org.bouncycastle.operator.OperatorCreationException e) {
      return false;
    }
  }

  /** The certificate this CA issued with this serial, among those the demo serves. */
  private X509Certificate known(BigInteger serial) {
    X509Certificate leaf = proxy.current().leaf();
    if (leaf.getSerialNumber().equals(serial)
        && leaf.getIssuerX500Principal()
            .equals(proxy.ca().certificate().getSubjectX500Principal())) {
      return leaf;
    }
    X509Certificate other = otherCertificate.get();
    return other != null && other.getSerialNumber().equals(serial) ? other : null;
  }

  private static Instant time(HttpTime time) {
    return time == null ? null : time.value().orElse(null);
  }
}
