package org.ocspconsole.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ocspconsole.api.Json;

/** {@code check}'s three outputs: the plugin line, JSON, and Prometheus text for node_exporter. */
final class CheckOutput {
  private CheckOutput() {}

  /** The monitoring plugin's one line: state, what matters, then performance data after "|". */
  static String line(CheckReport report, Thresholds limits, Duration took) {
    return "OCSP "
        + report.state()
        + " - "
        + summary(report)
        + " | "
        + perfdata(report, limits, took);
  }

  static String summary(CheckReport report) {
    List<CheckReport.Finding> findings = report.findings();
    List<String> shown =
        report.state() == State.OK
            ? findings.stream().map(CheckReport.Finding::text).toList()
            : findings.stream()
                .filter(finding -> finding.state() != State.OK)
                .map(CheckReport.Finding::text)
                .toList();
    return report.cluster() + ": " + String.join(report.state() == State.OK ? ", " : "; ", shown);
  }

  private static String perfdata(CheckReport report, Thresholds limits, Duration took) {
    StringBuilder out = new StringBuilder();
    Map<String, Number> figures = report.figures();
    append(out, "ocsp_enabled", figures.get("ocsp_enabled"), "", "");
    Number next = figures.get("next_update_seconds");
    append(
        out,
        "next_update",
        next,
        "s",
        ";" + limits.warnNextUpdateMinutes * 60 + ":;" + limits.critNextUpdateMinutes * 60 + ":");
    Number expiry = figures.get("proxy_cert_expiry_seconds");
    append(
        out,
        "proxy_cert_days",
        expiry == null ? null : expiry.longValue() / 86_400,
        "",
        ";" + limits.warnDays + ":;" + limits.critDays + ":");
    append(out, "endpoints", figures.get("endpoints"), "", "");
    append(out, "endpoints_stapled", figures.get("endpoints_stapled"), "", "");
    append(out, "time", seconds(took), "s", "");
    return out.toString().trim();
  }

  private static void append(
      StringBuilder out, String label, Object value, String unit, String rest) {
    if (value != null) {
      out.append(label).append('=').append(value).append(unit).append(rest).append(' ');
    }
  }

  /**
   * The version of {@code --format json}'s layout (README, "check: a monitoring plugin"). Keys are
   * only ever added within a version; renaming or removing one, or changing its type, makes it 2.
   */
  static final int JSON_SCHEMA = 1;

  static String json(CheckReport report, Duration took) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("schema", JSON_SCHEMA);
    root.put("cluster", report.cluster());
    root.put("state", report.state().name());
    root.put("exit_code", report.state().exitCode());
    root.put("summary", summary(report));
    if (report.ocspOn() != null) {
      root.put("ocsp_enabled", report.ocspOn());
    }
    if (report.certStatus() != null) {
      root.put("cert_status", report.certStatus());
    }
    ArrayNode findings = root.putArray("findings");
    for (CheckReport.Finding finding : report.findings()) {
      findings.addObject().put("state", finding.state().name()).put("text", finding.text());
    }
    ObjectNode metrics = root.putObject("metrics");
    report.figures().forEach((key, value) -> metrics.put(key, value.longValue()));
    metrics.put("check_seconds", seconds(took));
    return Output.pretty(root);
  }

  /** The node exporter's textfile collector format; every series labelled with the cluster. */
  static String prometheus(CheckReport report, Duration took) {
    String labels = "{cluster=\"" + escape(report.cluster()) + "\"}";
    StringBuilder out = new StringBuilder();
    metric(
        out,
        "ocsp_console_check_state",
        "The check's state: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.",
        labels,
        report.state().exitCode());
    metric(
        out,
        "ocsp_console_up",
        "Whether the cluster's REST API answered the check.",
        labels,
        report.ocspOn() == null ? 0 : 1);
    Map<String, Number> figures = report.figures();
    metric(
        out,
        "ocsp_console_ocsp_enabled",
        "OCSP stapling on (1) or off (0).",
        labels,
        figures.get("ocsp_enabled"));
    if (report.certStatus() != null) {
      String name = "ocsp_console_cert_status";
      out.append("# HELP ")
          .append(name)
          .append(" The cluster's cached OCSP status of the proxy certificate.\n");
      out.append("# TYPE ").append(name).append(" gauge\n");
      for (String status : List.of("GOOD", "REVOKED", "UNKNOWN")) {
        out.append(name)
            .append("{cluster=\"")
            .append(escape(report.cluster()))
            .append("\",status=\"")
            .append(status)
            .append("\"} ")
            .append(status.equals(report.certStatus().toUpperCase(Locale.ROOT)) ? 1 : 0)
            .append('\n');
      }
    }
    metric(
        out,
        "ocsp_console_next_update_seconds",
        "Seconds until the cached OCSP answer's next_update (negative: passed).",
        labels,
        figures.get("next_update_seconds"));
    metric(
        out,
        "ocsp_console_proxy_cert_expiry_seconds",
        "Seconds until the proxy certificate expires.",
        labels,
        figures.get("proxy_cert_expiry_seconds"));
    metric(
        out,
        "ocsp_console_endpoints",
        "TLS database endpoints checked.",
        labels,
        figures.get("endpoints"));
    metric(
        out,
        "ocsp_console_endpoints_stapled",
        "TLS database endpoints that served a staple.",
        labels,
        figures.get("endpoints_stapled"));
    metric(
        out,
        "ocsp_console_check_duration_seconds",
        "How long the check took.",
        labels,
        seconds(took));
    return out.toString();
  }

  private static void metric(
      StringBuilder out, String name, String help, String labels, Object value) {
    if (value == null) {
      return;
    }
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" gauge\n");
    out.append(name).append(labels).append(' ').append(value).append('\n');
  }

  private static String escape(String label) {
    return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static double seconds(Duration took) {
    return Math.round(took.toMillis() / 10.0) / 100.0;
  }
}
