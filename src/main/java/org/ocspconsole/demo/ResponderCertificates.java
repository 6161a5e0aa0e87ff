package org.ocspconsole.demo;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.IssuedCertificate;

/**
 * The responder certificates of the signature drills, made with BouncyCastle when a drill first
 * needs them: a delegated responder (RFC 6960 4.2.2.2) with or without the OCSP-signing purpose,
 * and an impostor that takes the CA's name with a key of its own.
 */
public final class ResponderCertificates {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ResponderCertificates() {}

  /**
   * A responder certificate issued by {@code ca}; with {@code ocspSigning}, it carries
   * id-kp-OCSPSigning (and id-pkix-ocsp-nocheck, so clients do not ask about the responder itself).
   */
  public static IssuedCertificate delegated(IssuedCertificate ca, boolean ocspSigning)
      throws GeneralSecurityException {
    KeyPair pair = CertificateBuilder.newEcKeyPair();
    X500Principal subject =
        new X500Principal(
            ocspSigning
                ? "CN=OCSP Console demo responder,O=OCSP Console demo cluster"
                : "CN=OCSP Console demo server (no OCSP signing),O=OCSP Console demo cluster");
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            ca.certificate().getSubjectX500Principal(),
            new BigInteger(64, RANDOM).setBit(63),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(90))),
            subject,
            pair.getPublic());
    try {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      builder.addExtension(
          Extension.extendedKeyUsage,
          false,
          new ExtendedKeyUsage(
              ocspSigning ? KeyPurposeId.id_kp_OCSPSigning : KeyPurposeId.id_kp_serverAuth));
      if (ocspSigning) {
        builder.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
      }
    } catch (CertIOException e) {
      throw new GeneralSecurityException("responder certificate extensions", e);
    }
    return new IssuedCertificate(
        sign(builder, ca.privateKey()), pair.getPrivate(), List.of(ca.certificate()));
  }

  /** A self-signed certificate with the CA's very name and another key. */
  public static IssuedCertificate impostor(X509Certificate ca) throws GeneralSecurityException {
    KeyPair pair = CertificateBuilder.newEcKeyPair();
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            ca.getSubjectX500Principal(),
            new BigInteger(64, RANDOM).setBit(63),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(90))),
            ca.getSubjectX500Principal(),
            pair.getPublic());
    return new IssuedCertificate(sign(builder, pair.getPrivate()), pair.getPrivate(), List.of());
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
      throws GeneralSecurityException {
    try {
      return new JcaX509CertificateConverter()
          .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("the responder certificate could not be signed", e);
    }
  }
}
