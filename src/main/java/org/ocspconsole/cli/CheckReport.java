package org.ocspconsole.cli;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.stapling.EndpointReport;
import org.ocspconsole.stapling.ResponderReport;
import org.ocspconsole.stapling.Severity;
import org.ocspconsole.stapling.Verdict;

/**
 * What {@code check} found, judged against the thresholds: one state, the findings in words (the
 * worst first) and the figures for performance data and metrics. Plain data in, plain data out.
 */
final class CheckReport {
  /** One thing found, with the state it counts as. */
  record Finding(State state, String text) {}

  /** What was read; a part that could not be read is null with its problem in words. */
  record Readings(
      OcspConfig config,
      OcspStatus status,
      String statusProblem,
      X509Certificate proxy,
      String proxyProblem,
      List<EndpointReport> endpoints,
      String endpointsProblem,
      ResponderReport responder) {}

  private final String cluster;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Number> figures = new LinkedHashMap<>();
  private State state = State.OK;
  private Boolean ocspOn;
  private String certStatus;

  private CheckReport(String cluster) {
    this.cluster = cluster;
  }

  static CheckReport judge(String cluster, Readings read, Thresholds limits, Instant now) {
    CheckReport report = new CheckReport(cluster);
    report.settings(read.config(), limits);
    report.status(read, limits, now);
    report.certificate(read, limits, now);
    report.endpoints(read, limits);
    return report;
  }

  /** The cluster could not be asked at all. */
  static CheckReport unknown(String cluster, String why) {
    CheckReport report = new CheckReport(cluster);
    report.add(State.UNKNOWN, why);
    return report;
  }

  private void settings(OcspConfig config, Thresholds limits) {
    ocspOn = config.ocspFunctionality();
    figures.put("ocsp_enabled", Boolean.TRUE.equals(ocspOn) ? 1 : 0);
    if (!Boolean.TRUE.equals(ocspOn)) {
      add(limits.ocspOff, "OCSP stapling is off");
    } else if (!config.hasResponderUrl()) {
      add(State.CRITICAL, "OCSP is on but the proxy certificate names no responder URL");
    } else {
      add(State.OK, "OCSP on");
    }
  }

  private void status(Readings read, Thresholds limits, Instant now) {
    if (read.status() == null) {
      if (Boolean.TRUE.equals(ocspOn)) {
        add(State.UNKNOWN, "cached status not read: " + read.statusProblem());
      }
      return;
    }
    OcspStatus status = read.status();
    certStatus = status.state().map(Enum::name).orElse(status.certStatus());
    if (!Boolean.TRUE.equals(ocspOn)) {
      return; // a status kept from before OCSP was turned off says nothing now
    }
    if (status.state().isEmpty()) {
      add(
          State.WARNING,
          status.certStatus() == null
              ? "no cached OCSP status yet"
              : "cached status \u201c" + status.certStatus() + "\u201d is not GOOD");
    } else if (status.state().get() != OcspStatus.CertState.GOOD) {
      add(State.CRITICAL, "cached status " + certStatus);
    } else {
      add(State.OK, "cached status GOOD");
    }
    Instant next = status.nextUpdate() == null ? null : status.nextUpdate().value().orElse(null);
    if (next == null) {
      add(State.OK, "no next_update in the cached answer");
      return;
    }
    long minutes = Duration.between(now, next).toMinutes();
    figures.put("next_update_seconds", Duration.between(now, next).getSeconds());
    String when =
        next.isBefore(now)
            ? "next_update passed " + Words.duration(Duration.between(next, now)) + " ago"
            : "next_update in " + Words.duration(Duration.between(now, next));
    if (next.isBefore(now) || minutes < limits.critNextUpdateMinutes) {
      add(State.CRITICAL, when);
    } else if (minutes < limits.warnNextUpdateMinutes) {
      add(State.WARNING, when);
    } else {
      add(State.OK, when);
    }
  }

  private void certificate(Readings read, Thresholds limits, Instant now) {
    if (read.proxy() == null) {
      add(State.UNKNOWN, "proxy certificate not read: " + read.proxyProblem());
      return;
    }
    Instant end = read.proxy().getNotAfter().toInstant();
    long days = Duration.between(now, end).toDays();
    figures.put("proxy_cert_expiry_seconds", Duration.between(now, end).getSeconds());
    if (end.isBefore(now)) {
      add(
          State.CRITICAL,
          "proxy certificate expired " + Words.duration(Duration.between(end, now)) + " ago");
    } else if (days < limits.critDays) {
      add(
          State.CRITICAL,
          "proxy certificate expires in " + Words.duration(Duration.between(now, end)));
    } else if (days < limits.warnDays) {
      add(
          State.WARNING,
          "proxy certificate expires in " + Words.duration(Duration.between(now, end)));
    } else {
      add(State.OK, "proxy certificate valid " + days + " d");
    }
  }

  private void endpoints(Readings read, Thresholds limits) {
    if (read.endpointsProblem() != null) {
      add(State.UNKNOWN, "endpoints not checked: " + read.endpointsProblem());
    }
    if (read.endpoints() == null) {
      return;
    }
    int tls = 0;
    int stapled = 0;
    // One finding per verdict: "3 endpoints: REVOKED" rather than the same words three times.
    Map<Verdict, List<String>> byVerdict = new java.util.EnumMap<>(Verdict.class);
    for (EndpointReport endpoint : read.endpoints()) {
      Verdict verdict = endpoint.verdict();
      if (verdict == Verdict.NOT_TLS) {
        continue;
      }
      tls++;
      if (endpoint.staple() != null) {
        stapled++;
      }
      byVerdict.computeIfAbsent(verdict, v -> new ArrayList<>()).add(endpoint.target().label());
    }
    int endpoints = tls;
    byVerdict.forEach(
        (verdict, labels) -> {
          State counted = counted(verdict, limits);
          if (counted != State.OK) {
            add(
                counted,
                (labels.size() == 1
                        ? labels.get(0)
                        : labels.size()
                            + (labels.size() == endpoints ? "/" + endpoints : "")
                            + " endpoints")
                    + ": "
                    + verdict.words());
          }
        });
    figures.put("endpoints", tls);
    figures.put("endpoints_stapled", stapled);
    if (Boolean.TRUE.equals(ocspOn)) {
      add(State.OK, stapled + "/" + tls + " endpoints stapled");
      ResponderReport responder = read.responder();
      if (responder != null && !responder.ok()) {
        add(State.WARNING, "responder: " + responder.summary());
      }
    }
  }

  private State counted(Verdict verdict, Thresholds limits) {
    if (verdict == Verdict.NO_STAPLE) {
      return Boolean.TRUE.equals(ocspOn) ? limits.noStaple : State.OK;
    }
    Severity severity = verdict.severity();
    return switch (severity) {
      case OK, INFO -> State.OK;
      case WARNING -> State.WARNING;
      case CRITICAL -> State.CRITICAL;
      case UNKNOWN -> State.UNKNOWN;
    };
  }

  private void add(State found, String text) {
    findings.add(new Finding(found, text));
    state = State.worse(state, found);
  }

  String cluster() {
    return cluster;
  }

  State state() {
    return state;
  }

  Boolean ocspOn() {
    return ocspOn;
  }

  String certStatus() {
    return certStatus;
  }

  /** Worst first; findings of one state keep the order they were found in. */
  List<Finding> findings() {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort((a, b) -> Integer.compare(b.state().weight(), a.state().weight()));
    return sorted;
  }

  Map<String, Number> figures() {
    return figures;
  }
}
