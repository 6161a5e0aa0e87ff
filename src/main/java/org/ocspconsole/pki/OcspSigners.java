package org.ocspconsole.pki;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.ocspconsole.pki.OcspReading.SignatureCheck;

/**
 * Who may sign an OCSP answer (RFC 6960 4.2.2.2): the certificate's issuer itself, or a responder
 * certificate that the issuer issued with id-kp-OCSPSigning and that was valid when the answer was
 * produced. Anything else is named for what it is.
 */
final class OcspSigners {
  private OcspSigners() {}

  /** How the signature was checked, and who signed. */
  record Signed(SignatureCheck check, String signer) {}

  static Signed check(
      BasicOCSPResp basic, X509Certificate issuer, X509CertificateHolder issuerHolder, Date at) {
    if (verifies(basic, issuer.getPublicKey())) {
      return new Signed(SignatureCheck.ISSUER, issuer.getSubjectX500Principal().getName());
    }
    for (X509CertificateHolder candidate : basic.getCerts()) {
      PublicKey key = publicKey(candidate);
      if (key == null || !verifies(basic, key)) {
        continue;
      }
      String name = name(candidate.getSubject());
      if (!candidate.getIssuer().equals(issuerHolder.getSubject())
          || !certificateSignedBy(candidate, issuer.getPublicKey())) {
        return new Signed(SignatureCheck.DELEGATE_NOT_FROM_ISSUER, name);
      }
      if (!ocspSigning(candidate)) {
        return new Signed(SignatureCheck.DELEGATE_WITHOUT_OCSP_SIGNING, name);
      }
      if (at == null || !candidate.isValidOn(at)) {
        return new Signed(SignatureCheck.DELEGATE_NOT_VALID, name);
      }
      return new Signed(SignatureCheck.DELEGATED, name);
    }
    return new Signed(SignatureCheck.WRONG_KEY, responderId(basic));
  }

  private static boolean verifies(BasicOCSPResp basic, PublicKey key) {
    try {
      return basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
    } catch (OCSPException | OperatorCreationException | RuntimeException e) {
      return false; // a key of another type or a malformed signature: not this signer
    }
  }

  private static boolean certificateSignedBy(X509CertificateHolder candidate, PublicKey key) {
    try {
      return candidate.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean ocspSigning(X509CertificateHolder candidate) {
    ExtendedKeyUsage usage = ExtendedKeyUsage.fromExtensions(candidate.getExtensions());
    return usage != null && usage.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning);
  }

  private static PublicKey publicKey(X509CertificateHolder holder) {
    try {
      return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
          .getCertificate(holder)
          .getPublicKey();
    } catch (Exception e) {
      return null;
    }
  }

  private static String responderId(BasicOCSPResp basic) {
    var id = basic.getResponderId().toASN1Primitive();
    if (id.getName() != null) {
      return name(id.getName());
    }
    return "key hash " + java.util.HexFormat.of().formatHex(id.getKeyHash());
  }

  /** In the JDK's RFC 2253 form, as every other name in the console is shown. */
  private static String name(X500Name name) {
    try {
      return new javax.security.auth.x500.X500Principal(name.getEncoded()).getName();
    } catch (java.io.IOException | IllegalArgumentException e) {
      return name.toString();
    }
  }
}
