package org.ocspconsole.api;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.ocspconsole.api.ApiError.Kind;
import org.ocspconsole.pki.Fingerprints;

/** The trust managers behind {@link TrustSettings}. Both verify; neither can be told not to. */
final class TrustManagers {
  private TrustManagers() {}

  static TrustManager forSettings(TrustSettings settings) throws GeneralSecurityException {
    if (settings instanceof TrustSettings.PinnedCertificate pinned) {
      return new Pinning(pinned.sha256());
    }
    KeyStore anchors = null;
    if (settings instanceof TrustSettings.CaCertificates cas) {
      anchors = KeyStore.getInstance(KeyStore.getDefaultType());
      try {
        anchors.load(null, null);
      } catch (java.io.IOException e) {
        throw new GeneralSecurityException("empty key store", e);
      }
      int i = 0;
      for (X509Certificate ca : cas.certificates()) {
        anchors.setCertificateEntry("ca-" + i++, ca);
      }
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(anchors);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509ExtendedTrustManager pkix) {
        return new Verifying(pkix);
      }
    }
    throw new GeneralSecurityException("no X509ExtendedTrustManager available");
  }

  /** The certificate a pinning trust manager accepted last; empty for any other. */
  static Optional<X509Certificate> pinnedCertificate(TrustManager manager) {
    return manager instanceof Pinning pinning
        ? Optional.ofNullable(pinning.accepted)
        : Optional.empty();
  }

  /** The client side of a console that accepts no connections: every client check refuses. */
  private abstract static class ServerOnly extends X509ExtendedTrustManager {
    @Override
    public final void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine e)
        throws CertificateException {
      checkClientTrusted(chain, authType);
    }

    @Override
    public final void checkClientTrusted(X509Certificate[] chain, String authType, Socket s)
        throws CertificateException {
      checkClientTrusted(chain, authType);
    }

    @Override
    public final void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("the console does not accept client connections");
    }
  }

  /**
   * The JDK's PKIX checks, run in two steps so that the user is told which one failed: first the
   * chain (untrusted, expired), then the host name the connection was made to.
   */
  private static final class Verifying extends ServerOnly {
    /** The host-name step: the JDK's check against the engine's or socket's peer host. */
    private interface HostCheck {
      void run() throws CertificateException;
    }

    private final X509ExtendedTrustManager pkix;

    Verifying(X509ExtendedTrustManager pkix) {
      this.pkix = pkix;
    }

    private void verify(X509Certificate[] chain, String authType, HostCheck host)
        throws CertificateException {
      try {
        pkix.checkServerTrusted(chain, authType);
      } catch (CertificateException e) {
        throw new CertificateTrustException(Kind.UNTRUSTED_CERTIFICATE, chain, null, e);
      }
      try {
        host.run();
      } catch (CertificateException e) {
        throw new CertificateTrustException(Kind.HOSTNAME_MISMATCH, chain, null, e);
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      verify(chain, authType, () -> pkix.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      verify(chain, authType, () -> pkix.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      // Without a connection there is no host name to check, so refuse rather than skip it.
      throw new CertificateException("server certificates are checked only with a connection");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return pkix.getAcceptedIssuers();
    }
  }

  /**
   * Accepts exactly the certificate with the pinned SHA-256 fingerprint, while it is within its
   * validity dates, and nothing else.
   */
  private static final class Pinning extends ServerOnly {
    private final String sha256;

    /** The pinned certificate as last presented and accepted, for describing the connection. */
    private volatile X509Certificate accepted;

    Pinning(String sha256) {
      this.sha256 = sha256;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      if (chain == null || chain.length == 0) {
        throw new CertificateException("the server presented no certificate");
      }
      if (!Fingerprints.sha256(chain[0]).equals(sha256)) {
        throw new CertificateTrustException(Kind.PIN_MISMATCH, chain, sha256, null);
      }
      try {
        chain[0].checkValidity(new Date());
      } catch (CertificateException e) {
        throw new CertificateTrustException(Kind.UNTRUSTED_CERTIFICATE, chain, sha256, e);
      }
      accepted = chain[0];
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
