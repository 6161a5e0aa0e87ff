package org.ocspconsole.testing;

import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.TrustSettings;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.DemoUser;
import org.ocspconsole.session.Session;

/** Sessions on a demo cluster, as the console makes them: pinned to the demo's certificate. */
public final class DemoSessions {
  private DemoSessions() {}

  public static Session admin(DemoCluster cluster) {
    return as(cluster, cluster.admin());
  }

  public static Session as(DemoCluster cluster, DemoUser user) {
    return with(cluster, user.name(), user.password());
  }

  public static Session with(DemoCluster cluster, String user, String password) {
    try {
      return new Session(
          "demo under test",
          true,
          ClusterClient.create(
              ClusterConnection.of(
                  cluster.baseUri(),
                  new Credentials.Basic(user, password.toCharArray()),
                  TrustSettings.pinned(cluster.fingerprint()))));
    } catch (ApiException e) {
      throw new IllegalStateException(e);
    }
  }
}
