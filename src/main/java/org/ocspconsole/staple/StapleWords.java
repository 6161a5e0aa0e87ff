package org.ocspconsole.staple;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ocspconsole.stapling.Ages;
import org.ocspconsole.stapling.CheckResult;
import org.ocspconsole.stapling.ClusterView;
import org.ocspconsole.stapling.ResponderReport;
import org.ocspconsole.stapling.Verdict;

/** The staple check's lines above and below the table, in words. */
final class StapleWords {
  private StapleWords() {}

  /**
   * "5 endpoints checked in 109 ms: 3 stapled, GOOD, fresh; 2 not reachable from this
   * workstation.": every verdict counted, the good ones first, then as the judge ranks them.
   */
  static String summary(CheckResult result) {
    int total = result.endpoints().size();
    String head =
        total
            + (total == 1 ? " endpoint" : " endpoints")
            + " checked in "
            + Ages.elapsed(result.took());
    if (total == 0) {
      return head + ": no endpoint to check.";
    }
    Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    result.endpoints().forEach(r -> counts.merge(r.verdict(), 1L, Long::sum));
    List<String> parts = new ArrayList<>();
    Long good = counts.remove(Verdict.STAPLED_GOOD_FRESH);
    if (good != null) {
      parts.add(good + " " + Verdict.STAPLED_GOOD_FRESH.words());
    }
    counts.forEach((verdict, count) -> parts.add(count + " " + verdict.words()));
    return head + ": " + String.join("; ", parts) + ".";
  }

  static String clusterProblems(ClusterView view) {
    List<String> lines = new ArrayList<>();
    if (view.databasesProblem() != null) {
      lines.add("Databases: " + view.databasesProblem());
    }
    if (view.proxyProblem() != null && view.databasesProblem() == null) {
      lines.add("Proxy certificate: " + view.proxyProblem());
    }
    if (view.configProblem() != null && view.databasesProblem() == null) {
      lines.add("OCSP settings: " + view.configProblem());
    }
    return String.join("\n", lines);
  }

  static String responderLine(ResponderReport report) {
    return (report.url() != null ? report.url() + ": " : "") + report.summary() + ".";
  }
}
