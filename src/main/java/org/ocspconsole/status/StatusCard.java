package org.ocspconsole.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.api.OcspStatus.CertState;

/**
 * Everything the status panel shows for one status object, computed once so the view only renders:
 * the badge, the responder, each time, whether the answer is stale, and where it came from.
 *
 * @param raw the cert_status as sent, for a value outside the contract
 * @param note where the answer came from: the cluster's cache, or a query just made
 */
public record StatusCard(
    Badge badge,
    String raw,
    String responder,
    List<TimeReading> times,
    boolean stale,
    String staleText,
    String note) {

  /** The badge: a colour class, a word and an icon, so the colour is never the only signal. */
  public enum Badge {
    GOOD("\u2713", "Good", "The responder says the proxy certificate is valid."),
    REVOKED("\u2715", "Revoked", "The responder says the proxy certificate has been revoked."),
    UNKNOWN("?", "Unknown", "The responder does not know the proxy certificate."),
    NONE("\u2014", "No status", "The cluster has no OCSP answer for the proxy certificate yet."),
    OTHER("!", "Unrecognised", "The cluster sent a certificate status the console does not know.");

    private final String icon;
    private final String word;
    private final String meaning;

    Badge(String icon, String word, String meaning) {
      this.icon = icon;
      this.word = word;
      this.meaning = meaning;
    }

    public String icon() {
      return icon;
    }

    public String word() {
      return word;
    }

    public String meaning() {
      return meaning;
    }
  }

  public StatusCard {
    times = List.copyOf(times);
  }

  public static StatusCard of(OcspStatus status, Instant queriedAt, Instant now, ZoneId zone) {
    Optional<CertState> state = status.state();
    Badge badge =
        state
            .map(s -> Badge.valueOf(s.name()))
            .orElse(
                status.certStatus() == null || status.certStatus().isBlank()
                    ? Badge.NONE
                    : Badge.OTHER);
    List<TimeReading> times = new ArrayList<>();
    times.add(TimeReading.of("Produced at", status.producedAt(), false, now, zone));
    times.add(TimeReading.of("This update", status.thisUpdate(), false, now, zone));
    TimeReading next = TimeReading.of("Next update", status.nextUpdate(), true, now, zone);
    times.add(next);
    if (badge == Badge.REVOKED || status.revocationTime() != null) {
      times.add(TimeReading.of("Revoked at", status.revocationTime(), false, now, zone));
    }
    String staleText =
        next.stale()
            ? "Stale: newer information was expected "
                + next.relative()
                + ". The cluster should have polled the responder again; query it now to check."
            : null;
    String note =
        queriedAt != null
            ? "Just queried the responder (" + RelativeTime.describe(queriedAt, now) + ")."
            : "The cluster's cached answer from its last poll.";
    String responder =
        status.responderUrl() == null || status.responderUrl().isBlank()
            ? TimeReading.NOT_GIVEN
            : status.responderUrl();
    return new StatusCard(
        badge, status.certStatus(), responder, times, next.stale(), staleText, note);
  }
}
