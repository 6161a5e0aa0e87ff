package org.ocspconsole.stapling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.ServerDate;
import org.ocspconsole.pki.OcspReading;

/**
 * What the settings and the observed answers mean for the age of what clients receive: how old a
 * staple may get, whether the poll interval fits the answers' validity, what a failed poll costs,
 * and how far the three clocks (this workstation, the cluster, the responder) disagree. Advice
 * only: it never blocks a save.
 */
public final class StalenessBudget {
  /** Beyond this, a clock difference is worth a warning: clients judge validity by their clock. */
  static final Duration SKEW_WARNING = Duration.ofMinutes(1);

  private StalenessBudget() {}

  /**
   * @param config the cluster's settings, or null when unknown
   * @param answer an answer seen (the responder's now, else a staple), or null
   * @param responderLatency how long the responder took from here, or null
   * @param responderReceivedAt when its answer arrived here, or null
   * @param clusterDate the cluster's Date header, or null
   */
  public static List<String> describe(
      OcspConfig config,
      OcspReading answer,
      Duration responderLatency,
      Instant responderReceivedAt,
      ServerDate clusterDate) {
    List<String> lines = new ArrayList<>();
    Integer query = config == null ? null : config.queryFrequency();
    Integer recovery = config == null ? null : config.recoveryFrequency();
    Integer tries = config == null ? null : config.recoveryMaxTries();
    Integer timeout = config == null ? null : config.responseTimeout();
    Duration lag =
        answer == null || answer.producedAt() == null || answer.thisUpdate() == null
            ? Duration.ZERO
            : Duration.between(answer.thisUpdate(), answer.producedAt()).abs();
    if (query != null) {
      Duration q = Duration.ofSeconds(query);
      lines.add(
          "While every poll succeeds, a client may receive a staple up to about "
              + Ages.of(q.plus(lag))
              + " old (the poll interval, query_frequency "
              + Ages.of(q)
              + (lag.isZero()
                  ? ""
                  : ", plus the " + Ages.of(lag) + " the responder's answers are old when made")
              + ").");
      if (recovery != null && tries != null) {
        Duration retrying = Duration.ofSeconds((long) recovery * tries);
        lines.add(
            "A failed poll costs up to "
                + Ages.of(retrying)
                + " of retries (every "
                + Ages.of(Duration.ofSeconds(recovery))
                + ", "
                + tries
                + (tries == 1 ? " try" : " tries")
                + "), so a staple can reach "
                + Ages.of(q.plus(lag).plus(retrying))
                + " before the cluster gives up; then the reference pages say the cached status is"
                + " invalidated (no staple at all), the OpenAPI description that polling returns to"
                + " every "
                + Ages.of(q)
                + ".");
      }
    }
    validity(lines, answer, query);
    latency(lines, responderLatency, timeout);
    clocks(lines, answer, responderReceivedAt, clusterDate);
    return lines;
  }

  private static void validity(List<String> lines, OcspReading answer, Integer query) {
    if (answer == null || answer.responseStatus() != OcspReading.ResponseStatus.SUCCESSFUL) {
      lines.add("No answer was seen, so the responder's validity period is not known.");
      return;
    }
    if (answer.nextUpdate() == null) {
      lines.add(
          "Warning: the answers carry no nextUpdate. Strict clients treat such a staple as"
              + " expired; the others have no limit at all, so the budget cannot be checked.");
      return;
    }
    Duration validity = answer.validity().orElseThrow();
    if (query == null) {
      lines.add("Answers are valid for " + Ages.of(validity) + ".");
      return;
    }
    Duration q = Duration.ofSeconds(query);
    if (q.compareTo(validity) < 0) {
      lines.add(
          "Answers are valid for "
              + Ages.of(validity)
              + "; query_frequency ("
              + Ages.of(q)
              + ") is shorter, so each staple is replaced well before it expires. A responder"
              + " outage of up to about "
              + Ages.of(validity.minus(q))
              + " goes unnoticed by clients; a longer one lets their staples expire.");
    } else {
      lines.add(
          "Warning: answers are valid for "
              + Ages.of(validity)
              + " but query_frequency is "
              + Ages.of(q)
              + ": staples expire before the next poll, and clients receive expired staples for"
              + " up to "
              + Ages.of(q.minus(validity))
              + " of every interval. Lower query_frequency below "
              + Ages.of(validity)
              + ".");
    }
  }

  private static void latency(List<String> lines, Duration latency, Integer timeout) {
    if (latency == null || timeout == null) {
      return;
    }
    Duration limit = Duration.ofSeconds(timeout);
    if (latency.compareTo(limit) > 0) {
      lines.add(
          "Warning: the responder took "
              + Ages.millis(latency)
              + " from here, more than the cluster waits (response_timeout "
              + Ages.of(limit)
              + "): if the cluster sees the same, its polls fail.");
    } else {
      lines.add(
          "The responder answered here in "
              + Ages.millis(latency)
              + "; the cluster waits at most "
              + Ages.of(limit)
              + " (response_timeout).");
    }
  }

  private static void clocks(
      List<String> lines, OcspReading answer, Instant receivedAt, ServerDate clusterDate) {
    if (clusterDate != null) {
      Duration skew = clusterDate.skew();
      lines.add(
          skew.abs().compareTo(Duration.ofSeconds(2)) <= 0
              ? "The cluster's clock agrees with this workstation's (HTTP Date header, to within"
                  + " a second or two)."
              : (skew.abs().compareTo(SKEW_WARNING) > 0 ? "Warning: the" : "The")
                  + " cluster's clock is "
                  + Ages.of(skew)
                  + (skew.isNegative() ? " behind" : " ahead of")
                  + " this workstation's (HTTP Date header).");
    }
    if (answer != null && receivedAt != null && answer.producedAt() != null) {
      if (answer.nonce() != OcspReading.NonceCheck.ECHOED) {
        lines.add(
            "The responder's clock cannot be compared: its answer did not echo the nonce, so it"
                + " may have been made earlier.");
        return;
      }
      Duration skew = Duration.between(receivedAt, answer.producedAt());
      lines.add(
          skew.abs().compareTo(Duration.ofSeconds(2)) <= 0
              ? "The responder's clock agrees with this workstation's (producedAt of an answer made"
                  + " for this request)."
              : (skew.abs().compareTo(SKEW_WARNING) > 0 ? "Warning: the" : "The")
                  + " responder's clock is "
                  + Ages.of(skew)
                  + (skew.isNegative() ? " behind" : " ahead of")
                  + " this workstation's (producedAt of an answer made for this request).");
    }
  }
}
