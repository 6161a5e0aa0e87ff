package org.ocspconsole.api;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * One finished request, for the activity log. Holds no credentials: the request body is the JSON
 * the console sent, except a body holding a private key, which is {@link #REDACTED_KEY} instead.
 *
 * @param status the HTTP status, or 0 when none arrived
 * @param errorCode the server's {@code error_code} or, for a transport failure, the error kind
 */
public record Exchange(
    Instant started,
    String method,
    URI uri,
    int status,
    Duration duration,
    String errorCode,
    String requestBody) {
  /** Stands in for a request body that carried a private key. */
  public static final String REDACTED_KEY = "\u00abredacted: contains a private key\u00bb";
}
