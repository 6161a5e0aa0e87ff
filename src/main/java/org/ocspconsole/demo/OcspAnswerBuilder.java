package org.ocspconsole.demo;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.ocspconsole.api.OcspStatus.CertState;

/**
 * Signed OCSP responses (RFC 6960 4.2) about one certificate, as a responder makes them: for the
 * demo's responder and its stapling endpoints, and for tests of every signature case.
 */
public final class OcspAnswerBuilder {
  /** CRLReason keyCompromise: the reason the demo gives for a revocation. */
  public static final int KEY_COMPROMISE = 1;

  private final X509Certificate subject;
  private final X509Certificate issuer;
  private BigInteger serial;
  private CertState state = CertState.GOOD;
  private Instant revokedAt;
  private int reason = KEY_COMPROMISE;
  private Instant producedAt = Instant.now();
  private Instant thisUpdate = producedAt;
  private Instant nextUpdate;
  private PrivateKey signingKey;
  private X509Certificate signerCertificate;
  private final List<X509Certificate> included = new ArrayList<>();
  private byte[] nonce;

  private OcspAnswerBuilder(X509Certificate subject, X509Certificate issuer) {
    this.subject = subject;
    this.issuer = issuer;
    this.serial = subject.getSerialNumber();
  }

  /** An answer about {@code subject}, issued by {@code issuer}. */
  public static OcspAnswerBuilder about(X509Certificate subject, X509Certificate issuer) {
    return new OcspAnswerBuilder(subject, issuer);
  }

  public OcspAnswerBuilder status(CertState value) {
    this.state = value;
    return this;
  }

  /** REVOKED, since {@code at}, for key compromise. */
  public OcspAnswerBuilder revoked(Instant at) {
    this.state = CertState.REVOKED;
    this.revokedAt = at;
    return this;
  }

  /** Answers for another serial number than the subject's: a CertID the client did not ask. */
  public OcspAnswerBuilder serial(BigInteger value) {
    this.serial = value;
    return this;
  }

  /**
   * @param next null leaves nextUpdate out, as some responders do
   */
  public OcspAnswerBuilder times(Instant produced, Instant thisUpdateTime, Instant next) {
    this.producedAt = produced;
    this.thisUpdate = thisUpdateTime;
    this.nextUpdate = next;
    return this;
  }

  /**
   * Signs with this key; {@code signer} names the responder (its subject becomes the responder ID)
   * and is included in the answer unless it is the issuer.
   */
  public OcspAnswerBuilder signedBy(PrivateKey key, X509Certificate signer) {
    this.signingKey = key;
    this.signerCertificate = signer;
    return this;
  }

  /** Adds a certificate to the answer's certs field. */
  public OcspAnswerBuilder include(X509Certificate certificate) {
    included.add(certificate);
    return this;
  }

  /** Echoes this nonce (RFC 8954: the extension's value is an OCTET STRING of it). */
  public OcspAnswerBuilder nonce(byte[] value) {
    this.nonce = value == null ? null : value.clone();
    return this;
  }

  public byte[] build() {
    if (signingKey == null) {
      throw new IllegalStateException("an OCSP answer needs a signing key");
    }
    try {
      X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
      CertificateID id =
          new CertificateID(
              new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
              issuerHolder,
              serial);
      X509Certificate signer = signerCertificate != null ? signerCertificate : issuer;
      BasicOCSPRespBuilder builder =
          new BasicOCSPRespBuilder(
              new RespID(X500Name.getInstance(signer.getSubjectX500Principal().getEncoded())));
      builder.addResponse(id, status(), date(thisUpdate), date(nextUpdate), null);
      if (nonce != null) {
        builder.setResponseExtensions(
            new Extensions(
                new Extension(
                    OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                    false,
                    new DEROctetString(nonce).getEncoded())));
      }
      List<X509CertificateHolder> certs = new ArrayList<>();
      if (signerCertificate != null && !signerCertificate.equals(issuer)) {
        certs.add(new JcaX509CertificateHolder(signerCertificate));
      }
      for (X509Certificate extra : included) {
        certs.add(new JcaX509CertificateHolder(extra));
      }
      String algorithm = signingKey instanceof RSAKey ? "SHA256withRSA" : "SHA256withECDSA";
      var basic =
          builder.build(
              new JcaContentSignerBuilder(algorithm).build(signingKey),
              certs.toArray(X509CertificateHolder[]::new),
              date(producedAt));
      return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    } catch (OCSPException
        | OperatorCreationException
        | CertificateEncodingException
        | IOException e) {
      throw new IllegalStateException("the OCSP answer could not be built", e);
    }
  }

  /**
   * An answer without a certificate status: malformedRequest (1), tryLater (3), unauthorized (6).
   */
  public static byte[] unsuccessful(int status) {
    try {
      return new OCSPRespBuilder().build(status, null).getEncoded();
    } catch (OCSPException | IOException e) {
      throw new IllegalStateException("the OCSP error answer could not be built", e);
    }
  }

  /** The outer status code of an OCSP answer, for tests and logs. */
  public static int outerStatus(byte[] answer) throws IOException {
    return new OCSPResp(answer).getStatus();
  }

  private CertificateStatus status() {
    return switch (state) {
      case GOOD -> CertificateStatus.GOOD;
      case REVOKED ->
          new RevokedStatus(
              date(revokedAt != null ? revokedAt : thisUpdate.minusSeconds(86_400)), reason);
      case UNKNOWN -> new UnknownStatus();
    };
  }

  private static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }
}
