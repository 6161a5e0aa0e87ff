package org.ocspconsole.api;

import java.util.Optional;

/**
 * One failed call, typed. Every row of the contract's error table, and every way the transport can
 * fail, has its own {@link Kind}; the server's {@code error_code} and text are kept as sent, so an
 * unknown code is never swallowed.
 *
 * @param kind what went wrong
 * @param status the HTTP status, or 0 when no answer arrived
 * @param errorCode the server's {@code error_code}, if any
 * @param message what happened, in words, fit to show a user; never contains a credential
 * @param serverText the server's own {@code message}/{@code description}, if any
 * @param permission for {@link Kind#FORBIDDEN}: the permission the call needs
 * @param certificate for certificate failures: the certificate the server presented
 * @param expectedFingerprint for {@link Kind#PIN_MISMATCH}: the pinned fingerprint
 * @param excerpt for answers that are not the expected JSON: the start of the body
 */
public record ApiError(
    Kind kind,
    int status,
    String errorCode,
    String message,
    String serverText,
    String permission,
    CertificateInfo certificate,
    String expectedFingerprint,
    String excerpt) {

  public enum Kind {
    /** 400 {@code invalid_schema}: unknown field, wrong type, value out of range. */
    INVALID_SCHEMA,
    /** {@code no_responder_url}: the proxy certificate carries no OCSP URL. */
    NO_RESPONDER_URL,
    /**
     * 400 {@code invalid_certificate}, {@code invalid_key}, {@code key_mismatch} or {@code
     * certificate_expired}: the cluster refused a certificate or its key.
     */
    INVALID_CERTIFICATE,
    /** 400 with another or no error code. */
    BAD_REQUEST,
    /** 401: credentials missing or wrong. */
    UNAUTHORIZED,
    /** 403: the user's role lacks the permission. */
    FORBIDDEN,
    /** 404: the address does not serve the Redis Software REST API (or predates OCSP). */
    NOT_FOUND,
    /** 406 {@code ocsp_unsupported_by_capability}: not every node supports OCSP. */
    UNSUPPORTED_BY_CAPABILITY,
    /** 500 {@code task_queued_for_too_long}: the polling task stayed queued; worth a retry. */
    TASK_QUEUED_TOO_LONG,
    /** {@code invalid_ocsp_response}: the responder's answer is not OCSP. */
    INVALID_OCSP_RESPONSE,
    /** 503: the node is not a cluster member, or the service is unavailable. */
    UNAVAILABLE,
    /** Another 5xx. */
    SERVER_ERROR,
    /** Any other unexpected status. */
    HTTP_ERROR,
    /** A 3xx: not followed, so credentials never travel to another address. */
    REDIRECT,
    /** A success status whose body is not JSON (an HTML page from a proxy, say). */
    NOT_JSON,
    /** JSON of the wrong shape or types. */
    BAD_RESPONSE,
    /** A body larger than the console accepts. */
    RESPONSE_TOO_LARGE,
    CONNECTION_REFUSED,
    UNKNOWN_HOST,
    TIMEOUT,
    /** The connection closed before a whole answer arrived. */
    CONNECTION_CLOSED,
    /** The certificate does not chain to a trusted CA (self-signed, unknown CA, expired). */
    UNTRUSTED_CERTIFICATE,
    /** The certificate is trusted but names another host. */
    HOSTNAME_MISMATCH,
    /** The certificate differs from the one pinned for this cluster. */
    PIN_MISMATCH,
    /** Another TLS failure: protocol version, cipher, client certificate refused. */
    TLS_FAILURE,
    /** The user cancelled the request. */
    CANCELLED,
    /** A local problem: an unreadable CA file, a bad client certificate. */
    LOCAL
  }

  /**
   * The one mapping of a cancellation: {@code what} ("Reading the OCSP settings", "The request")
   * "was cancelled".
   */
  public static ApiError cancelled(String what) {
    return transport(Kind.CANCELLED, what + " was cancelled.");
  }

  public static ApiError transport(Kind kind, String message) {
    return new ApiError(kind, 0, null, message, null, null, null, null, null);
  }

  /** The same failure told in other words (the console knows more than the transport did). */
  public ApiError withMessage(String text) {
    return new ApiError(
        kind,
        status,
        errorCode,
        text,
        serverText,
        permission,
        certificate,
        expectedFingerprint,
        excerpt);
  }

  public Optional<String> code() {
    return Optional.ofNullable(errorCode);
  }

  /** Whether the failure concerns the certificate the server presented. */
  public boolean isCertificateProblem() {
    return kind == Kind.UNTRUSTED_CERTIFICATE
        || kind == Kind.HOSTNAME_MISMATCH
        || kind == Kind.PIN_MISMATCH;
  }

  /** Whether trying the same call again may succeed without any change by the user. */
  public boolean isRetryable() {
    return switch (kind) {
      case TASK_QUEUED_TOO_LONG,
              UNAVAILABLE,
              SERVER_ERROR,
              TIMEOUT,
              CONNECTION_CLOSED,
              CONNECTION_REFUSED,
              NOT_JSON,
              CANCELLED ->
          true;
      default -> false;
    };
  }

  /**
   * For {@link Kind#INVALID_SCHEMA}: the writable field the server's text names, if exactly one is
   * recognisable, so the message can stand under that field.
   */
  public Optional<OcspField> namedField() {
    String text = serverText != null ? serverText : message;
    if (text == null) {
      return Optional.empty();
    }
    OcspField found = null;
    for (OcspField field : OcspField.values()) {
      if (text.contains(field.key())) {
        if (found != null) {
          return Optional.empty();
        }
        found = field;
      }
    }
    return Optional.ofNullable(found);
  }
}
