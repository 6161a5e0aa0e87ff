package org.ocspconsole.stapling;

import java.security.cert.X509Certificate;
import java.util.List;
import org.ocspconsole.api.Database;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.api.ServerDate;

/**
 * What the cluster's API says, read once per check. Each part may be missing on its own, with the
 * reason in words (most often a permission this user lacks).
 *
 * @param proxyChain the proxy certificate first, then whatever chain the cluster keeps with it
 */
public record ClusterView(
    OcspConfig config,
    String configProblem,
    OcspStatus cached,
    String cachedProblem,
    List<X509Certificate> proxyChain,
    String proxyProblem,
    List<Database> databases,
    String databasesProblem,
    ServerDate serverDate) {

  public ClusterView {
    proxyChain = proxyChain == null ? List.of() : List.copyOf(proxyChain);
    databases = databases == null ? List.of() : List.copyOf(databases);
  }

  /** No cluster at all: only typed addresses are checked. */
  public static ClusterView none() {
    String why = "not connected to a cluster";
    return new ClusterView(null, why, null, why, List.of(), why, List.of(), why, null);
  }

  public X509Certificate proxy() {
    return proxyChain.isEmpty() ? null : proxyChain.get(0);
  }

  /** Whether the settings say stapling is on; null when they could not be read. */
  public Boolean ocspOn() {
    return config == null ? null : config.ocspFunctionality();
  }
}
