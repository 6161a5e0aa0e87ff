package org.ocspconsole.cli;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.ocspconsole.api.ClusterCertificates;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.pki.Pem;
import org.ocspconsole.stapling.CheckResult;
import org.ocspconsole.stapling.StapleCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "check",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = {
      "Checks OCSP stapling as a monitoring plugin: the settings, the cluster's cached status, the"
          + " proxy certificate and, unless --skip-endpoints, what every TLS database endpoint"
          + " serves and whether the responder answers.",
      "Prints one status line with performance data (Nagios, Icinga, Zabbix, Checkmk), or JSON,"
          + " or Prometheus text for the node exporter's textfile collector.",
      "Exit code: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (the cluster could not be asked), in"
          + " every format."
    })
final class CheckCommand implements Callable<Integer> {
  enum Format {
    line,
    json,
    prometheus
  }

  private final CliContext context;

  @Mixin ClusterOptions cluster;

  @Mixin Thresholds limits;

  @Option(
      names = "--skip-endpoints",
      description = "do not connect to the database endpoints (when this host cannot reach them)")
  boolean skipEndpoints;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "line",
      description = "line (default), json or prometheus")
  Format format;

  @Option(
      names = {"-v", "--verbose"},
      description = "after the status line, one line per finding")
  boolean verbose;

  CheckCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws CliFailure {
    String problem = limits.problem();
    if (problem != null) {
      throw new picocli.CommandLine.ParameterException(cluster.spec.commandLine(), problem);
    }
    long started = System.nanoTime();
    CheckReport report;
    try (Connected connected = cluster.open(context)) {
      report = check(connected);
    } catch (CliFailure failure) {
      // The monitoring system reads stdout: the reason goes there too, not only to stderr.
      context.err().println("ocsp-console check: " + failure.getMessage());
      report = CheckReport.unknown(clusterName(), failure.getMessage());
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    switch (format) {
      case json -> context.out().println(CheckOutput.json(report, took));
      case prometheus -> context.out().print(CheckOutput.prometheus(report, took));
      case line -> {
        context.out().println(CheckOutput.line(report, limits, took));
        if (verbose) {
          report.findings().forEach(f -> context.out().println(f.state() + ": " + f.text()));
        }
      }
    }
    return report.state().exitCode();
  }

  private CheckReport check(Connected connected) throws CliFailure {
    // Read first on its own: a refused login or an untrusted certificate ends the check here.
    OcspConfig config = connected.await(connected.client().getOcspConfig());
    if (skipEndpoints) {
      CompletableFuture<OcspStatus> status = connected.client().getOcspStatus();
      CompletableFuture<ClusterCertificates> certificates =
          connected.client().getClusterCertificates();
      Part<OcspStatus> cached = part(connected, status);
      Part<ClusterCertificates> proxy = part(connected, certificates);
      X509Certificate leaf = null;
      String proxyProblem = proxy.problem();
      if (proxy.value() != null) {
        try {
          leaf = proxyLeaf(proxy.value());
        } catch (IllegalStateException e) {
          proxyProblem = e.getMessage();
        }
      }
      return CheckReport.judge(
          connected.name(),
          new CheckReport.Readings(
              config, cached.value(), cached.problem(), leaf, proxyProblem, null, null, null),
          limits,
          context.clock().instant());
    }
    StapleCheck.Run run =
        new StapleCheck().start(connected.client(), List.of(), new StapleCheck.Listener() {});
    CheckResult result = Connected.await(run.result(), Duration.ofMinutes(5));
    var view = result.cluster();
    return CheckReport.judge(
        connected.name(),
        new CheckReport.Readings(
            view.config() != null ? view.config() : config,
            view.cached(),
            view.cachedProblem(),
            view.proxy(),
            view.proxyProblem(),
            result.endpoints(),
            view.databasesProblem(),
            result.responder()),
        limits,
        context.clock().instant());
  }

  private record Part<T>(T value, String problem) {}

  private static <T> Part<T> part(Connected connected, CompletableFuture<T> call) {
    try {
      return new Part<>(connected.await(call), null);
    } catch (CliFailure e) {
      return new Part<>(null, e.getMessage());
    }
  }

  private static X509Certificate proxyLeaf(ClusterCertificates certificates) {
    String pem =
        certificates
            .proxy()
            .orElseThrow(() -> new IllegalStateException("the cluster lists no proxy certificate"));
    try {
      return Pem.readCertificates(pem).get(0);
    } catch (CertificateException | IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalStateException("the cluster's proxy certificate cannot be read");
    }
  }

  private String clusterName() {
    if (cluster.profile != null) {
      return cluster.profile;
    }
    if (cluster.demo) {
      return "built-in demo cluster";
    }
    return cluster.cluster == null ? "?" : cluster.cluster;
  }
}
