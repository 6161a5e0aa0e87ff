package org.ocspconsole.api;

import java.net.URI;
import java.time.Duration;

/**
 * Everything needed to talk to one cluster.
 *
 * @param baseUri {@code https://host:port}, as {@link ClusterAddress#parse} makes it
 * @param connectTimeout how long to wait for the TCP and TLS connection
 * @param requestTimeout how long one ordinary call may take
 * @param testTimeout how long {@code POST /v1/ocsp/test} may take: it queries the responder live
 */
public record ClusterConnection(
    URI baseUri,
    Credentials credentials,
    TrustSettings trust,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration testTimeout) {

  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
  public static final Duration TEST_TIMEOUT = Duration.ofSeconds(60);

  public static ClusterConnection of(URI baseUri, Credentials credentials, TrustSettings trust) {
    return new ClusterConnection(
        baseUri, credentials, trust, CONNECT_TIMEOUT, REQUEST_TIMEOUT, TEST_TIMEOUT);
  }

  public ClusterConnection withTimeouts(Duration connect, Duration request, Duration test) {
    return new ClusterConnection(baseUri, credentials, trust, connect, request, test);
  }

  public ClusterConnection withCredentials(Credentials newCredentials) {
    return new ClusterConnection(
        baseUri, newCredentials, trust, connectTimeout, requestTimeout, testTimeout);
  }

  public ClusterConnection withTrust(TrustSettings newTrust) {
    return new ClusterConnection(
        baseUri, credentials, newTrust, connectTimeout, requestTimeout, testTimeout);
  }
}
