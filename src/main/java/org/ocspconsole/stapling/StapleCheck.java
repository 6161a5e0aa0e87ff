package org.ocspconsole.stapling;

import java.net.http.HttpClient;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.pki.AuthorityInfoAccess;
import org.ocspconsole.pki.OcspWarmUp;

/**
 * The staple check: reads the cluster, connects to every TLS endpoint (and every typed address) at
 * most {@link #PARALLEL} at a time, each within its own deadline, asks the responder about the
 * proxy certificate meanwhile, and compares the three views. JavaFX-free: the window and the
 * command line share it.
 */
public final class StapleCheck {
  public static final int PARALLEL = 8;
  public static final Duration ENDPOINT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration RESPONDER_TIMEOUT = Duration.ofSeconds(5);

  /** Told as results arrive, on the check's own threads. */
  public interface Listener {
    default void cluster(ClusterView view) {}

    default void targets(List<Target> targets) {}

    default void endpoint(int index, EndpointReport report) {}

    default void responder(ResponderReport report) {}
  }

  /** A running check. */
  public record Run(CompletableFuture<CheckResult> result, Cancellation cancellation) {
    /** Stops at once: open connections are closed, the rest end as "cancelled". */
    public void cancel() {
      cancellation.cancel();
    }
  }

  private static final AtomicInteger RUNS = new AtomicInteger();

  private final int parallel;
  private final Duration endpointTimeout;
  private final Duration responderTimeout;
  private final Clock clock;
  private final NameLookups names;

  public StapleCheck() {
    this(PARALLEL, ENDPOINT_TIMEOUT, RESPONDER_TIMEOUT, Clock.systemUTC());
  }

  public StapleCheck(
      int parallel, Duration endpointTimeout, Duration responderTimeout, Clock clock) {
    this(parallel, endpointTimeout, responderTimeout, clock, NameLookups.SYSTEM);
  }

  StapleCheck(
      int parallel,
      Duration endpointTimeout,
      Duration responderTimeout,
      Clock clock,
      NameLookups names) {
    this.parallel = parallel;
    this.endpointTimeout = endpointTimeout;
    this.responderTimeout = responderTimeout;
    this.clock = clock;
    this.names = names;
  }

  /**
   * @param client the cluster to check, or null to check only {@code typed}
   */
  public Run start(ClusterClient client, List<Target> typed, Listener listener) {
    // BouncyCastle's first use (the judging of the first staple) loads while the reads are out.
    OcspWarmUp.startOnce(task -> DaemonThreads.named("ocsp-warm-up").newThread(task).start());
    Cancellation cancellation = new Cancellation();
    long started = System.nanoTime();
    int run = RUNS.incrementAndGet();
    ExecutorService pool =
        Executors.newFixedThreadPool(parallel, DaemonThreads.named("staple-check-" + run));
    CompletableFuture<ClusterView> cluster =
        client == null
            ? CompletableFuture.completedFuture(ClusterView.none())
            : ClusterReader.read(client);
    CompletableFuture<CheckResult> result =
        cluster
            .thenCompose(view -> check(view, typed, listener, pool, cancellation, started))
            .whenComplete((done, failure) -> pool.shutdown());
    return new Run(result, cancellation);
  }

  private CompletableFuture<CheckResult> check(
      ClusterView view,
      List<Target> typed,
      Listener listener,
      ExecutorService pool,
      Cancellation cancellation,
      long started) {
    listener.cluster(view);
    List<Target> targets = new ArrayList<>(Targets.of(view.databases()));
    targets.addAll(typed);
    listener.targets(List.copyOf(targets));
    HttpClient http = Http.client(responderTimeout);
    IssuerFinder issuers = new IssuerFinder(view.proxyChain(), http, responderTimeout);
    StapleJudge judge = new StapleJudge(view.proxy(), issuers, view.ocspOn());
    // Every name is looked up now, all at once: a slow resolver then costs the check one wait,
    // and never holds one of the handshake places while it keeps the others queued.
    List<NameLookups.Lookup> lookups = new ArrayList<>();
    for (Target target : targets) {
      lookups.add(target.tls() && Addresses.hasName(target) ? names.lookup(target.host()) : null);
    }
    List<CompletableFuture<EndpointReport>> reports = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Target target = targets.get(i);
      NameLookups.Lookup lookup = lookups.get(i);
      int index = i;
      CompletableFuture<EndpointReport> report =
          target.tls()
              ? CompletableFuture.supplyAsync(
                  () ->
                      judge.judge(
                          target,
                          cancellation.cancelled()
                              ? HandshakeProbe.cancelled()
                              : HandshakeProbe.probe(target, lookup, endpointTimeout, cancellation),
                          clock.instant()),
                  pool)
              : CompletableFuture.completedFuture(judge.notTls(target));
      reports.add(report.thenApply(done -> notify(listener, index, done)));
    }
    CompletableFuture<ResponderReport> responder =
        view.proxy() != null
            ? CompletableFuture.supplyAsync(
                () ->
                    askResponder(
                        view, view.proxy(), view.proxyChain(), issuers, http, cancellation),
                Http.ASKER)
            : CompletableFuture.allOf(reports.toArray(CompletableFuture[]::new))
                .thenApplyAsync(
                    done -> askAboutServed(view, reports, issuers, http, cancellation), Http.ASKER);
    responder =
        responder.thenApply(
            report -> {
              if (report != null) {
                listener.responder(report);
              }
              return report;
            });
    CompletableFuture<ResponderReport> asked = responder;
    return CompletableFuture.allOf(reports.toArray(CompletableFuture[]::new))
        .thenCombine(asked, (done, report) -> finish(view, reports, report, started));
  }

  private static EndpointReport notify(Listener listener, int index, EndpointReport report) {
    try {
      listener.endpoint(index, report);
    } catch (RuntimeException e) {
      // a broken listener must not stop the check
    }
    return report;
  }

  private ResponderReport askResponder(
      ClusterView view,
      X509Certificate subject,
      List<X509Certificate> chain,
      IssuerFinder issuers,
      HttpClient http,
      Cancellation cancellation) {
    String url =
        view.config() != null && view.config().hasResponderUrl()
            ? view.config().responderUrl()
            : AuthorityInfoAccess.firstOcspUrl(subject);
    if (url == null || url.isEmpty()) {
      return ResponderReport.failed(
          null,
          0,
          null,
          "no responder URL: the certificate names none (AIA), so OCSP stapling cannot work",
          List.of("The certificate's Authority Information Access extension names no OCSP URL."));
    }
    IssuerFinder.Found issuer = issuers.find(subject, chain);
    if (issuer == null) {
      return ResponderReport.failed(
          url,
          0,
          null,
          "not asked: the issuer certificate is unknown",
          List.of("The issuer is in neither chain nor at a caIssuers URL: no CertID can be made."));
    }
    return new ResponderQuery(http, responderTimeout)
        .ask(url, subject, issuer.issuer(), clock.instant(), cancellation);
  }

  private ResponderReport askAboutServed(
      ClusterView view,
      List<CompletableFuture<EndpointReport>> reports,
      IssuerFinder issuers,
      HttpClient http,
      Cancellation cancellation) {
    for (CompletableFuture<EndpointReport> future : reports) {
      EndpointReport report = future.join();
      if (report.handshake() != null && report.handshake().certificateSeen()) {
        List<X509Certificate> chain = report.handshake().chain();
        return askResponder(view, chain.get(0), chain, issuers, http, cancellation);
      }
    }
    return null;
  }

  private CheckResult finish(
      ClusterView view,
      List<CompletableFuture<EndpointReport>> futures,
      ResponderReport responder,
      long started) {
    List<EndpointReport> endpoints = futures.stream().map(CompletableFuture::join).toList();
    Instant now = clock.instant();
    var answer =
        responder != null && responder.reading() != null
            ? responder.reading()
            : endpoints.stream()
                .map(EndpointReport::staple)
                .filter(s -> s != null)
                .findFirst()
                .orElse(null);
    List<String> budget =
        StalenessBudget.describe(
            view.config(),
            answer,
            responder == null ? null : responder.latency(),
            responder == null || responder.reading() == null ? null : responder.receivedAt(),
            view.serverDate());
    return new CheckResult(
        view,
        endpoints,
        responder,
        ThreeViews.views(view, responder, endpoints, now),
        ThreeViews.differences(view, responder, endpoints, now),
        budget,
        Duration.ofNanos(System.nanoTime() - started));
  }
}
