package org.ocspconsole.activity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.Exchange;
import org.ocspconsole.api.TrustSettings;

/**
 * The curl command equivalent to one request. It never holds a password: with {@code -u user} curl
 * asks for it, and certificate files are named, not embedded. It checks the server as the console
 * does, as far as curl can: see {@link #trustNote}.
 */
public final class CurlCommand {
  /** Stands in for the key hash while the pinned certificate has not been seen in a handshake. */
  static final String UNKNOWN_KEY = "sha256//<base64 of the SHA-256 of the pinned key>";

  private CurlCommand() {}

  /**
   * @param pinned for a pinned connection, the pinned certificate as the server presented it
   */
  public static String of(
      Exchange exchange, ClusterConnection connection, Optional<X509Certificate> pinned) {
    StringBuilder out = new StringBuilder("curl --fail-with-body -sS");
    if (!exchange.method().equals("GET")) {
      out.append(" -X ").append(exchange.method());
    }
    out.append(" -H 'Accept: application/json'");
    if (!exchange.method().equals("GET")) {
      out.append(" -H 'Content-Type: application/json'");
    }
    if (connection.credentials() instanceof Credentials.Basic basic) {
      out.append(" -u ").append(quote(basic.user()));
    } else if (connection.credentials() instanceof Credentials.ClientCertificate client) {
      out.append(" --cert-type P12 --cert ").append(quote(client.pkcs12().toString()));
    }
    TrustSettings trust = connection.trust();
    if (trust instanceof TrustSettings.CaCertificates cas) {
      out.append(" --cacert ").append(quote(cas.source()));
    } else if (trust instanceof TrustSettings.PinnedCertificate) {
      // The console accepts exactly the pinned certificate and checks no host name. --cacert would
      // add a host-name check; --pinnedpubkey checks the key whatever -k turns off (curl's docs:
      // "If you turn off [peer verification] then the peer is still verified by public key"), and
      // -k turns off the chain and host-name checks that a pin replaces.
      out.append(" -k --pinnedpubkey ")
          .append(quote(pinned.map(CurlCommand::keyPin).orElse(UNKNOWN_KEY)));
    }
    if (Exchange.REDACTED_KEY.equals(exchange.requestBody())) {
      // The body held a private key: the command names a file the user writes instead.
      out.append(" -d @request-with-key.json");
    } else if (exchange.requestBody() != null) {
      out.append(" -d ").append(quote(exchange.requestBody()));
    }
    out.append(' ').append(quote(exchange.uri().toString()));
    return out.toString();
  }

  /**
   * How the command's checks of the server compare with the console's, for its tooltip: short, so
   * the tooltip of a button at the bottom of the screen fits.
   */
  public static String trustNote(ClusterConnection connection) {
    TrustSettings trust = connection.trust();
    String password =
        connection.credentials() instanceof Credentials.Basic
            ? " The password is never copied: curl asks for it."
            : "";
    if (trust instanceof TrustSettings.PinnedCertificate) {
      return "Copies the request as a curl command. It checks the pinned key (--pinnedpubkey, kept"
          + " with -k) and no host name, as the console does; but curl accepts another"
          + " certificate with the same key and ignores the dates."
          + password;
    }
    if (trust instanceof TrustSettings.CaCertificates) {
      return "Copies the request as a curl command. It checks the chain up to the chosen CA file"
          + " (--cacert) and the host name, as the console does."
          + password;
    }
    return "Copies the request as a curl command. It checks the system's CAs and the host name, as"
        + " the console does."
        + password;
  }

  /** curl's pin: "sha256//" and the base64 SHA-256 of the DER SubjectPublicKeyInfo. */
  static String keyPin(X509Certificate certificate) {
    try {
      byte[] spki = certificate.getPublicKey().getEncoded();
      return "sha256//"
          + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** Single-quoted for POSIX shells. */
  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
