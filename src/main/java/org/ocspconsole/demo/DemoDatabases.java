package org.ocspconsole.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's database objects as {@code GET /v1/bdbs} has them (the BDB object of the REST
 * reference), with the fields that make asking for everything a mistake: the database passwords.
 */
final class DemoDatabases {
  /** Made once per run, fake, and never a real secret: it shows who asks for more than needed. */
  private static final String FAKE_PASSWORD = "demo-" + UUID.randomUUID();

  private DemoDatabases() {}

  static String fakePassword() {
    return FAKE_PASSWORD;
  }

  static Map<String, Object> full(int uid, String name, boolean tls, int port) {
    Map<String, Object> endpoint = new LinkedHashMap<>();
    endpoint.put("uid", uid + ":1");
    endpoint.put("dns_name", "redis-" + port + Stapling.DNS_SUFFIX);
    endpoint.put("addr", List.of("127.0.0.1"));
    endpoint.put("addr_type", "external");
    endpoint.put("port", port);
    endpoint.put("proxy_policy", "single");
    endpoint.put("oss_cluster_api_preferred_ip_type", "internal");

    Map<String, Object> bdb = new LinkedHashMap<>();
    bdb.put("uid", uid);
    bdb.put("name", name);
    bdb.put("type", "redis");
    bdb.put("status", "active");
    bdb.put("version", "7.4.2");
    bdb.put("memory_size", 1_073_741_824L);
    bdb.put("port", port);
    bdb.put("tls_mode", tls ? "enabled" : "disabled");
    bdb.put("ssl", tls);
    bdb.put("authentication_redis_pass", FAKE_PASSWORD);
    bdb.put("authentication_admin_pass", FAKE_PASSWORD);
    bdb.put("endpoints", List.of(endpoint));
    return bdb;
  }
}
