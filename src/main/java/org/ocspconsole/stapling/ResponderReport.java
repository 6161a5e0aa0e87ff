package org.ocspconsole.stapling;

import java.time.Duration;
import java.util.List;
import org.ocspconsole.pki.OcspReading;

/**
 * The responder, asked from this workstation about the proxy certificate.
 *
 * @param url the responder URL asked, or null when there is none
 * @param httpStatus the HTTP status, 0 when no answer came
 * @param latency from sending the request to the whole answer, or null without an answer
 * @param receivedAt when the answer arrived, or null
 * @param reading the answer as read and checked, or null
 * @param summary one sentence for the row: "GOOD in 35 ms, signed by the issuer, nonce echoed"
 * @param ok whether the answer is usable (successful, trustworthy, within its validity)
 * @param detail the lines of the detail pane
 */
public record ResponderReport(
    String url,
    int httpStatus,
    Duration latency,
    java.time.Instant receivedAt,
    OcspReading reading,
    String summary,
    boolean ok,
    List<String> detail) {

  public ResponderReport {
    detail = List.copyOf(detail);
  }

  static ResponderReport failed(
      String url, int status, Duration latency, String summary, List<String> detail) {
    return new ResponderReport(url, status, latency, null, null, summary, false, detail);
  }
}
