package org.ocspconsole.pki;

import java.io.IOException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * OCSP requests (RFC 6960 4.1) for one certificate. The CertID hashes the issuer's name and key
 * with SHA-1: RFC 5019 responders, the cluster's own poller and most CAs index their answers by the
 * SHA-1 CertID, and a responder that does not know the hash answers "unauthorized".
 */
public final class OcspRequests {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The nonce length RFC 8954 recommends (at least 1, at most 32 octets). */
  static final int NONCE_BYTES = 32;

  private OcspRequests() {}

  /**
   * A request, DER-encoded, with the nonce it carries (null without).
   *
   * @param der the OCSPRequest, ready for an HTTP POST body
   * @param nonce the nonce's octets, to compare with the answer's
   */
  public record Built(byte[] der, byte[] nonce) {}

  public static Built build(X509Certificate subject, X509Certificate issuer, boolean withNonce)
      throws IOException {
    try {
      OCSPReqBuilder builder = new OCSPReqBuilder();
      builder.addRequest(certId(subject, issuer));
      byte[] nonce = null;
      if (withNonce) {
        nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        builder.setRequestExtensions(
            new Extensions(
                new Extension(
                    OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                    false,
                    new DEROctetString(nonce).getEncoded())));
      }
      return new Built(builder.build().getEncoded(), nonce);
    } catch (OCSPException | CertificateEncodingException e) {
      throw new IOException("the OCSP request could not be built: " + e.getMessage(), e);
    }
  }

  /** The SHA-1 CertID of {@code subject} as issued by {@code issuer}. */
  static CertificateID certId(X509Certificate subject, X509Certificate issuer)
      throws OCSPException, CertificateEncodingException {
    try {
      return new CertificateID(
          digests().get(CertificateID.HASH_SHA1),
          new JcaX509CertificateHolder(issuer),
          subject.getSerialNumber());
    } catch (OperatorCreationException e) {
      throw new OCSPException("SHA-1 is not available for the CertID", e);
    }
  }

  static DigestCalculatorProvider digests() throws OCSPException {
    try {
      // The JDK's own providers: registering BouncyCastle's would change every JCA lookup.
      return new JcaDigestCalculatorProviderBuilder().build();
    } catch (OperatorCreationException e) {
      throw new OCSPException("no digest provider", e);
    }
  }
}
