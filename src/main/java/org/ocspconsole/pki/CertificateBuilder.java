package org.ocspconsole.pki;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.x500.X500Principal;

/**
 * Builds X.509 v3 certificates: self-signed or issued by a given CA, with subject alternative
 * names, an OCSP URL in the Authority Information Access extension, and CA constraints. Used by the
 * demo cluster for its own certificates and by tests for every trust case.
 */
public final class CertificateBuilder {
  private static final String OID_SUBJECT_ALT_NAME = "2.5.29.17";
  private static final String OID_BASIC_CONSTRAINTS = "2.5.29.19";
  private static final String OID_KEY_USAGE = "2.5.29.15";
  private static final String OID_EXT_KEY_USAGE = "2.5.29.37";
  private static final String OID_AUTHORITY_INFO_ACCESS = "1.3.6.1.5.5.7.1.1";
  private static final String OID_AD_OCSP = "1.3.6.1.5.5.7.48.1";
  private static final String OID_AD_CA_ISSUERS = "1.3.6.1.5.5.7.48.2";
  private static final String OID_SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
  private static final String OID_CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
  private static final String OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2";
  private static final String OID_RSA_SHA256 = "1.2.840.113549.1.1.11";

  private static final SecureRandom RANDOM = new SecureRandom();

  private String subject = "CN=localhost";
  private IssuedCertificate issuer;
  private Instant notBefore =
      Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
  private Instant notAfter = notBefore.plus(Duration.ofDays(398));
  private final List<String> dnsNames = new ArrayList<>();
  private final List<String> ipAddresses = new ArrayList<>();
  private final List<String> ocspUrls = new ArrayList<>();
  private String caIssuersUrl;
  private boolean ca;
  private boolean clientAuth;
  private KeyPair keyPair;

  private CertificateBuilder() {}

  public static CertificateBuilder create() {
    return new CertificateBuilder();
  }

  /** The subject as an RFC 2253 name, for example {@code CN=cluster.example.com,O=Example}. */
  public CertificateBuilder subject(String distinguishedName) {
    this.subject = distinguishedName;
    return this;
  }

  /** Signs with this CA instead of self-signing. */
  public CertificateBuilder issuedBy(IssuedCertificate issuingCa) {
    this.issuer = issuingCa;
    return this;
  }

  public CertificateBuilder validity(Instant from, Instant until) {
    this.notBefore = from.truncatedTo(ChronoUnit.SECONDS);
    this.notAfter = until.truncatedTo(ChronoUnit.SECONDS);
    return this;
  }

  public CertificateBuilder dnsNames(String... names) {
    dnsNames.addAll(List.of(names));
    return this;
  }

  public CertificateBuilder ipAddresses(String... addresses) {
    ipAddresses.addAll(List.of(addresses));
    return this;
  }

  /** Puts an OCSP responder URL in the Authority Information Access extension. */
  public CertificateBuilder ocspUrl(String url) {
    ocspUrls.add(url);
    return this;
  }

  /** Puts a CA-issuers URL (not an OCSP one) in the Authority Information Access extension. */
  public CertificateBuilder caIssuersUrl(String url) {
    this.caIssuersUrl = url;
    return this;
  }

  public CertificateBuilder certificateAuthority() {
    this.ca = true;
    return this;
  }

  /** Marks the certificate for TLS client authentication (mTLS). */
  public CertificateBuilder clientAuthentication() {
    this.clientAuth = true;
    return this;
  }

  /** Uses this key pair instead of a fresh EC P-256 one. */
  public CertificateBuilder keyPair(KeyPair pair) {
    this.keyPair = pair;
    return this;
  }

  public static KeyPair newEcKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  public static KeyPair newRsaKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  public IssuedCertificate build() throws GeneralSecurityException {
    KeyPair pair = keyPair != null ? keyPair : newEcKeyPair();
    PrivateKey signingKey = issuer != null ? issuer.privateKey() : pair.getPrivate();
    X500Principal issuerName =
        issuer != null
            ? issuer.certificate().getSubjectX500Principal()
            : new X500Principal(subject);
    boolean rsa = signingKey instanceof RSAKey;
    byte[] algorithm =
        rsa
            ? Der.sequence(Der.oid(OID_RSA_SHA256), Der.nul())
            : Der.sequence(Der.oid(OID_ECDSA_SHA256));

    byte[] tbs =
        Der.sequence(
            Der.explicit(0, Der.integer(BigInteger.TWO)),
            Der.integer(new BigInteger(64, RANDOM).setBit(63)),
            algorithm,
            issuerName.getEncoded(),
            Der.sequence(Der.time(notBefore), Der.time(notAfter)),
            new X500Principal(subject).getEncoded(),
            pair.getPublic().getEncoded(),
            Der.explicit(3, extensions()));

    Signature signature = Signature.getInstance(rsa ? "SHA256withRSA" : "SHA256withECDSA");
    signature.initSign(signingKey);
    signature.update(tbs);
    byte[] encoded = Der.sequence(tbs, algorithm, Der.bits(signature.sign()));

    X509Certificate certificate =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(encoded));
    List<X509Certificate> chainAbove = new ArrayList<>();
    if (issuer != null) {
      chainAbove.add(issuer.certificate());
      chainAbove.addAll(issuer.issuers());
    }
    return new IssuedCertificate(certificate, pair.getPrivate(), chainAbove);
  }

  private byte[] extensions() {
    List<byte[]> extensions = new ArrayList<>();
    extensions.add(
        extension(OID_BASIC_CONSTRAINTS, true, ca ? Der.sequence(Der.bool(true)) : Der.sequence()));
    if (ca) {
      // keyCertSign and cRLSign
      extensions.add(extension(OID_KEY_USAGE, true, Der.tlv(Der.BIT_STRING, new byte[] {1, 0x06})));
    } else {
      extensions.add(
          extension(
              OID_EXT_KEY_USAGE,
              false,
              Der.sequence(Der.oid(clientAuth ? OID_CLIENT_AUTH : OID_SERVER_AUTH))));
    }
    if (!dnsNames.isEmpty() || !ipAddresses.isEmpty()) {
      List<byte[]> names = new ArrayList<>();
      dnsNames.forEach(name -> names.add(Der.ia5(0x82, name)));
      ipAddresses.forEach(address -> names.add(Der.tlv(0x87, addressBytes(address))));
      extensions.add(
          extension(OID_SUBJECT_ALT_NAME, false, Der.sequence(names.toArray(byte[][]::new))));
    }
    if (!ocspUrls.isEmpty() || caIssuersUrl != null) {
      List<byte[]> access = new ArrayList<>();
      ocspUrls.forEach(url -> access.add(Der.sequence(Der.oid(OID_AD_OCSP), Der.ia5(0x86, url))));
      if (caIssuersUrl != null) {
        access.add(Der.sequence(Der.oid(OID_AD_CA_ISSUERS), Der.ia5(0x86, caIssuersUrl)));
      }
      extensions.add(
          extension(OID_AUTHORITY_INFO_ACCESS, false, Der.sequence(access.toArray(byte[][]::new))));
    }
    return Der.sequence(extensions.toArray(byte[][]::new));
  }

  private static byte[] extension(String oid, boolean critical, byte[] value) {
    return critical
        ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octets(value))
        : Der.sequence(Der.oid(oid), Der.octets(value));
  }

  private static byte[] addressBytes(String literal) {
    try {
      // A literal address is parsed, never looked up.
      return InetAddress.getByName(literal).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address: " + literal, e);
    }
  }
}
