package org.ocspconsole.testing;

import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.profiles.Profile;

/** Profiles of a demo cluster under test, as a user saves them: its admin, with a password. */
public final class DemoProfiles {
  private DemoProfiles() {}

  /** Pinned to the demo's own certificate, as after "Trust this certificate". */
  public static Profile pinned(DemoCluster cluster, String name) {
    return admin(cluster, name, Profile.Trust.PINNED, null, cluster.fingerprint());
  }

  /** Trusting the system's CAs, which do not know the demo's certificate. */
  public static Profile systemTrust(DemoCluster cluster, String name) {
    return admin(cluster, name, Profile.Trust.SYSTEM, null, null);
  }

  public static Profile admin(
      DemoCluster cluster, String name, Profile.Trust trust, String caFile, String pin) {
    return new Profile(
        null,
        name,
        cluster.baseUri().toString(),
        cluster.admin().name(),
        Profile.Auth.BASIC,
        null,
        trust,
        caFile,
        pin);
  }
}
