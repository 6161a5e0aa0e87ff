package org.ocspconsole.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspStatus;

/**
 * What one read of one cluster found. The settings decide whether the cluster counts as reachable;
 * the cached status and the proxy certificate are extras whose failure leaves a gap, not a red row.
 *
 * @param config the OCSP settings, or null when they could not be read
 * @param status the cached OCSP status, or null
 * @param proxyNotAfter the proxy certificate's expiry, or null when unknown
 * @param problemKind why the settings could not be read, or null
 * @param problem the same in words, or null
 * @param readAt when the read finished
 */
public record Reading(
    Member member,
    OcspConfig config,
    OcspStatus status,
    Instant proxyNotAfter,
    ApiError.Kind problemKind,
    String problem,
    Instant readAt) {

  /** A proxy certificate expiring sooner than this is a problem worth a place at the top. */
  public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

  static Reading failed(Member member, ApiError error, Instant at) {
    return new Reading(member, null, null, null, error.kind(), error.message(), at);
  }

  public boolean reachable() {
    return config != null;
  }

  /** Whole days until the proxy certificate expires (negative once expired), when known. */
  public Optional<Long> proxyDaysLeft(Instant now) {
    return Optional.ofNullable(proxyNotAfter)
        .map(end -> Math.floorDiv(Duration.between(now, end).toSeconds(), 86_400L));
  }

  /**
   * What needs the administrator's eye, most serious first; empty when all is well. The table puts
   * rows with problems first and the command line exits non-zero on them.
   */
  public List<String> problems(Instant now) {
    List<String> found = new ArrayList<>();
    if (!reachable()) {
      found.add(problem == null ? "not read" : problem);
      return found;
    }
    if (status != null && status.state().orElse(null) == OcspStatus.CertState.REVOKED) {
      found.add("the proxy certificate is REVOKED");
    }
    if (Boolean.TRUE.equals(config.ocspFunctionality()) && !config.hasResponderUrl()) {
      found.add("OCSP is on but the proxy certificate has no responder URL");
    }
    if (proxyNotAfter != null
        && Duration.between(now, proxyNotAfter).compareTo(EXPIRY_WARNING) < 0) {
      found.add(
          proxyNotAfter.isBefore(now)
              ? "the proxy certificate has expired"
              : "the proxy certificate expires within " + EXPIRY_WARNING.toDays() + " days");
    }
    if (Boolean.TRUE.equals(config.ocspFunctionality())
        && status != null
        && status.nextUpdate() != null
        && status.nextUpdate().value().map(next -> next.isBefore(now)).orElse(false)) {
      found.add("the cached status is past its next_update");
    }
    return found;
  }
}
