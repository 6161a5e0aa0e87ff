package org.ocspconsole.api;

/** A failed cluster call. Its message is the error's user-facing text, free of credentials. */
public final class ApiException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient ApiError error;

  public ApiException(ApiError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  public ApiException(ApiError error, Throwable cause) {
    super(error.message(), cause, false, false);
    this.error = error;
  }

  public ApiError error() {
    return error;
  }

  public ApiError.Kind kind() {
    return error.kind();
  }
}
