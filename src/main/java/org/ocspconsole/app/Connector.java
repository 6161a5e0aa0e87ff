package org.ocspconsole.app;

import java.io.IOException;
import java.nio.file.Files;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterAddress;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.TrustSettings;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.session.Session;

/** Turns command-line options into a {@link Session}. Runs off the FX thread: it may start a server. */
final class Connector {
  private Connector() {}

  /** The built-in demo cluster, trusted by pinning the certificate it just made. */
  static Session demo(DemoCluster cluster) throws ApiException {
    ClusterConnection connection = ClusterConnection.of(cluster.baseUri(),
        new Credentials.Basic(cluster.admin().name(), cluster.admin().password().toCharArray()),
        TrustSettings.pinned(cluster.fingerprint()));
    return new Session("Built-in demo cluster", true, ClusterClient.create(connection));
  }

  /** A cluster named on the command line; {@code password} may be empty (asked for later). */
  static Session cluster(CommandLine options, char[] password) throws ApiException {
    java.net.URI uri;
    try {
      uri = ClusterAddress.parse(options.cluster());
    } catch (IllegalArgumentException e) {
      throw new ApiException(org.ocspconsole.api.ApiError.transport(
          org.ocspconsole.api.ApiError.Kind.LOCAL, e.getMessage()));
    }
    TrustSettings trust = options.caFile() != null ? TrustSettings.caFile(options.caFile())
        : options.pinSha256() != null ? pinned(options.pinSha256()) : TrustSettings.system();
    Credentials credentials;
    if (options.clientCert() != null) {
      if (!Files.isReadable(options.clientCert())) {
        throw new ApiException(org.ocspconsole.api.ApiError.transport(org.ocspconsole.api.ApiError.Kind.LOCAL,
            "The client certificate " + options.clientCert() + " cannot be read."));
      }
      String secret = options.clientCertPassword();
      credentials = new Credentials.ClientCertificate(options.clientCert(),
          secret == null ? new char[0] : secret.toCharArray());
    } else {
      credentials = new Credentials.Basic(options.user(), password);
    }
    return new Session(uri.getHost() + ":" + uri.getPort(), false,
        ClusterClient.create(ClusterConnection.of(uri, credentials, trust)));
  }

  private static TrustSettings pinned(String pin) throws ApiException {
    try {
      return TrustSettings.pinned(pin);
    } catch (IllegalArgumentException e) {
      throw new ApiException(org.ocspconsole.api.ApiError.transport(
          org.ocspconsole.api.ApiError.Kind.LOCAL, "--pin-sha256: " + e.getMessage()));
    }
  }

  static DemoCluster startDemo() throws IOException {
    DemoCluster cluster = DemoCluster.start();
    String latency = System.getProperty("ocspconsole.demo.latencyMs");
    if (latency != null) {
      cluster.switches().latency(java.time.Duration.ofMillis(Long.parseLong(latency)));
    }
    return cluster;
  }
}
