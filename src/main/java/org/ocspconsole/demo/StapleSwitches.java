package org.ocspconsole.demo;

import java.time.Duration;

/**
 * The demo's stapling drills: how its OCSP responder answers and what its database endpoints serve.
 * GOOD, REVOKED and UNKNOWN follow {@link DemoSwitches#certState}, an expired staple follows {@link
 * DemoSwitches#staleNextUpdate} and a missing nextUpdate {@link DemoSwitches#omitNextUpdate}, so
 * that the cluster's cached status, its staples and its responder always tell the same story. Safe
 * to flip from any thread.
 */
public final class StapleSwitches {
  /** Who signs the responder's answers (and so the staples the cluster polled from it). */
  public enum Signer {
    CA("the demo CA"),
    DELEGATED("a delegated responder certificate with the OCSP-signing purpose"),
    DELEGATED_WITHOUT_OCSP_SIGNING("a certificate of the CA without the OCSP-signing purpose"),
    WRONG_KEY("a key that is not the CA's (an impostor under the CA's name)");

    private final String words;

    Signer(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** How slow "responder slow" is: longer than the console's responder timeout. */
  public static final Duration SLOW_RESPONDER = Duration.ofSeconds(8);

  private volatile Signer signer = Signer.CA;
  private volatile boolean responderDown;
  private volatile boolean responderUnavailable;
  private volatile Duration responderDelay = Duration.ZERO;
  private volatile boolean noStaple;
  private volatile boolean otherCertificate;
  private volatile boolean plainDatabase;
  private volatile Runnable onChange = () -> {};

  StapleSwitches() {}

  /** Told after every change, so the running endpoints and responder follow at once. */
  void onChange(Runnable listener) {
    this.onChange = listener;
  }

  private StapleSwitches changed() {
    onChange.run();
    return this;
  }

  public Signer signer() {
    return signer;
  }

  public StapleSwitches signer(Signer value) {
    this.signer = value == null ? Signer.CA : value;
    return changed();
  }

  public boolean responderDown() {
    return responderDown;
  }

  /** The responder refuses connections (its staples already cached keep being served). */
  public StapleSwitches responderDown(boolean on) {
    this.responderDown = on;
    return changed();
  }

  public boolean responderUnavailable() {
    return responderUnavailable;
  }

  /**
   * The responder answers every OCSP request "503 Service Unavailable", as an overloaded responder
   * or its load balancer does (its staples already cached keep being served).
   */
  public StapleSwitches responderUnavailable(boolean on) {
    this.responderUnavailable = on;
    return changed();
  }

  public Duration responderDelay() {
    return responderDelay;
  }

  /** The responder waits this long before each answer. */
  public StapleSwitches responderDelay(Duration delay) {
    this.responderDelay = delay == null ? Duration.ZERO : delay;
    return changed();
  }

  public boolean noStaple() {
    return noStaple;
  }

  /** The database endpoints staple nothing, even when a client asks and OCSP is on. */
  public StapleSwitches noStaple(boolean on) {
    this.noStaple = on;
    return changed();
  }

  public boolean otherCertificate() {
    return otherCertificate;
  }

  /** The last TLS database's endpoint serves a certificate other than the proxy certificate. */
  public StapleSwitches otherCertificate(boolean on) {
    this.otherCertificate = on;
    return changed();
  }

  public boolean plainDatabase() {
    return plainDatabase;
  }

  /** Adds a database without TLS (tls_mode "disabled") to the cluster. */
  public StapleSwitches plainDatabase(boolean on) {
    this.plainDatabase = on;
    return changed();
  }
}
