package org.ocspconsole.demo;

import java.util.Set;

/** A user of the demo cluster and the OCSP permissions of its role. */
public record DemoUser(String name, String password, String role, Set<String> permissions) {
  static final Set<String> ADMIN_PERMISSIONS =
      Set.of(
          "view_ocsp_config",
          "config_ocsp",
          "view_ocsp_status",
          "test_ocsp_status",
          "view_cluster_info",
          "update_cluster",
          "view_all_bdbs_info");

  public boolean may(String permission) {
    return permissions.contains(permission);
  }

  @Override
  public String toString() {
    return "DemoUser[" + name + ", " + role + "]";
  }
}
