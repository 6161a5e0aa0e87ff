package org.ocspconsole.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.ocspconsole.pki.Fingerprints;
import org.ocspconsole.pki.Pem;

/**
 * Which server certificates the console trusts. There is deliberately no "trust everything"
 * variant: a self-signed cluster is trusted by pinning its certificate after the user saw it.
 */
public sealed interface TrustSettings {

  /** The operating system's / JDK's trusted CAs, with host-name verification. */
  record SystemCas() implements TrustSettings {}

  /** Only these CAs (or self-signed certificates), with host-name verification. */
  record CaCertificates(List<X509Certificate> certificates, String source)
      implements TrustSettings {
    public CaCertificates {
      certificates = List.copyOf(certificates);
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException("a CA file must hold at least one certificate");
      }
    }

    @Override
    public String toString() {
      return "CaCertificates[" + source + ", " + certificates.size() + " certificate(s)]";
    }
  }

  /**
   * Exactly one certificate, identified by its SHA-256 fingerprint. The host name is not checked:
   * the pin is the identity (clusters are often reached by an address their certificate does not
   * name), and no other certificate, however it is signed, is accepted.
   */
  record PinnedCertificate(String sha256) implements TrustSettings {
    public PinnedCertificate {
      sha256 = Fingerprints.normalize(sha256);
    }
  }

  static TrustSettings system() {
    return new SystemCas();
  }

  static TrustSettings pinned(String sha256) {
    return new PinnedCertificate(sha256);
  }

  static TrustSettings caFile(Path file) throws ApiException {
    try {
      String text = Files.readString(file, StandardCharsets.US_ASCII);
      return new CaCertificates(Pem.readCertificates(text), file.toString());
    } catch (IOException e) {
      throw new ApiException(
          ApiError.transport(
              ApiError.Kind.LOCAL, "The CA file " + file + " cannot be read: " + e.getMessage()));
    } catch (CertificateException | IllegalArgumentException e) {
      throw new ApiException(
          ApiError.transport(
              ApiError.Kind.LOCAL,
              "The CA file " + file + " holds no readable PEM certificate: " + e.getMessage()));
    }
  }
}
