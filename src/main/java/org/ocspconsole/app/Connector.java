package org.ocspconsole.app;

import java.io.IOException;
import java.net.URI;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterAddress;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.TrustSettings;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.session.Session;

/** Turns command-line options into what the console connects to. Runs off the FX thread. */
final class Connector {
  private Connector() {}

  /** The built-in demo cluster, trusted by pinning the certificate it just made. */
  static Session demo(DemoCluster cluster) throws ApiException {
    ClusterConnection connection =
        ClusterConnection.of(
            cluster.baseUri(),
            new Credentials.Basic(cluster.admin().name(), cluster.admin().password().toCharArray()),
            TrustSettings.pinned(cluster.fingerprint()));
    return new Session("Built-in demo cluster", true, ClusterClient.create(connection));
  }

  /**
   * A cluster named on the command line, as a profile that is never saved: the same connection flow
   * (trust dialog, password prompt) applies, and a trust decision lasts for this run only.
   */
  static Profile commandLineProfile(CommandLine options) throws ApiException {
    URI uri;
    try {
      uri = ClusterAddress.parse(options.cluster());
    } catch (IllegalArgumentException e) {
      throw new ApiException(ApiError.transport(ApiError.Kind.LOCAL, e.getMessage()));
    }
    boolean certificate = options.clientCert() != null;
    Profile.Trust trust =
        options.caFile() != null
            ? Profile.Trust.CA_FILE
            : options.pinSha256() != null ? Profile.Trust.PINNED : Profile.Trust.SYSTEM;
    Profile profile =
        new Profile(
            null,
            uri.getHost() + ":" + uri.getPort(),
            uri.toString(),
            certificate ? null : options.user(),
            certificate ? Profile.Auth.CLIENT_CERTIFICATE : Profile.Auth.BASIC,
            certificate ? options.clientCert().toString() : null,
            trust,
            options.caFile() == null ? null : options.caFile().toString(),
            options.pinSha256());
    profile.trustSettings(); // reports an unreadable CA file or a malformed pin before any window
    // waits
    return profile;
  }

  /** The password from the environment for this kind of login, or null to ask for it. */
  static char[] givenPassword(CommandLine options) {
    String value = options.clientCert() != null ? options.clientCertPassword() : options.password();
    return value == null || value.isEmpty() ? null : value.toCharArray();
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
