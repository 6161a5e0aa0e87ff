package org.ocspconsole.stapling;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Records the server's chain and stapled responses while the handshake runs, from the handshake
 * session: there they are available before any client certificate is asked for.
 *
 * <p>It lets the handshake finish whatever the certificate is, because the question is what the
 * endpoint serves, not whether to talk to it: a probe's connection never carries a byte of
 * application data (no credential, no command) and is closed right after. It must never be used for
 * a connection that does.
 */
final class CapturingTrustManager extends X509ExtendedTrustManager {
  private volatile List<X509Certificate> chain = List.of();
  private volatile List<byte[]> staples = List.of();

  List<X509Certificate> chain() {
    return chain;
  }

  List<byte[]> staples() {
    return staples;
  }

  @Override
  public void checkServerTrusted(X509Certificate[] served, String authType, Socket socket) {
    capture(served, socket instanceof SSLSocket tls ? tls.getHandshakeSession() : null);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] served, String authType, SSLEngine engine) {
    capture(served, engine == null ? null : engine.getHandshakeSession());
  }

  @Override
  public void checkServerTrusted(X509Certificate[] served, String authType) {
    capture(served, null);
  }

  private void capture(X509Certificate[] served, SSLSession session) {
    chain = served == null ? List.of() : List.of(served);
    if (session instanceof ExtendedSSLSession extended) {
      staples = List.copyOf(extended.getStatusResponses());
    }
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    throw new CertificateException("a staple probe is never a server");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    throw new CertificateException("a staple probe is never a server");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("a staple probe is never a server");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
