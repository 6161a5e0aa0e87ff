package org.ocspconsole.config;

/**
 * The one message about a proxy certificate without an OCSP responder URL. It says why this is
 * common now, so that an administrator looks for a CA that runs a responder rather than for a
 * setting that cannot exist.
 */
final class NoResponderUrl {
  private static final String WHY =
      " This is common now: many public CAs no longer put an OCSP URL in their certificates"
          + " (Let's Encrypt dropped it in May 2025 and shut its responders in August 2025), so"
          + " stapling needs a proxy certificate from a CA that runs a responder.";

  /** Turning OCSP on is refused (locally, or by the cluster's {@code no_responder_url}). */
  static final String CANNOT_ENABLE =
      "OCSP cannot be enabled: the proxy certificate carries no OCSP responder URL." + WHY;

  /** OCSP was on before the certificate lost its URL: there is no responder to ask. */
  static final String ON_WITHOUT_URL =
      "OCSP is on, but the proxy certificate carries no OCSP responder URL, so the cluster has no"
          + " responder to ask."
          + WHY;

  private NoResponderUrl() {}

  static String note(boolean loadedOn) {
    return loadedOn ? ON_WITHOUT_URL : CANNOT_ENABLE;
  }
}
