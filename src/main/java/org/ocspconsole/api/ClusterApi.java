package org.ocspconsole.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What the features need from a cluster. {@link ClusterClient} is the HTTP implementation; tests of
 * view-models use an in-memory one, without TLS or a server. Every call returns at once and
 * completes off the FX thread; a failure is an {@link ApiException} with the typed error.
 */
public interface ClusterApi {
  CompletableFuture<OcspConfig> getOcspConfig();

  /** Sends only the fields in the update; answers the cluster's whole object after the change. */
  CompletableFuture<OcspConfig> updateOcspConfig(OcspUpdate update);

  CompletableFuture<OcspStatus> getOcspStatus();

  /** Queries the responder now. */
  CompletableFuture<OcspStatus> testOcspStatus();

  /** The cluster's certificates as PEM (never their private keys). */
  CompletableFuture<ClusterCertificates> getClusterCertificates();

  /** The cluster object: its name and alert settings. */
  CompletableFuture<ClusterInfo> getCluster();

  /** Changes only the given alert settings. */
  CompletableFuture<ClusterInfo> updateAlertSettings(Map<String, Boolean> alerts);

  /** Replaces the proxy certificate; answers which call of the API did it. */
  CompletableFuture<ClusterClient.CertificateApi> replaceCertificate(CertificateUpload upload);

  /** The databases with their endpoints and TLS mode. */
  CompletableFuture<List<Database>> databases();
}
