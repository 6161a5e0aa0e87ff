package org.ocspconsole.config;

import org.ocspconsole.api.Words;

/**
 * The one message about a proxy certificate without an OCSP responder URL. It says why this is
 * common now, so that an administrator looks for a CA that runs a responder rather than for a
 * setting that cannot exist.
 */
final class NoResponderUrl {
  /** Turning OCSP on is refused (locally, or by the cluster's {@code no_responder_url}). */
  static final String CANNOT_ENABLE = Words.NO_RESPONDER_URL + " " + Words.NO_RESPONDER_URL_WHY;

  /** OCSP was on before the certificate lost its URL: there is no responder to ask. */
  static final String ON_WITHOUT_URL =
      "OCSP is on, but the proxy certificate carries no OCSP responder URL, so the cluster has no"
          + " responder to ask. "
          + Words.NO_RESPONDER_URL_WHY;

  private NoResponderUrl() {}

  static String note(boolean loadedOn) {
    return loadedOn ? ON_WITHOUT_URL : CANNOT_ENABLE;
  }
}
