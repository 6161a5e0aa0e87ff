package org.ocspconsole.demo;

import java.net.URI;
import java.time.Duration;
import org.ocspconsole.api.OcspStatus.CertState;

/**
 * The demo cluster's switches, for tests and demonstrations. Each one makes the demo answer as a
 * real cluster (or the network in front of it) does in some situation. Safe to flip from any thread
 * while the server runs.
 */
public final class DemoSwitches {
  /**
   * The OCSP URL of a proxy certificate made without a running demo cluster ({@link
   * #DemoSwitches()}); a demo cluster names its own loopback responder instead, see {@link
   * #defaultResponderUrl()}.
   */
  public static final String DEMO_RESPONDER_URL = "http://ocsp.demo-ca.ocsp-console.local/";

  private final ProxyCertificates proxy;
  private final StapleSwitches stapling = new StapleSwitches();
  private volatile boolean unsupportedCapability;
  private volatile Duration latency = Duration.ZERO;
  private volatile Duration testDuration = Duration.ofMillis(900);
  private volatile boolean testQueuedTooLong;
  private volatile boolean invalidOcspResponse;
  private volatile boolean htmlErrorPage;
  private volatile boolean dropConnections;
  private volatile boolean serviceUnavailable;
  private volatile boolean messageStyleErrors;
  private volatile boolean omitNextUpdate;
  private volatile CertState certState = CertState.GOOD;
  private volatile boolean staleNextUpdate;
  private volatile boolean olderCluster;
  private volatile Duration certificateUpdateDuration = Duration.ofSeconds(3);
  private volatile BrokenAnswer brokenAnswer = BrokenAnswer.NONE;
  private volatile URI redirectTarget = URI.create("https://127.0.0.2:9443/v1/ocsp");
  private volatile boolean putAnswerDiffers;
  private volatile boolean unsupportedWithoutCode;
  private volatile boolean putAnswerPartial;
  private volatile boolean clusterCallsMissing;
  private volatile boolean viewer;
  private boolean testQueuedEveryOther;
  private boolean lastTestQueued;

  public DemoSwitches() {
    this(new ProxyCertificates(DEMO_RESPONDER_URL));
  }

  DemoSwitches(ProxyCertificates proxy) {
    this.proxy = proxy;
  }

  /** The stapling drills: the responder's answers and what the database endpoints serve. */
  public StapleSwitches stapling() {
    return stapling;
  }

  /** The URL of the demo's own OCSP responder, which the proxy certificate names at start. */
  public String defaultResponderUrl() {
    return proxy.defaultResponderUrl();
  }

  /** The OCSP URL in the current proxy certificate; empty for a certificate without one. */
  public String responderUrl() {
    return proxy.responderUrl();
  }

  /**
   * Installs a newly issued proxy certificate naming this OCSP URL ({@code ""} or null: none), as
   * an administrator replacing the certificate would; the responder URL follows from it.
   */
  public DemoSwitches responderUrl(String url) {
    String wanted = url == null ? "" : url;
    if (!wanted.equals(proxy.responderUrl())) {
      proxy.generate(wanted, Duration.ofDays(365));
    }
    return this;
  }

  /** The proxy certificate carries no OCSP URL: enabling OCSP fails with no_responder_url. */
  public DemoSwitches noResponderUrl() {
    return responderUrl("");
  }

  /** Installs a proxy certificate (with the current OCSP URL) that expires after this long. */
  public DemoSwitches proxyCertificateValidFor(Duration validity) {
    proxy.generate(proxy.responderUrl(), validity);
    return this;
  }

  public boolean staleNextUpdate() {
    return staleNextUpdate;
  }

  /** The responder's answers have a next_update already in the past. */
  public DemoSwitches staleNextUpdate(boolean on) {
    this.staleNextUpdate = on;
    return this;
  }

  public boolean olderCluster() {
    return olderCluster;
  }

  /** A cluster before 7.22.2: PUT /v1/cluster/certificates answers 404, update_cert works. */
  public DemoSwitches olderCluster(boolean on) {
    this.olderCluster = on;
    return this;
  }

  public Duration certificateUpdateDuration() {
    return certificateUpdateDuration;
  }

  /** How long replacing a certificate takes (the cluster restarts its proxies). */
  public DemoSwitches certificateUpdateDuration(Duration duration) {
    this.certificateUpdateDuration = duration;
    return this;
  }

  public boolean unsupportedCapability() {
    return unsupportedCapability;
  }

  /** A mixed-version cluster: every OCSP call answers 406 ocsp_unsupported_by_capability. */
  public DemoSwitches unsupportedCapability(boolean on) {
    this.unsupportedCapability = on;
    return this;
  }

  public boolean unsupportedWithoutCode() {
    return unsupportedWithoutCode;
  }

  /**
   * A mixed-version cluster whose 406 carries no {@code error_code}: every OCSP call answers 406
   * with an HTML page, as a node of another version (or a proxy in front of it) may.
   */
  public DemoSwitches unsupportedWithoutCode(boolean on) {
    this.unsupportedWithoutCode = on;
    return this;
  }

  public Duration latency() {
    return latency;
  }

  /** Added before every answer. */
  public DemoSwitches latency(Duration delay) {
    this.latency = delay;
    return this;
  }

  public Duration testDuration() {
    return testDuration;
  }

  /** How long {@code POST /v1/ocsp/test} takes to query the (simulated) responder. */
  public DemoSwitches testDuration(Duration duration) {
    this.testDuration = duration;
    return this;
  }

  public boolean testQueuedTooLong() {
    return testQueuedTooLong;
  }

  /** The test call answers 500 task_queued_for_too_long. */
  public DemoSwitches testQueuedTooLong(boolean on) {
    this.testQueuedTooLong = on;
    return this;
  }

  public boolean invalidOcspResponse() {
    return invalidOcspResponse;
  }

  /**
   * The responder answers something that is not OCSP: status and test fail with
   * invalid_ocsp_response.
   */
  public DemoSwitches invalidOcspResponse(boolean on) {
    this.invalidOcspResponse = on;
    return this;
  }

  public boolean htmlErrorPage() {
    return htmlErrorPage;
  }

  /** A proxy in front of the cluster answers every call with a 502 HTML page. */
  public DemoSwitches htmlErrorPage(boolean on) {
    this.htmlErrorPage = on;
    return this;
  }

  public boolean dropConnections() {
    return dropConnections;
  }

  /** Every request's connection is closed without an answer. */
  public DemoSwitches dropConnections(boolean on) {
    this.dropConnections = on;
    return this;
  }

  public boolean serviceUnavailable() {
    return serviceUnavailable;
  }

  /** The node is not a cluster member (or its service is down): every call answers 503. */
  public DemoSwitches serviceUnavailable(boolean on) {
    this.serviceUnavailable = on;
    return this;
  }

  public boolean messageStyleErrors() {
    return messageStyleErrors;
  }

  /**
   * Error bodies as the reference pages show them ({@code error_code} + {@code message}) instead of
   * the OpenAPI file's ({@code error_code} + {@code description} + {@code status_code}).
   */
  public DemoSwitches messageStyleErrors(boolean on) {
    this.messageStyleErrors = on;
    return this;
  }

  public boolean omitNextUpdate() {
    return omitNextUpdate;
  }

  /** Status answers leave out next_update, as many responders do. */
  public DemoSwitches omitNextUpdate(boolean on) {
    this.omitNextUpdate = on;
    return this;
  }

  public CertState certState() {
    return certState;
  }

  /** What the simulated responder says about the proxy certificate. */
  public DemoSwitches certState(CertState state) {
    this.certState = state;
    return this;
  }

  public BrokenAnswer brokenAnswer() {
    return brokenAnswer;
  }

  /** Every request is answered this way until set back to {@link BrokenAnswer#NONE}. */
  public DemoSwitches brokenAnswer(BrokenAnswer answer) {
    this.brokenAnswer = answer == null ? BrokenAnswer.NONE : answer;
    return this;
  }

  public URI redirectTarget() {
    return redirectTarget;
  }

  /** Where {@link BrokenAnswer#REDIRECT} sends the client (a different host by default). */
  public DemoSwitches redirectTarget(URI target) {
    this.redirectTarget = target;
    return this;
  }

  public boolean clusterCallsMissing() {
    return clusterCallsMissing;
  }

  /**
   * {@code GET /v1/cluster/certificates} and {@code GET/PUT /v1/cluster} answer 404 while the OCSP
   * calls work, as on a server that implements only the OCSP part of the API.
   */
  public DemoSwitches clusterCallsMissing(boolean on) {
    this.clusterCallsMissing = on;
    return this;
  }

  public boolean viewer() {
    return viewer;
  }

  /**
   * Every request is treated as coming from the cluster viewer (only {@code view_cluster_info}),
   * whoever signed in: the OCSP calls and every change answer 403.
   */
  public DemoSwitches viewer(boolean on) {
    this.viewer = on;
    return this;
  }

  public synchronized boolean testQueuedEveryOther() {
    return testQueuedEveryOther;
  }

  /**
   * Every other test call answers 500 task_queued_for_too_long, starting with the next one: the
   * first query fails, the retry after it works.
   */
  public synchronized DemoSwitches testQueuedEveryOther(boolean on) {
    this.testQueuedEveryOther = on;
    lastTestQueued = false;
    return this;
  }

  /** Whether this test call is the one of the pair that stays queued too long. */
  synchronized boolean nextTestQueued() {
    if (!testQueuedEveryOther) {
      return false;
    }
    lastTestQueued = !lastTestQueued;
    return lastTestQueued;
  }

  public boolean putAnswerDiffers() {
    return putAnswerDiffers;
  }

  /**
   * A PUT is accepted (200) but the cluster keeps its previous values and answers them, as when
   * something else (an operator, another administrator) owns the settings.
   */
  public DemoSwitches putAnswerDiffers(boolean on) {
    this.putAnswerDiffers = on;
    return this;
  }

  public boolean putAnswerPartial() {
    return putAnswerPartial;
  }

  /**
   * A PUT is applied, but the answer holds only the fields sent instead of the whole object the
   * contract promises.
   */
  public DemoSwitches putAnswerPartial(boolean on) {
    this.putAnswerPartial = on;
    return this;
  }
}
