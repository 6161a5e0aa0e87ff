package org.ocspconsole.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.ocspconsole.api.HttpTime;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.api.OcspStatus.CertState;

/** The demo cluster's OCSP configuration and cached status, behind one lock. */
final class OcspState {
  static final class NoResponderUrl extends Exception {
    private static final long serialVersionUID = 1L;

    NoResponderUrl() {
      super(
          "OCSP cannot be enabled: the proxy certificate has no OCSP responder URL",
          null,
          false,
          false);
    }
  }

  static final class TestFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;

    TestFailure(String code, String message) {
      super(message, null, false, false);
      this.code = code;
    }

    String code() {
      return code;
    }
  }

  private final DemoSwitches switches;
  private OcspConfig config = OcspConfig.defaults();

  /** When the cached answer was polled; its content follows the switches, so demos show at once. */
  private Instant polled;

  OcspState(DemoSwitches switches) {
    this.switches = switches;
    this.polled = Instant.now().minus(Duration.ofMinutes(17));
  }

  synchronized OcspConfig config() {
    return withResponder(config);
  }

  synchronized void set(OcspField field, Object value) {
    config = config.with(field, value);
  }

  synchronized OcspConfig update(Map<OcspField, Object> changes) throws NoResponderUrl {
    if (Boolean.TRUE.equals(changes.get(OcspField.OCSP_FUNCTIONALITY))
        && switches.responderUrl().isEmpty()) {
      throw new NoResponderUrl();
    }
    OcspConfig next = config;
    for (Map.Entry<OcspField, Object> change : changes.entrySet()) {
      next = next.with(change.getKey(), change.getValue());
    }
    config = next;
    return withResponder(config);
  }

  synchronized OcspStatus cachedStatus() {
    return switches.responderUrl().isEmpty() ? emptyStatus() : status(polled);
  }

  /**
   * Queries the simulated responder now; caches the answer when OCSP is on, as the cluster does.
   */
  synchronized OcspStatus test() throws TestFailure {
    if (switches.responderUrl().isEmpty()) {
      throw new TestFailure("no_responder_url", "The proxy certificate has no OCSP responder URL");
    }
    if (switches.testQueuedTooLong() || switches.nextTestQueued()) {
      throw new TestFailure(
          "task_queued_for_too_long", "The OCSP polling task was queued for too long");
    }
    if (switches.invalidOcspResponse()) {
      throw new TestFailure(
          "invalid_ocsp_response", "The OCSP responder's answer could not be parsed");
    }
    Instant now = Instant.now();
    if (Boolean.TRUE.equals(config.ocspFunctionality())) {
      polled = now;
    }
    return status(now);
  }

  private OcspConfig withResponder(OcspConfig value) {
    return new OcspConfig(
        value.ocspFunctionality(),
        value.queryFrequency(),
        value.responseTimeout(),
        value.recoveryFrequency(),
        value.recoveryMaxTries(),
        switches.responderUrl());
  }

  private OcspStatus status(Instant polledAt) {
    CertState state = switches.certState();
    // A stale answer: the last poll that worked was 30 h ago, so next_update has passed.
    Instant produced =
        switches.staleNextUpdate()
            ? polledAt.minus(Duration.ofHours(30))
            : polledAt.minusSeconds(1);
    Instant thisUpdate = produced.minus(Duration.ofMinutes(3));
    return new OcspStatus(
        state.name(),
        switches.responderUrl().isEmpty()
            ? switches.defaultResponderUrl()
            : switches.responderUrl(),
        HttpTime.of(produced),
        HttpTime.of(thisUpdate),
        switches.omitNextUpdate() ? null : HttpTime.of(thisUpdate.plus(Duration.ofHours(24))),
        state == CertState.REVOKED ? HttpTime.of(polledAt.minus(Duration.ofDays(2))) : null);
  }

  private static OcspStatus emptyStatus() {
    return new OcspStatus(null, null, null, null, null, null);
  }
}
