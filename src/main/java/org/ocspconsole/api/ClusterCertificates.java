package org.ocspconsole.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster's certificates as PEM ({@code GET /v1/cluster/certificates}): an object mapping names
 * such as {@code api_cert} and {@code proxy_cert} to PEM text. Unknown names and values that are
 * not strings (some versions add other fields) are tolerated and left out.
 */
public record ClusterCertificates(Map<String, String> pems) {
  public static final String PROXY = "proxy_cert";

  public ClusterCertificates {
    pems = Map.copyOf(pems);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ClusterCertificates fromJson(Map<String, JsonNode> json) {
    Map<String, String> pems = new LinkedHashMap<>();
    json.forEach(
        (name, value) -> {
          if (value != null && value.isTextual()) {
            pems.put(name, value.textValue());
          }
        });
    return new ClusterCertificates(pems);
  }

  /** The proxy certificate (with its chain, when the cluster keeps one); OCSP concerns this one. */
  public Optional<String> proxy() {
    return Optional.ofNullable(pems.get(PROXY)).filter(pem -> !pem.isBlank());
  }
}
