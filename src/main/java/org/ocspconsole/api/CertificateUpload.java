package org.ocspconsole.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A certificate and its private key for the cluster, as both replacement calls send them. It holds
 * a private key: {@link #toString()} never shows it, and the client redacts the request body in
 * what it reports.
 *
 * @param name the cluster's name for the certificate, {@code proxy} for the one OCSP covers
 */
public record CertificateUpload(
    @JsonProperty("name") String name,
    @JsonProperty("certificate") String certificate,
    @JsonProperty("key") String key) {

  public static CertificateUpload proxy(String certificatePem, String keyPem) {
    return new CertificateUpload("proxy", certificatePem, keyPem);
  }

  @Override
  public String toString() {
    return "CertificateUpload[" + name + ", key redacted]";
  }
}
