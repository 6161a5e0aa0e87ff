package org.ocspconsole.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * The server-side check of the two certificate replacement bodies: {@code PUT
 * /v1/cluster/certificates} ({@code {"certificates":[{name, certificate, key}]}}) and the older
 * {@code PUT /v1/cluster/update_cert} ({@code {name, certificate, key}}).
 */
final class CertificateRequests {
  /** One certificate to install. */
  record Upload(String name, String certificate, String key) {
    @Override
    public String toString() {
      return "Upload[" + name + "]";
    }
  }

  private static final Set<String> FIELDS = Set.of("name", "certificate", "key");

  private CertificateRequests() {}

  static Upload fromCertificates(JsonNode body) throws OcspSchema.Invalid {
    if (body == null || !body.isObject()) {
      throw new OcspSchema.Invalid("The request body must be a JSON object");
    }
    for (Map.Entry<String, JsonNode> entry : body.properties()) {
      if (!entry.getKey().equals("certificates")) {
        throw new OcspSchema.Invalid(
            "Additional properties are not allowed ('" + entry.getKey() + "' was unexpected)");
      }
    }
    JsonNode list = body.get("certificates");
    if (list == null || !list.isArray()) {
      throw new OcspSchema.Invalid("'certificates' is a required property of type 'array'");
    }
    if (list.size() != 1) {
      throw new OcspSchema.Invalid(
          "'certificates': the demo cluster replaces one certificate per call");
    }
    return upload(list.get(0), "certificates[0].");
  }

  static Upload fromUpdateCert(JsonNode body) throws OcspSchema.Invalid {
    return upload(body, "");
  }

  private static Upload upload(JsonNode item, String where) throws OcspSchema.Invalid {
    if (item == null || !item.isObject()) {
      throw new OcspSchema.Invalid("'" + where + "' must be a JSON object");
    }
    for (Map.Entry<String, JsonNode> entry : item.properties()) {
      if (!FIELDS.contains(entry.getKey())) {
        throw new OcspSchema.Invalid(
            "Additional properties are not allowed ('"
                + where
                + entry.getKey()
                + "' was unexpected)");
      }
    }
    String name = text(item, where, "name");
    if (!name.equals("proxy")) {
      throw new OcspSchema.Invalid(
          "'"
              + where
              + "name': '"
              + name
              + "' is not supported by the demo cluster; it replaces only 'proxy'");
    }
    return new Upload(name, text(item, where, "certificate"), text(item, where, "key"));
  }

  private static String text(JsonNode item, String where, String field) throws OcspSchema.Invalid {
    JsonNode value = item.get(field);
    if (value == null) {
      throw new OcspSchema.Invalid("'" + where + field + "' is a required property");
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      // The value itself may be a key: never echo it.
      throw new OcspSchema.Invalid("'" + where + field + "' must be a non-empty string");
    }
    return value.textValue();
  }
}
