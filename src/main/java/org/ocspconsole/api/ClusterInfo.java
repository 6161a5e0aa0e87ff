package org.ocspconsole.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of the cluster object ({@code GET /v1/cluster}) the console uses: its name and its
 * alert settings. Alert values differ in shape (booleans, or objects with a threshold), so they are
 * kept as JSON and read per key.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClusterInfo(
    @JsonProperty("name") String name,
    @JsonProperty("alert_settings") Map<String, JsonNode> alertSettings) {

  /** Raised when polling the OCSP responder fails. */
  public static final String ALERT_OCSP_QUERY_FAILED = "cluster_ocsp_query_failed";

  /** Raised when the responder reports the proxy certificate revoked. */
  public static final String ALERT_OCSP_STATUS_REVOKED = "cluster_ocsp_status_revoked";

  public ClusterInfo {
    alertSettings = alertSettings == null ? Map.of() : Map.copyOf(alertSettings);
  }

  /** A boolean alert setting; empty when the cluster does not have it or it is not a boolean. */
  public Optional<Boolean> booleanAlert(String key) {
    JsonNode value = alertSettings.get(key);
    return value != null && value.isBoolean()
        ? Optional.of(value.booleanValue())
        : Optional.empty();
  }
}
