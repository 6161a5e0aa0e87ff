package org.ocspconsole.session;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClosedConnectionException;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.platform.Worker;

/**
 * One password prompt per 401, for every call of a session. The form, the status, the certificate
 * and the alerts often call at the same moment; when the password was changed elsewhere they all
 * meet the 401 together. The first asks; the others wait for that answer and then retry with the
 * new password. A call sent before the password was replaced retries at once without asking. A
 * prompt the user cancels fails every waiting call with the same clear message.
 */
final class Reauthentication {
  private final Session session;
  private PasswordPrompt prompt;
  private Executor fx;

  /**
   * Where the answer is put to use: a new client builds its TLS context (and, for a client
   * certificate, reads a key store), which must not hold the FX thread the prompt answers on.
   */
  private final Executor worker = Worker.EXECUTOR;

  /** Counts password changes, so a 401 met with an older password does not ask again. */
  private int generation;

  /** The prompt being shown, or null. */
  private CompletableFuture<Void> round;

  /** Numbers the calls, so a refusal that arrives just after a declined prompt does not ask. */
  private long sent;

  private long declinedUpTo = -1;
  private ApiException declined;

  Reauthentication(Session session) {
    this.session = session;
  }

  synchronized void use(PasswordPrompt prompt, Executor fx) {
    this.prompt = prompt;
    this.fx = fx;
  }

  synchronized void credentialsReplaced() {
    generation++;
  }

  /** Runs {@code call}; after a 401 (Basic only) asks once and runs it again with the answer. */
  <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> call) {
    Retried<T> result = new Retried<>();
    attempt(call, result);
    return result;
  }

  private <T> void attempt(Supplier<CompletableFuture<T>> call, Retried<T> result) {
    int sentWith;
    long number;
    synchronized (this) {
      sentWith = generation;
      number = sent++;
    }
    CompletableFuture<T> request;
    try {
      request = call.get();
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    result.current = request;
    if (result.isCancelled()) {
      request.cancel(true);
      return;
    }
    request.whenComplete(
        (value, failure) -> {
          if (failure == null) {
            result.complete(value);
          } else if (replacedBeforeSending(failure, sentWith)) {
            // The password was replaced between the steps of this call (a save's read and its
            // write): the step was never sent, so it runs again with the new client.
            attempt(call, result);
          } else if (!canAsk(failure)) {
            result.completeExceptionally(failure);
          } else {
            // On the worker: when the answer is in before this line runs, a plain whenComplete
            // would run the retry on whatever thread met the 401.
            signIn(sentWith, number)
                .whenCompleteAsync(
                    (ok, refused) -> {
                      if (result.isDone()) {
                        return; // cancelled while the prompt was open
                      }
                      if (refused != null) {
                        result.completeExceptionally(refused);
                      } else {
                        attempt(call, result);
                      }
                    },
                    worker);
          }
        });
  }

  private boolean replacedBeforeSending(Throwable failure, int sentWith) {
    Throwable cause = failure;
    while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    synchronized (this) {
      return cause instanceof ClosedConnectionException && generation != sentWith;
    }
  }

  private boolean canAsk(Throwable failure) {
    synchronized (this) {
      if (prompt == null) {
        return false;
      }
    }
    return ApiException.errorOf(failure).kind() == ApiError.Kind.UNAUTHORIZED
        && session.connection() != null
        && session.connection().credentials() instanceof Credentials.Basic;
  }

  /** Completes once a new password is in use; fails when the user gave none. */
  private synchronized CompletableFuture<Void> signIn(int sentWith, long number) {
    if (generation != sentWith) {
      return CompletableFuture.completedFuture(null); // replaced since: just retry
    }
    if (number <= declinedUpTo) {
      return CompletableFuture.failedFuture(declined); // sent before the user declined
    }
    if (round != null) {
      return round;
    }
    CompletableFuture<Void> asked = new CompletableFuture<>();
    round = asked;
    String user = ((Credentials.Basic) session.connection().credentials()).user();
    PasswordPrompt ask = prompt;
    Executor settleOn = worker;
    fx.execute(
        () -> {
          try {
            ask.ask(
                    user,
                    "The cluster did not accept the password for "
                        + user
                        + ". Enter it again to continue; your changes are kept.")
                .whenCompleteAsync(
                    (answer, failure) -> settle(asked, user, failure == null ? answer : null),
                    settleOn);
          } catch (RuntimeException e) {
            settleOn.execute(() -> settle(asked, user, null));
          }
        });
    return asked;
  }

  private void settle(CompletableFuture<Void> asked, String user, Optional<char[]> answer) {
    ApiException refused = null;
    if (answer != null && answer.isPresent()) {
      char[] password = answer.get();
      try {
        session.useCredentials(new Credentials.Basic(user, password));
      } catch (ApiException e) {
        refused = e;
      } finally {
        Arrays.fill(password, '\0');
      }
    } else {
      refused =
          new ApiException(
              new ApiError(
                  ApiError.Kind.UNAUTHORIZED,
                  401,
                  null,
                  "The cluster did not accept the password for "
                      + user
                      + " (401), and no new one was entered. Refresh to sign in again.",
                  null,
                  null,
                  null,
                  null,
                  null));
    }
    synchronized (this) {
      round = null;
      if (refused != null) {
        declinedUpTo = sent - 1;
        declined = refused;
      }
    }
    if (refused == null) {
      asked.complete(null);
    } else {
      asked.completeExceptionally(refused);
    }
  }

  /** The caller's future: cancelling it cancels the request under way. */
  private static final class Retried<T> extends CompletableFuture<T> {
    volatile CompletableFuture<T> current;

    @Override
    public boolean cancel(boolean mayInterrupt) {
      boolean cancelled = super.cancel(mayInterrupt);
      CompletableFuture<T> running = current;
      if (running != null) {
        running.cancel(mayInterrupt);
      }
      return cancelled;
    }
  }
}
