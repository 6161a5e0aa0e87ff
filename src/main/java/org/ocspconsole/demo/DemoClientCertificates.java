package org.ocspconsole.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.IssuedCertificate;
import org.ocspconsole.pki.Pem;

/** The standalone demo's extra modes: mTLS with a client certificate, and a certificate renewal. */
final class DemoClientCertificates {
  private DemoClientCertificates() {}

  /** Turns on mTLS only; writes the admin's client certificate; returns the PKCS#12 password. */
  static String enable(DemoCluster.Builder builder, Path p12) throws IOException {
    try {
      IssuedCertificate ca =
          CertificateBuilder.create()
              .subject("CN=OCSP Console demo client CA")
              .certificateAuthority()
              .build();
      IssuedCertificate client =
          CertificateBuilder.create()
              .subject("CN=" + DemoCluster.ADMIN_USER)
              .clientAuthentication()
              .issuedBy(ca)
              .build();
      byte[] random = new byte[9];
      new SecureRandom().nextBytes(random);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      client.writePkcs12(p12, password.toCharArray());
      builder.clientCertificateAuthority(ca.certificate()).basicAuth(false);
      return password;
    } catch (GeneralSecurityException e) {
      throw new IOException("the client certificate could not be made", e);
    }
  }

  /** Replaces the served certificate after {@code delay}, printing the new fingerprint. */
  static void rotateLater(DemoCluster cluster, Duration delay, Path certOut) {
    Thread thread =
        new Thread(
            () -> {
              try {
                Thread.sleep(delay.toMillis());
                IssuedCertificate renewed =
                    CertificateBuilder.create()
                        .subject(
                            "CN=demo-cluster.ocsp-console.local,O=OCSP Console demo cluster (renewed)")
                        .dnsNames("demo-cluster.ocsp-console.local", "localhost")
                        .ipAddresses("127.0.0.1", "::1")
                        .build();
                cluster.replaceCertificate(renewed);
                Files.writeString(certOut, Pem.certificates(renewed.certificate()));
                System.out.println("Certificate replaced: sha256 " + cluster.fingerprint());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (GeneralSecurityException | IOException e) {
                System.err.println("The certificate could not be replaced: " + e.getMessage());
              }
            },
            "demo-rotate");
    thread.setDaemon(true);
    thread.start();
  }
}
