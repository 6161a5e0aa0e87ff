package org.ocspconsole.api;

import java.time.Duration;
import java.time.Instant;

/**
 * The cluster's clock as its last answer stated it (the HTTP {@code Date} header), with when the
 * answer arrived here: the difference is the clock skew, to within a second and the round trip.
 */
public record ServerDate(Instant date, Instant receivedAt) {

  /** Positive when the cluster's clock is ahead of this workstation's. */
  public Duration skew() {
    return Duration.between(receivedAt, date);
  }
}
