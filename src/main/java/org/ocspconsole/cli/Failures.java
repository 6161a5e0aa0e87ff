package org.ocspconsole.cli;

import org.ocspconsole.api.ApiError;

/** A failed call in words for a terminal, with what to do about it, and its exit code. */
final class Failures {
  private Failures() {}

  static CliFailure of(ApiError error) {
    return of(error, false);
  }

  /**
   * @param certificate whether the login was a client certificate: then a 401 means the cluster
   *     maps it to no user, and a password has nothing to do with it
   */
  static CliFailure of(ApiError error, boolean certificate) {
    return new CliFailure(exitCode(error), words(error, certificate));
  }

  static int exitCode(ApiError error) {
    return switch (error.kind()) {
      case INVALID_SCHEMA,
              NO_RESPONDER_URL,
              BAD_REQUEST,
              FORBIDDEN,
              UNSUPPORTED_BY_CAPABILITY,
              INVALID_CERTIFICATE,
              INVALID_OCSP_RESPONSE ->
          Exit.REFUSED;
      default -> Exit.NO_ANSWER;
    };
  }

  static String words(ApiError error, boolean certificate) {
    String message = error.message();
    return switch (error.kind()) {
      case UNTRUSTED_CERTIFICATE, HOSTNAME_MISMATCH ->
          message
              + (error.certificate() == null
                  ? ""
                  : " Its SHA-256 fingerprint is "
                      + error.certificate().sha256()
                      + ". If that is the cluster's certificate (compare it on a node, e.g. with"
                      + " openssl x509 -noout -fingerprint -sha256), trust it with --pin-sha256,"
                      + " or give the CA that signed it with --ca-file, or trust it once in the"
                      + " window's profile.");
      case PIN_MISMATCH ->
          message
              + (error.certificate() == null
                  ? ""
                  : " Presented: " + error.certificate().sha256() + ".")
              + " Check the certificate with the cluster's administrators before trusting it.";
      case UNAUTHORIZED ->
          certificate
              ? "The cluster did not accept the client certificate (401). Check that the cluster"
                  + " trusts the CA that issued it and maps it to a user, and that the file is"
                  + " the right one."
              : message
                  + " Check the user name and the password (from "
                  + Passwords.PASSWORD_VARIABLE
                  + ", the credential store or the terminal).";
      default -> message;
    };
  }
}
