package org.ocspconsole.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.CertificateUpload;
import org.ocspconsole.api.ClusterApi;
import org.ocspconsole.api.ClusterCertificates;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterInfo;
import org.ocspconsole.api.Database;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.api.OcspUpdate;
import org.ocspconsole.session.Session;

/**
 * A cluster in memory, for view-model tests: no server, no TLS, answers at once. Each call is
 * recorded by name ("getCluster", "updateAlertSettings {…}"); a call can be made to fail with a
 * typed error, once or for good, or held until the test lets it answer.
 */
public final class FakeCluster implements ClusterApi {
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final Map<String, ApiError> refusals = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Void>> gates = new ConcurrentHashMap<>();
  private final Map<String, Boolean> alerts = new ConcurrentHashMap<>();
  private volatile OcspConfig config = OcspConfig.defaults();
  private volatile OcspStatus status;
  private volatile Map<String, String> pems = Map.of();

  public FakeCluster() {
    alerts.put(ClusterInfo.ALERT_OCSP_QUERY_FAILED, false);
    alerts.put(ClusterInfo.ALERT_OCSP_STATUS_REVOKED, false);
  }

  /** A session over this cluster, as the features see it. */
  public Session session() {
    return Session.over("Fake cluster", this);
  }

  /** Every call so far, in order. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  public FakeCluster config(OcspConfig value) {
    config = value;
    return this;
  }

  public OcspConfig config() {
    return config;
  }

  public FakeCluster status(OcspStatus value) {
    status = value;
    return this;
  }

  public FakeCluster certificates(Map<String, String> value) {
    pems = Map.copyOf(value);
    return this;
  }

  public Map<String, Boolean> alerts() {
    return Map.copyOf(alerts);
  }

  /** Removes the alert settings, as a cluster before OCSP support answers. */
  public FakeCluster noAlerts() {
    alerts.clear();
    return this;
  }

  /** Every later call named {@code call} fails with {@code error}. */
  public FakeCluster refuse(String call, ApiError error) {
    refusals.put(call, error);
    return this;
  }

  /** Calls named {@code call} answer again. */
  public FakeCluster allow(String call) {
    refusals.remove(call);
    return this;
  }

  /** A 403 for {@code call}, naming the permission it needs. */
  public static ApiError forbidden(String permission) {
    return new ApiError(
        ApiError.Kind.FORBIDDEN,
        403,
        null,
        "This user lacks the " + permission + " permission (403).",
        null,
        permission,
        null,
        null,
        null);
  }

  /** A 503, as a node that is restarting answers. */
  public static ApiError unavailable() {
    return new ApiError(
        ApiError.Kind.UNAVAILABLE,
        503,
        null,
        "The cluster is not available (503).",
        null,
        null,
        null,
        null,
        null);
  }

  /** A 404 for a call this cluster does not offer. */
  public static ApiError notFound() {
    return new ApiError(
        ApiError.Kind.NOT_FOUND, 404, null, "Not found (404).", null, null, null, null, null);
  }

  /** Calls named {@code call} wait until the returned future is completed. */
  public CompletableFuture<Void> hold(String call) {
    return gates.computeIfAbsent(call, c -> new CompletableFuture<>());
  }

  private <T> CompletableFuture<T> answer(String call, String detail, Supplier<T> value) {
    calls.add(detail == null ? call : call + " " + detail);
    CompletableFuture<Void> gate =
        gates.getOrDefault(call, CompletableFuture.completedFuture(null));
    CompletableFuture<T> result = new CompletableFuture<>();
    gate.whenComplete(
        (ok, failure) -> {
          ApiError refused = refusals.get(call);
          if (refused != null) {
            result.completeExceptionally(new ApiException(refused));
          } else {
            result.complete(value.get());
          }
        });
    // Cancelling the caller's future cancels nothing more here: nothing was sent.
    return result;
  }

  @Override
  public CompletableFuture<OcspConfig> getOcspConfig() {
    return answer("getOcspConfig", null, () -> config);
  }

  @Override
  public CompletableFuture<OcspConfig> updateOcspConfig(OcspUpdate update) {
    return answer(
        "updateOcspConfig",
        update.body().toString(),
        () -> {
          Map<OcspField, Object> values = new LinkedHashMap<>();
          for (OcspField field : OcspField.values()) {
            values.put(field, config.get(field));
          }
          values.putAll(update.changes());
          config =
              new OcspConfig(
                  (Boolean) values.get(OcspField.OCSP_FUNCTIONALITY),
                  (Integer) values.get(OcspField.QUERY_FREQUENCY),
                  (Integer) values.get(OcspField.RESPONSE_TIMEOUT),
                  (Integer) values.get(OcspField.RECOVERY_FREQUENCY),
                  (Integer) values.get(OcspField.RECOVERY_MAX_TRIES),
                  config.responderUrl());
          return config;
        });
  }

  @Override
  public CompletableFuture<OcspStatus> getOcspStatus() {
    return answer("getOcspStatus", null, () -> status);
  }

  @Override
  public CompletableFuture<OcspStatus> testOcspStatus() {
    return answer("testOcspStatus", null, () -> status);
  }

  @Override
  public CompletableFuture<ClusterCertificates> getClusterCertificates() {
    return answer("getClusterCertificates", null, () -> new ClusterCertificates(pems));
  }

  @Override
  public CompletableFuture<ClusterInfo> getCluster() {
    return answer("getCluster", null, this::clusterInfo);
  }

  @Override
  public CompletableFuture<ClusterInfo> updateAlertSettings(Map<String, Boolean> changes) {
    return answer(
        "updateAlertSettings",
        new java.util.TreeMap<>(changes).toString(),
        () -> {
          alerts.putAll(changes);
          return clusterInfo();
        });
  }

  private ClusterInfo clusterInfo() {
    Map<String, JsonNode> settings = new LinkedHashMap<>();
    alerts.forEach((key, on) -> settings.put(key, BooleanNode.valueOf(on)));
    return new ClusterInfo("fake-cluster", settings);
  }

  @Override
  public CompletableFuture<ClusterClient.CertificateApi> replaceCertificate(
      CertificateUpload upload) {
    return answer("replaceCertificate", null, () -> ClusterClient.CertificateApi.CERTIFICATES);
  }

  @Override
  public CompletableFuture<List<Database>> databases() {
    return answer("databases", null, List::of);
  }
}
