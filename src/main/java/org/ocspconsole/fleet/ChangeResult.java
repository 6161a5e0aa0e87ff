package org.ocspconsole.fleet;

import org.ocspconsole.api.OcspConfig;

/**
 * How applying a change went on one cluster.
 *
 * @param after the cluster's whole settings as its PUT answered, or as re-read; null when unknown
 */
public record ChangeResult(Member member, Outcome outcome, String detail, OcspConfig after) {

  public enum Outcome {
    /** Sent, and the cluster answered with the new settings. */
    APPLIED,
    /** The cluster already had every chosen value: nothing was sent. */
    UNCHANGED,
    /** The cluster changed since the review: reported, nothing sent. */
    CONFLICT,
    /** A local rule or the responder-URL precondition stopped it: nothing sent. */
    REFUSED,
    /** The re-read or the PUT failed (unreachable, 401, the cluster's own refusal). */
    FAILED;

    /** Whether trying again may help: a failure, or a conflict after a fresh review. */
    public boolean retryable() {
      return this == FAILED || this == CONFLICT;
    }
  }
}
