package org.ocspconsole.stapling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocspconsole.api.HttpTime;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.pki.AuthorityInfoAccess;
import org.ocspconsole.pki.OcspReading;

/**
 * The cluster's cached status, the responder now and what clients receive, side by side, and the
 * differences between them in words.
 */
public final class ThreeViews {
  /** Staples produced more than this apart are different answers, not one seen twice. */
  private static final Duration SAME_ANSWER = Duration.ofSeconds(2);

  private ThreeViews() {}

  /** One line per view. */
  public static List<String> views(
      ClusterView cluster, ResponderReport responder, List<EndpointReport> endpoints, Instant now) {
    List<String> lines = new ArrayList<>();
    lines.add("The cluster's cached status: " + cached(cluster, now) + ".");
    lines.add(
        "The responder now: "
            + (responder == null ? "not asked" : responder.summary())
            + (responder != null
                    && responder.reading() != null
                    && responder.reading().producedAt() != null
                ? ", produced " + Ages.relative(responder.reading().producedAt(), now)
                : "")
            + ".");
    lines.add("What clients receive: " + received(endpoints, now) + ".");
    return lines;
  }

  /** The differences, in words; empty when the three agree. */
  public static List<String> differences(
      ClusterView cluster, ResponderReport responder, List<EndpointReport> endpoints, Instant now) {
    List<String> lines = new ArrayList<>();
    List<EndpointReport> tls = endpoints.stream().filter(e -> e.handshake() != null).toList();
    List<OcspReading> staples =
        tls.stream()
            .map(EndpointReport::staple)
            .filter(s -> s != null && s.producedAt() != null)
            .toList();
    long reached = tls.stream().filter(e -> e.handshake().certificateSeen()).count();
    if (Boolean.FALSE.equals(cluster.ocspOn())) {
      lines.add(
          "OCSP stapling is off in the cluster's settings: clients receive no staple, whatever"
              + " the responder says.");
    } else if (reached > 0 && staples.isEmpty()) {
      lines.add(
          "No endpoint staples although "
              + (Boolean.TRUE.equals(cluster.ocspOn()) ? "OCSP stapling is on" : "it was asked to")
              + ": clients get no certificate status from the cluster"
              + (noResponderUrl(tls)
                  ? ", and cannot: the served certificate names no OCSP responder."
                  : "."));
    }
    long other = tls.stream().filter(e -> Boolean.FALSE.equals(e.proxyMatch())).count();
    if (other > 0) {
      lines.add(
          other
              + " of "
              + reached
              + " endpoints serve another certificate than the proxy certificate: the cluster's"
              + " OCSP settings and cached status cover the proxy certificate only.");
    }
    OcspReading fresh = responder == null ? null : responder.reading();
    OcspReading newest = newest(staples);
    if (newest != null && fresh != null && fresh.certStatus() != null) {
      if (newest.certStatus() != null && fresh.certStatus() != newest.certStatus()) {
        lines.add(
            "The responder now says "
                + fresh.certStatus()
                + ", but clients still receive "
                + newest.certStatus()
                + " staples: they learn of it only after the cluster's next successful poll.");
      }
      Duration age = Duration.between(newest.producedAt(), now);
      Integer query = cluster.config() == null ? null : cluster.config().queryFrequency();
      boolean overdue =
          query != null && age.compareTo(Duration.ofSeconds(query).plusMinutes(5)) > 0;
      if (newest.expiredAt(now) || overdue) {
        lines.add(
            "The cluster still serves a staple produced "
                + Ages.of(age)
                + " ago; the responder has a newer one"
                + (overdue
                    ? " (the cluster polls every " + Ages.of(Duration.ofSeconds(query)) + ")"
                    : "")
                + ".");
      }
    }
    if (responder != null && fresh == null && newest != null && !newest.expiredAt(now)) {
      lines.add(
          "The responder cannot be asked from this workstation ("
              + responder.summary()
              + "), but the staples are valid: the cluster reached it when it last polled.");
    }
    OcspStatus cached = cluster.cached();
    Instant cachedProduced = cached == null ? null : instant(cached.producedAt());
    if (cachedProduced != null
        && newest != null
        && Duration.between(cachedProduced, newest.producedAt()).abs().compareTo(SAME_ANSWER) > 0) {
      lines.add(
          "The staples are not the cluster's cached answer: that one was produced "
              + Ages.relative(cachedProduced, now)
              + ", the staples "
              + Ages.relative(newest.producedAt(), now)
              + ".");
    }
    Map<String, Integer> kinds = new LinkedHashMap<>();
    for (EndpointReport report : tls) {
      if (report.handshake().certificateSeen()) {
        kinds.merge(kind(report, now), 1, Integer::sum);
      }
    }
    if (kinds.size() > 1) {
      List<String> parts = new ArrayList<>();
      kinds.forEach((kind, count) -> parts.add(count + " with " + kind));
      lines.add("The endpoints disagree: " + String.join(", ", parts) + ".");
    }
    return lines;
  }

  private static String kind(EndpointReport report, Instant now) {
    OcspReading staple = report.staple();
    if (staple == null || staple.producedAt() == null) {
      return "no staple";
    }
    return "a "
        + staple.certStatus()
        + " staple produced "
        + Ages.relative(staple.producedAt(), now);
  }

  private static OcspReading newest(List<OcspReading> staples) {
    OcspReading newest = null;
    for (OcspReading staple : staples) {
      if (newest == null || staple.producedAt().isAfter(newest.producedAt())) {
        newest = staple;
      }
    }
    return newest;
  }

  /** Whether the certificates the endpoints serve carry no OCSP URL at all. */
  private static boolean noResponderUrl(List<EndpointReport> tls) {
    return tls.stream()
        .filter(e -> e.handshake().certificateSeen())
        .allMatch(e -> AuthorityInfoAccess.firstOcspUrl(e.handshake().chain().get(0)).isEmpty());
  }

  private static String cached(ClusterView cluster, Instant now) {
    OcspStatus cached = cluster.cached();
    if (cached == null) {
      return "not available (" + cluster.cachedProblem() + ")";
    }
    if (cached.certStatus() == null) {
      return "none (the cluster has not polled the responder)";
    }
    Instant produced = instant(cached.producedAt());
    Instant next = instant(cached.nextUpdate());
    return cached.certStatus()
        + (produced != null ? ", produced " + Ages.relative(produced, now) : "")
        + (next != null ? ", next update " + Ages.relative(next, now) : ", no next update");
  }

  private static String received(List<EndpointReport> endpoints, Instant now) {
    List<EndpointReport> tls = endpoints.stream().filter(e -> e.handshake() != null).toList();
    if (tls.isEmpty()) {
      return "no TLS endpoint was checked";
    }
    Map<String, Integer> kinds = new LinkedHashMap<>();
    for (EndpointReport report : tls) {
      String kind =
          report.handshake().certificateSeen() ? kind(report, now) : report.verdict().words();
      kinds.merge(kind, 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    kinds.forEach((kind, count) -> parts.add(kind + " on " + count + " of " + tls.size()));
    return String.join("; ", parts);
  }

  private static Instant instant(HttpTime time) {
    return time == null ? null : time.value().orElse(null);
  }
}
