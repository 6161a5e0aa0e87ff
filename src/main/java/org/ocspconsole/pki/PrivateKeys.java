package org.ocspconsole.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Private keys from the PEM files administrators have: PKCS#8 ({@code PRIVATE KEY}), PKCS#1 ({@code
 * RSA PRIVATE KEY}) and SEC1 ({@code EC PRIVATE KEY}); the last two are wrapped into PKCS#8, the
 * one form the JDK reads. Error messages never quote the key.
 */
public final class PrivateKeys {
  /** A key file the console cannot use; the message says why in words, without key material. */
  public static final class KeyException extends Exception {
    private static final long serialVersionUID = 1L;

    KeyException(String message) {
      super(message, null, false, false);
    }
  }

  private static final String OID_RSA = "1.2.840.113549.1.1.1";
  private static final String OID_EC = "1.2.840.10045.2.1";
  private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----");
  private static final SecureRandom RANDOM = new SecureRandom();

  private PrivateKeys() {}

  public static PrivateKey read(String pem) throws KeyException {
    Matcher begin = BEGIN.matcher(pem);
    while (begin.find()) {
      String type = begin.group(1);
      switch (type) {
        case "PRIVATE KEY":
          return decode(first(pem, type), "EC", "RSA", "Ed25519", "Ed448");
        case "RSA PRIVATE KEY":
          return decode(wrap(Der.sequence(Der.oid(OID_RSA), Der.nul()), first(pem, type)), "RSA");
        case "EC PRIVATE KEY":
          byte[] sec1 = first(pem, type);
          return decode(wrap(Der.sequence(Der.oid(OID_EC), Der.oid(curveOf(sec1))), sec1), "EC");
        case "ENCRYPTED PRIVATE KEY":
          throw new KeyException(
              "The key is encrypted. Decrypt it first "
                  + "(openssl pkey -in key.pem -out plain-key.pem); the cluster needs it unencrypted.");
        default:
          break; // EC PARAMETERS, a certificate pasted in front: look further
      }
    }
    throw new KeyException(
        "No private key found: expected a PEM block such as "
            + "-----BEGIN PRIVATE KEY-----, -----BEGIN RSA PRIVATE KEY----- or -----BEGIN EC PRIVATE KEY-----.");
  }

  /** Whether the key signs what the public key verifies: a random challenge, signed and checked. */
  public static boolean matches(PrivateKey key, PublicKey publicKey) {
    if (!key.getAlgorithm().equals(publicKey.getAlgorithm())) {
      return false;
    }
    String algorithm =
        switch (key.getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "EC" -> "SHA256withECDSA";
          default -> key.getAlgorithm(); // Ed25519, Ed448
        };
    try {
      byte[] challenge = new byte[32];
      RANDOM.nextBytes(challenge);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(challenge);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(challenge);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static byte[] first(String pem, String type) throws KeyException {
    List<byte[]> blocks;
    try {
      blocks = Pem.blocks(pem, type);
    } catch (IllegalArgumentException e) {
      throw new KeyException("The " + type + " block is not valid Base64.");
    }
    if (blocks.isEmpty()) {
      throw new KeyException("The " + type + " block is incomplete (no matching END line).");
    }
    return blocks.get(0);
  }

  /** PrivateKeyInfo: version 0, the algorithm, and the algorithm's own key structure. */
  private static byte[] wrap(byte[] algorithm, byte[] key) {
    return Der.sequence(Der.integer(BigInteger.ZERO), algorithm, Der.octets(key));
  }

  /** The named curve in a SEC1 key's {@code [0] parameters}; the JDK needs it in the wrapper. */
  private static String curveOf(byte[] sec1) throws KeyException {
    try {
      for (DerReader.Element part : DerReader.read(sec1).expect(Der.SEQUENCE).children()) {
        if (part.is(0xA0)) {
          return DerReader.read(part.content()).oid();
        }
      }
    } catch (IOException e) {
      throw new KeyException("The EC PRIVATE KEY block is not a valid SEC1 key.");
    }
    throw new KeyException(
        "The EC PRIVATE KEY block does not name its curve; "
            + "convert it to PKCS#8 (openssl pkcs8 -topk8 -nocrypt -in key.pem).");
  }

  private static PrivateKey decode(byte[] pkcs8, String... algorithms) throws KeyException {
    for (String algorithm : algorithms) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      } catch (GeneralSecurityException | RuntimeException e) {
        // try the next algorithm
      }
    }
    throw new KeyException(
        "The private key could not be read (damaged, or an unsupported key type).");
  }
}
