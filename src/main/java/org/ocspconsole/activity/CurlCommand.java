package org.ocspconsole.activity;

import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.Exchange;
import org.ocspconsole.api.TrustSettings;

/**
 * The curl command equivalent to one request. It never holds a password: with {@code -u user} curl
 * asks for it, and certificate files are named, not embedded.
 */
public final class CurlCommand {
  private CurlCommand() {}

  public static String of(Exchange exchange, ClusterConnection connection) {
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
      // curl cannot pin a certificate fingerprint; the cluster's certificate saved as PEM does it.
      out.append(" --cacert cluster-certificate.pem");
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

  /** Single-quoted for POSIX shells. */
  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
