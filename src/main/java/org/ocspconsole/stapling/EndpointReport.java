package org.ocspconsole.stapling;

import java.util.List;
import org.ocspconsole.pki.OcspReading;

/**
 * Everything learnt about one endpoint, with the row's verdict and the detail in words.
 *
 * @param staple the stapled answer as read and checked, or null when none came
 * @param servedSerial the served certificate's serial in hex, or null
 * @param servedFingerprint its SHA-256 fingerprint, or null
 * @param proxyMatch whether it is the cluster's proxy certificate; null when that is unknown
 * @param findings every verdict that applies, most important first
 * @param detail the lines of the detail pane
 */
public record EndpointReport(
    Target target,
    Handshake handshake,
    OcspReading staple,
    String servedSerial,
    String servedFingerprint,
    Boolean proxyMatch,
    List<Verdict> findings,
    List<String> detail) {

  public EndpointReport {
    findings = List.copyOf(findings);
    detail = List.copyOf(detail);
  }

  /** The row's verdict: the most important finding. */
  public Verdict verdict() {
    return findings.get(0);
  }
}
