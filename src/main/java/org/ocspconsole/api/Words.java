package org.ocspconsole.api;

/**
 * The sentences that recur across the console, the command line and the fleet, kept in one place so
 * that a thing is always said the same way. JavaFX-free: every layer may use them.
 */
public final class Words {
  /** Turning OCSP on without a responder URL: refused locally, or by {@code no_responder_url}. */
  public static final String NO_RESPONDER_URL =
      "OCSP cannot be enabled: the proxy certificate carries no OCSP responder URL.";

  /** Why a certificate without a responder URL is common now, for where there is room to say. */
  public static final String NO_RESPONDER_URL_WHY =
      "This is common now: many public CAs no longer put an OCSP URL in their certificates"
          + " (Let's Encrypt dropped it in May 2025 and shut its responders in August 2025), so"
          + " stapling needs a proxy certificate from a CA that runs a responder.";

  /** What a cancelled request means for the form: edits kept, a sent save may still arrive. */
  public static final String CANCELLED_EDITS_KEPT =
      "The request was cancelled; your edits are kept. A save that was already sent may still"
          + " reach the cluster: saving again reads the settings first and sends only what has"
          + " not arrived.";

  private Words() {}
}
