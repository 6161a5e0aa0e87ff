package org.ocspconsole.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * The demo's cluster object ({@code GET /v1/cluster}) and its partial update ({@code PUT
 * /v1/cluster}): only the keys sent change; alert settings are checked key by key and type by type,
 * as the cluster's schema does.
 */
final class ClusterObject {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> WRITABLE = Set.of("alert_settings", "email_alerts");

  private final ObjectNode cluster = NODES.objectNode();

  ClusterObject() {
    cluster.put("name", "demo-cluster.ocsp-console.local");
    cluster.put("created_time", "2024-03-11T09:27:45Z");
    cluster.put("rack_aware", false);
    cluster.put("email_alerts", false);
    cluster.put("cm_port", 8443);
    cluster.put("cnm_https_port", 9443);
    ObjectNode alerts = cluster.putObject("alert_settings");
    threshold(alerts, "cluster_certs_about_to_expire", true, "45");
    alerts.put("cluster_even_node_count", false);
    alerts.put("cluster_flash_overcommit", false);
    alerts.put("cluster_inconsistent_redis_sw", false);
    alerts.put("cluster_node_joined", false);
    alerts.put("cluster_ocsp_query_failed", false);
    alerts.put("cluster_ocsp_status_revoked", false);
    alerts.put("cluster_ram_overcommit", false);
    alerts.put("cluster_too_few_nodes_for_replication", false);
    threshold(alerts, "node_cpu_utilization", true, "80");
    alerts.put("node_failed", true);
    threshold(alerts, "node_memory", true, "70");
    threshold(alerts, "node_persistent_storage", true, "70");
  }

  synchronized JsonNode snapshot() {
    return cluster.deepCopy();
  }

  /** Changes only what the body names; refuses the whole body if any part is wrong. */
  synchronized JsonNode update(JsonNode body) throws OcspSchema.Invalid {
    if (body == null || !body.isObject()) {
      throw new OcspSchema.Invalid("The request body must be a JSON object");
    }
    ObjectNode next = cluster.deepCopy();
    for (Map.Entry<String, JsonNode> entry : body.properties()) {
      String key = entry.getKey();
      if (!WRITABLE.contains(key)) {
        throw new OcspSchema.Invalid(
            cluster.has(key)
                ? "'" + key + "' cannot be changed through the demo cluster"
                : "Additional properties are not allowed ('" + key + "' was unexpected)");
      }
      if (key.equals("email_alerts")) {
        requireBoolean(key, entry.getValue());
        next.set(key, entry.getValue());
      } else {
        mergeAlerts((ObjectNode) next.get("alert_settings"), entry.getValue());
      }
    }
    cluster.setAll(next);
    return cluster.deepCopy();
  }

  private static void mergeAlerts(ObjectNode alerts, JsonNode changes) throws OcspSchema.Invalid {
    if (!changes.isObject()) {
      throw new OcspSchema.Invalid("'alert_settings': " + changes + " is not of type 'object'");
    }
    for (Map.Entry<String, JsonNode> change : changes.properties()) {
      String key = change.getKey();
      JsonNode current = alerts.get(key);
      JsonNode value = change.getValue();
      String where = "alert_settings." + key;
      if (current == null) {
        throw new OcspSchema.Invalid("'alert_settings': '" + key + "' is not a known alert");
      }
      if (current.isBoolean()) {
        requireBoolean(where, value);
        alerts.set(key, value);
        continue;
      }
      if (!value.isObject()) {
        throw new OcspSchema.Invalid("'" + where + "': " + value + " is not of type 'object'");
      }
      ObjectNode merged = ((ObjectNode) current).deepCopy();
      for (Map.Entry<String, JsonNode> part : value.properties()) {
        switch (part.getKey()) {
          case "enabled" -> requireBoolean(where + ".enabled", part.getValue());
          case "threshold" -> {
            if (!part.getValue().isTextual()) {
              throw new OcspSchema.Invalid(
                  "'" + where + ".threshold': " + part.getValue() + " is not of type 'string'");
            }
          }
          default ->
              throw new OcspSchema.Invalid(
                  "Additional properties are not allowed ('"
                      + where
                      + "."
                      + part.getKey()
                      + "' was unexpected)");
        }
        merged.set(part.getKey(), part.getValue());
      }
      alerts.set(key, merged);
    }
  }

  private static void requireBoolean(String where, JsonNode value) throws OcspSchema.Invalid {
    if (!value.isBoolean()) {
      throw new OcspSchema.Invalid("'" + where + "': " + value + " is not of type 'boolean'");
    }
  }

  private static void threshold(ObjectNode alerts, String key, boolean enabled, String threshold) {
    ObjectNode value = alerts.putObject(key);
    value.put("enabled", enabled);
    value.put("threshold", threshold);
  }
}
