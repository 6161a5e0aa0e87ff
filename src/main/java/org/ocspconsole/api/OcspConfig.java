package org.ocspconsole.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumMap;
import java.util.Map;

/**
 * The cluster's OCSP configuration ({@code GET /v1/ocsp}). A field the server did not send is
 * {@code null}: absent, never silently 0 or false. Unknown fields from newer clusters are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OcspConfig(
    @JsonProperty("ocsp_functionality") Boolean ocspFunctionality,
    @JsonProperty("query_frequency") Integer queryFrequency,
    @JsonProperty("response_timeout") Integer responseTimeout,
    @JsonProperty("recovery_frequency") Integer recoveryFrequency,
    @JsonProperty("recovery_max_tries") Integer recoveryMaxTries,
    @JsonProperty("responder_url") String responderUrl) {

  /** What a freshly installed cluster answers. */
  public static OcspConfig defaults() {
    return new OcspConfig(false, 3600, 1, 60, 5, "");
  }

  /** Whether the proxy certificate carries an OCSP URL ({@code ""} and absent both mean none). */
  @JsonIgnore
  public boolean hasResponderUrl() {
    return responderUrl != null && !responderUrl.isBlank();
  }

  public Object get(OcspField field) {
    return switch (field) {
      case OCSP_FUNCTIONALITY -> ocspFunctionality;
      case QUERY_FREQUENCY -> queryFrequency;
      case RESPONSE_TIMEOUT -> responseTimeout;
      case RECOVERY_FREQUENCY -> recoveryFrequency;
      case RECOVERY_MAX_TRIES -> recoveryMaxTries;
    };
  }

  /** A copy with one writable field replaced. */
  public OcspConfig with(OcspField field, Object value) {
    Map<OcspField, Object> values = writableValues();
    values.put(field, field.type().cast(value));
    return new OcspConfig(
        (Boolean) values.get(OcspField.OCSP_FUNCTIONALITY),
        (Integer) values.get(OcspField.QUERY_FREQUENCY),
        (Integer) values.get(OcspField.RESPONSE_TIMEOUT),
        (Integer) values.get(OcspField.RECOVERY_FREQUENCY),
        (Integer) values.get(OcspField.RECOVERY_MAX_TRIES),
        responderUrl);
  }

  /** The writable fields that are present. */
  @JsonIgnore
  public Map<OcspField, Object> writableValues() {
    Map<OcspField, Object> values = new EnumMap<>(OcspField.class);
    for (OcspField field : OcspField.values()) {
      if (get(field) != null) {
        values.put(field, get(field));
      }
    }
    return values;
  }
}
