package org.ocspconsole.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;

/**
 * The OCSP settings of a Redis Enterprise operator cluster resource: {@code spec.ocspConfiguration}
 * with its camelCase fields, as the console's operator export writes it, or inside a whole {@code
 * RedisEnterpriseCluster} (its other keys are not ours and are left alone). A class of its own so
 * that the YAML parser is loaded only when such a file is read. SnakeYAML, under Jackson, reads the
 * text as events into a tree of plain values: no object of the file's choosing is ever built.
 */
final class OperatorYaml {
  private static final ObjectMapper MAPPER = new YAMLMapper();

  private OperatorYaml() {}

  static OcspSettingsFile.Read read(byte[] bytes) {
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      return OcspSettingsFile.failed(
          "It is neither JSON nor YAML"
              + (where != null && where.getLineNr() > 0 ? " (line " + where.getLineNr() + ")" : "")
              + ".");
    } catch (IOException e) {
      return OcspSettingsFile.failed("It is neither JSON nor YAML.");
    }
    JsonNode settings =
        root == null
            ? null
            : root.path("spec").has("ocspConfiguration")
                ? root.path("spec").path("ocspConfiguration")
                : root.path("ocspConfiguration");
    if (settings == null || !settings.isObject()) {
      return OcspSettingsFile.failed(
          "It must be a JSON object of settings, e.g. {\"query_frequency\": 3600}, or the"
              + " operator's YAML with spec.ocspConfiguration, as exported.");
    }
    return OcspSettingsFile.settings(settings, true);
  }
}
