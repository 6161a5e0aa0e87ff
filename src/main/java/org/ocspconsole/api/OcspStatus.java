package org.ocspconsole.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Optional;

/**
 * The OCSP status of the proxy certificate ({@code GET /v1/ocsp/status}, {@code POST
 * /v1/ocsp/test}). Every field is a string and any may be missing ({@code null}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OcspStatus(
    @JsonProperty("cert_status") String certStatus,
    @JsonProperty("responder_url") String responderUrl,
    @JsonProperty("produced_at") HttpTime producedAt,
    @JsonProperty("this_update") HttpTime thisUpdate,
    @JsonProperty("next_update") HttpTime nextUpdate,
    @JsonProperty("revocation_time") HttpTime revocationTime) {

  /** The certificate states the contract names. */
  public enum CertState {
    GOOD,
    REVOKED,
    UNKNOWN
  }

  /** The state, when the server sent one of the documented values (case-insensitive). */
  @JsonIgnore
  public Optional<CertState> state() {
    if (certStatus == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(CertState.valueOf(certStatus.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
