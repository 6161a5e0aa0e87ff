package org.ocspconsole.config;

import org.ocspconsole.api.ApiError;
import org.ocspconsole.fx.Banner;

/**
 * Where a failed call's error belongs on the form: under a field, at the OCSP switch, or in a
 * banner, and whether the form must become read-only. The API layer typed the error; this decides
 * only its place.
 */
final class ErrorPlacement {
  private ErrorPlacement() {}

  /** Puts field-level errors on the form; returns the banner for everything else (or null). */
  static Banner place(ApiError error, ConfigForm form, Runnable retry) {
    switch (error.kind()) {
      case INVALID_SCHEMA:
        if (error.namedField().isPresent()) {
          form.setServerError(
              error.namedField().get(),
              "The cluster refused this value: "
                  + (error.serverText() != null ? error.serverText() : error.message()));
          return null;
        }
        return Banner.error("The cluster rejected the values", error.message());
      case NO_RESPONDER_URL:
        form.setServerError(
            org.ocspconsole.api.OcspField.OCSP_FUNCTIONALITY, NoResponderUrl.CANNOT_ENABLE);
        return null;
      case UNSUPPORTED_BY_CAPABILITY:
        return new Banner(
            Banner.Severity.WARNING,
            "OCSP is not available on every node",
            error.message()
                + " The form is read-only until a refresh succeeds, typically once the upgrade is finished.",
            "_Refresh",
            retry);
      case FORBIDDEN:
        return new Banner(
            Banner.Severity.WARNING,
            "Missing permission: " + error.permission(),
            error.message() + " The form is read-only.",
            null,
            null);
      case CANCELLED:
        return new Banner(Banner.Severity.INFO, "Cancelled", error.message(), "_Retry", retry);
      default:
        Banner banner = Banner.error(title(error), error.message());
        return retry == null ? banner : banner.withAction("_Retry", retry);
    }
  }

  /** Whether the form must not be edited after this error. */
  static boolean makesReadOnly(ApiError error) {
    return error.kind() == ApiError.Kind.FORBIDDEN
        || error.kind() == ApiError.Kind.UNSUPPORTED_BY_CAPABILITY;
  }

  private static String title(ApiError error) {
    return switch (error.kind()) {
      case UNTRUSTED_CERTIFICATE, HOSTNAME_MISMATCH, PIN_MISMATCH -> "Certificate not trusted";
      case TIMEOUT -> "The cluster did not answer in time";
      case CONNECTION_REFUSED, UNKNOWN_HOST, CONNECTION_CLOSED -> "Cannot reach the cluster";
      case TLS_FAILURE -> "Secure connection failed";
      case NOT_JSON, BAD_RESPONSE, RESPONSE_TOO_LARGE -> "Unexpected answer from the cluster";
      case UNAUTHORIZED -> "Not signed in";
      case NOT_FOUND -> "Not a Redis Software API";
      case UNAVAILABLE -> "The cluster is unavailable";
      case SERVER_ERROR -> "The cluster answered with an error (" + error.status() + ")";
      case REDIRECT -> "Redirect refused";
      default ->
          error.code().map(code -> "The cluster answered " + code).orElse("The request failed");
    };
  }
}
