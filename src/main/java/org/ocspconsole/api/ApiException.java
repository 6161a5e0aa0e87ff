package org.ocspconsole.api;

/** A failed cluster call. Its message is the error's user-facing text, free of credentials. */
public class ApiException extends Exception {
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

  /** The typed error behind a failed future, however it was wrapped or cancelled. */
  public static ApiError errorOf(Throwable failure) {
    Throwable t = failure;
    while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof ApiException api) {
      return api.error();
    }
    if (t instanceof java.util.concurrent.CancellationException) {
      return ApiError.cancelled("The request");
    }
    return ApiError.transport(
        ApiError.Kind.LOCAL, "Unexpected failure: " + t.getClass().getSimpleName());
  }
}
