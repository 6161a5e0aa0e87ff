package org.ocspconsole.connection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.IssuedCertificate;
import org.ocspconsole.pki.Pem;

/** Certificates and files for the trust cases. */
final class TestPki {
  private TestPki() {}

  static IssuedCertificate ca() throws Exception {
    return CertificateBuilder.create().subject("CN=Test cluster CA").certificateAuthority().build();
  }

  static IssuedCertificate server(IssuedCertificate ca, String... dnsNames) throws Exception {
    CertificateBuilder builder =
        CertificateBuilder.create().subject("CN=cluster.test").issuedBy(ca);
    if (dnsNames.length == 0) {
      builder.dnsNames("localhost").ipAddresses("127.0.0.1");
    } else {
      builder.dnsNames(dnsNames);
    }
    return builder.build();
  }

  static IssuedCertificate expired(IssuedCertificate ca) throws Exception {
    Instant now = Instant.now();
    return CertificateBuilder.create()
        .subject("CN=cluster.test")
        .issuedBy(ca)
        .ipAddresses("127.0.0.1")
        .validity(now.minus(30, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS))
        .build();
  }

  static IssuedCertificate selfSigned() throws Exception {
    return CertificateBuilder.create()
        .subject("CN=renewed.cluster.test")
        .ipAddresses("127.0.0.1")
        .build();
  }

  /** What a cluster whose self-signed API certificate was never renewed presents. */
  static IssuedCertificate expiredSelfSigned() throws Exception {
    Instant now = Instant.now();
    return CertificateBuilder.create()
        .subject("CN=expired.cluster.test")
        .ipAddresses("127.0.0.1")
        .validity(now.minus(400, ChronoUnit.DAYS), now.minus(35, ChronoUnit.DAYS))
        .build();
  }

  static Path pem(Path dir, IssuedCertificate cert) throws Exception {
    Path file = dir.resolve("ca.pem");
    Files.writeString(file, Pem.certificates(cert.certificate()));
    return file;
  }

  /** A client certificate for {@code user}, as a PKCS#12 file protected by {@code password}. */
  static Path pkcs12(Path dir, IssuedCertificate ca, String user, char[] password)
      throws Exception {
    IssuedCertificate client =
        CertificateBuilder.create()
            .subject("CN=" + user)
            .clientAuthentication()
            .issuedBy(ca)
            .build();
    Path file = dir.resolve("client.p12");
    client.writePkcs12(file, password);
    return file;
  }
}
