package org.ocspconsole.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * A database as far as a staple check needs it ({@code GET /v1/bdbs?fields=uid,name,tls_mode,
 * endpoints}): its endpoints and whether clients reach them over TLS. Any other field of the BDB
 * object, database passwords first, is never asked for and, should a server send it anyway, never
 * read into this record.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Database(
    @JsonProperty("uid") Integer uid,
    @JsonProperty("name") String name,
    @JsonProperty("tls_mode") String tlsMode,
    @JsonProperty("endpoints") List<Endpoint> endpoints) {

  /** The top-level fields asked for: endpoints cannot be narrowed further by the API. */
  public static final String FIELDS = "uid,name,tls_mode,endpoints";

  public Database {
    endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
  }

  /**
   * Whether clients connect with TLS: {@code enabled}. {@code replica_ssl} encrypts replication
   * only and {@code disabled} nothing; an absent or unknown mode is tried as TLS.
   */
  public boolean clientTls() {
    if (tlsMode == null) {
      return true;
    }
    String mode = tlsMode.trim().toLowerCase(Locale.ROOT);
    return !mode.equals("disabled") && !mode.equals("replica_ssl");
  }

  /**
   * An endpoint of the database.
   *
   * @param dnsName the name clients connect to
   * @param addr the endpoint's addresses
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Endpoint(
      @JsonProperty("dns_name") String dnsName,
      @JsonProperty("addr") List<String> addr,
      @JsonProperty("port") Integer port) {

    public Endpoint {
      addr = addr == null ? List.of() : List.copyOf(addr);
    }
  }
}
