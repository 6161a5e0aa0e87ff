package org.ocspconsole.demo;

/** The REST calls the demo serves, with the permission each needs. */
enum Route {
  GET_OCSP("GET", "/v1/ocsp", "view_ocsp_config", true),
  PUT_OCSP("PUT", "/v1/ocsp", "config_ocsp", true),
  GET_STATUS("GET", "/v1/ocsp/status", "view_ocsp_status", true),
  POST_TEST("POST", "/v1/ocsp/test", "test_ocsp_status", true),
  GET_CERTIFICATES("GET", "/v1/cluster/certificates", "view_cluster_info", false),
  PUT_CERTIFICATES("PUT", "/v1/cluster/certificates", "update_cluster", false),
  PUT_UPDATE_CERT("PUT", "/v1/cluster/update_cert", "update_cluster", false),
  GET_CLUSTER("GET", "/v1/cluster", "view_cluster_info", false),
  PUT_CLUSTER("PUT", "/v1/cluster", "update_cluster", false),
  GET_BDBS("GET", "/v1/bdbs", "view_all_bdbs_info", false);

  private final String method;
  private final String path;
  private final String permission;
  private final boolean ocsp;

  Route(String method, String path, String permission, boolean ocsp) {
    this.method = method;
    this.path = path;
    this.permission = permission;
    this.ocsp = ocsp;
  }

  String permission() {
    return permission;
  }

  boolean ocsp() {
    return ocsp;
  }

  static Route find(String method, String path) {
    String normalized = normalize(path);
    for (Route route : values()) {
      if (route.method.equals(method) && route.path.equals(normalized)) {
        return route;
      }
    }
    return null;
  }

  static boolean knownPath(String path) {
    return !allowedMethods(path).isEmpty();
  }

  /** The methods a path answers, for the {@code Allow} header of a 405: "GET, PUT". */
  static String allowedMethods(String path) {
    String normalized = normalize(path);
    StringBuilder methods = new StringBuilder();
    for (Route route : values()) {
      if (route.path.equals(normalized)) {
        methods.append(methods.length() == 0 ? "" : ", ").append(route.method);
      }
    }
    return methods.toString();
  }

  private static String normalize(String path) {
    return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
  }
}
