package org.ocspconsole.api;

/**
 * A call refused before it reached the network because its client was closed: the session ended, or
 * a new password replaced the client between the steps of a longer operation. In the second case
 * nothing was sent, so the step can safely run again with the new client.
 */
public final class ClosedConnectionException extends ApiException {
  private static final long serialVersionUID = 1L;

  ClosedConnectionException(String what) {
    super(
        ApiError.transport(
            ApiError.Kind.CANCELLED, what + " was not sent: this connection was closed."));
  }
}
