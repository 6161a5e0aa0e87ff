package org.ocspconsole.demo;

import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import org.ocspconsole.pki.IssuedCertificate;

/**
 * TLS server contexts that staple. The JDK reads {@code
 * jdk.tls.server.enableStatusRequestExtension} when a context is made (JDK 11 and later, 17 and 25
 * included) and keeps the value for that context; it is set only while the demo makes its
 * endpoints' contexts, so no other server in the process (the demo's API server) staples, and
 * clients are not concerned at all.
 */
final class StaplingContexts {
  static final String PROPERTY = "jdk.tls.server.enableStatusRequestExtension";

  private StaplingContexts() {}

  static synchronized SSLContext server(IssuedCertificate certificate) {
    String before = System.getProperty(PROPERTY);
    System.setProperty(PROPERTY, "true");
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(new ServerKeys(certificate).keyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the demo endpoint's TLS context could not be made", e);
    } finally {
      if (before == null) {
        System.clearProperty(PROPERTY);
      } else {
        System.setProperty(PROPERTY, before);
      }
    }
  }
}
