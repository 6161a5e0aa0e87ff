package org.ocspconsole.stapling;

import java.time.Duration;
import java.util.List;

/**
 * A finished staple check.
 *
 * @param views the cluster's cached status, the responder now and what clients receive, a line each
 * @param differences where those three disagree, in words
 * @param budget the staleness budget and the clocks, in words
 * @param took the whole check, from the first call to the last answer
 */
public record CheckResult(
    ClusterView cluster,
    List<EndpointReport> endpoints,
    ResponderReport responder,
    List<String> views,
    List<String> differences,
    List<String> budget,
    Duration took) {

  public CheckResult {
    endpoints = List.copyOf(endpoints);
    views = List.copyOf(views);
    differences = List.copyOf(differences);
    budget = List.copyOf(budget);
  }

  /** The worst severity among the endpoints and the responder. */
  public Severity worst() {
    Severity worst = Severity.OK;
    for (EndpointReport report : endpoints) {
      if (report.verdict().severity().compareTo(worst) > 0) {
        worst = report.verdict().severity();
      }
    }
    if (responder != null && !responder.ok() && worst.compareTo(Severity.WARNING) < 0) {
      worst = Severity.WARNING;
    }
    return worst;
  }
}
