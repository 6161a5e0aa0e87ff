package org.ocspconsole.certificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.CertificateUpload;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.fx.BackgroundCall;
import org.ocspconsole.platform.Worker;
import org.ocspconsole.session.Session;

/**
 * Replacing the proxy certificate: the chosen certificate and key are checked locally as they
 * change, sent only when no check fails, and the wait (minutes, cancellable) is shown. The key
 * lives only in {@link #keyTextProperty()} and is cleared once sent.
 */
public final class ReplaceViewModel {
  /** Larger files are not certificates or keys; refusing them keeps a wrong choice harmless. */
  static final long MAX_FILE_BYTES = 256 * 1024;

  /** Long enough for any local disk; a file on a dead share ends in a message instead. */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final Session session;
  private final Runnable afterReplace;
  private final StringProperty certificateText =
      new SimpleStringProperty(this, "certificateText", "");
  private final StringProperty keyText = new SimpleStringProperty(this, "keyText", "");
  private final StringProperty certificateSource =
      new SimpleStringProperty(this, "certificateSource", "none chosen");
  private final StringProperty keySource =
      new SimpleStringProperty(this, "keySource", "none chosen");
  private final BackgroundCall calls;

  /** Reading a chosen file: on the worker, so a slow disk or share never freezes the dialog. */
  private final BackgroundCall reads;

  private final Executor worker;
  private final Duration readTimeout;
  private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
  private final ObjectBinding<UploadCheck> check;
  private final BooleanBinding canReplace;

  /**
   * {@code afterReplace} refreshes what depends on the certificate: responder URL, status, card.
   */
  public ReplaceViewModel(Session session, Executor fx, Clock clock, Runnable afterReplace) {
    this(session, fx, Worker.EXECUTOR, READ_TIMEOUT, clock, afterReplace);
  }

  /**
   * @param worker where the chosen files are read
   * @param readTimeout how long a read may take before the user is told (a file on a dead share)
   */
  ReplaceViewModel(
      Session session,
      Executor fx,
      Executor worker,
      Duration readTimeout,
      Clock clock,
      Runnable afterReplace) {
    this.session = session;
    this.calls = new BackgroundCall(fx);
    this.reads = new BackgroundCall(fx);
    this.worker = worker;
    this.readTimeout = readTimeout;
    this.afterReplace = afterReplace;
    check =
        Bindings.createObjectBinding(
            () ->
                UploadCheck.run(
                    certificateText.get(), keyText.get(), clock.instant(), clock.getZone()),
            certificateText,
            keyText);
    canReplace =
        Bindings.createBooleanBinding(() -> !check.get().blocked(), check)
            .and(calls.busyProperty().not())
            .and(reads.busyProperty().not());
  }

  public StringProperty certificateTextProperty() {
    return certificateText;
  }

  public StringProperty keyTextProperty() {
    return keyText;
  }

  public StringProperty certificateSourceProperty() {
    return certificateSource;
  }

  public StringProperty keySourceProperty() {
    return keySource;
  }

  public ObjectBinding<UploadCheck> checkProperty() {
    return check;
  }

  public BooleanBinding canReplaceProperty() {
    return canReplace;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return calls.busyProperty();
  }

  /** A chosen file is being read. */
  public ReadOnlyBooleanProperty readingProperty() {
    return reads.busyProperty();
  }

  public ReadOnlyStringProperty resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** Reads the certificate file on the worker; a failure is told in {@link #problemProperty()}. */
  public CompletableFuture<Void> loadCertificate(Path file) {
    return load(file, certificateText, certificateSource);
  }

  /** Reads the key file on the worker; a failure is told in {@link #problemProperty()}. */
  public CompletableFuture<Void> loadKey(Path file) {
    return load(file, keyText, keySource);
  }

  private CompletableFuture<Void> load(Path file, StringProperty text, StringProperty source) {
    if (reads.isBusy() || calls.isBusy()) {
      return CompletableFuture.completedFuture(null);
    }
    problem.set(null);
    String name = String.valueOf(file.getFileName());
    return reads.run(
        () ->
            CompletableFuture.supplyAsync(() -> read(file, name), worker)
                .orTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(
                    failure ->
                        CompletableFuture.failedFuture(
                            unwrap(failure) instanceof TimeoutException
                                ? new ApiException(
                                    ApiError.transport(
                                        ApiError.Kind.TIMEOUT,
                                        name
                                            + " could not be read within "
                                            + readTimeout.toSeconds()
                                            + " s (a slow disk or network share?). Nothing"
                                            + " was changed; choose the file again or another"
                                            + " copy of it."))
                                : failure)),
        content -> {
          text.set(content);
          source.set(name);
        },
        error -> problem.set(error.message()));
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** Sends the certificate and key; on success the key is forgotten and the console refreshes. */
  public CompletableFuture<Void> replace() {
    if (!canReplace.get()) {
      return CompletableFuture.completedFuture(null);
    }
    result.set(null);
    problem.set(null);
    return calls.run(
        () ->
            session.call(
                () ->
                    session
                        .api()
                        .replaceCertificate(
                            CertificateUpload.proxy(check.get().chainPem(), keyText.get()))),
        api -> {
          keyText.set("");
          keySource.set("sent and cleared");
          result.set(
              "Replaced the proxy certificate at "
                  + LocalTime.now().format(TIME)
                  + (api == ClusterClient.CertificateApi.UPDATE_CERT
                      ? " (with PUT /v1/cluster/update_cert: this cluster predates PUT /v1/cluster/certificates)."
                      : "."));
          afterReplace.run();
        },
        error -> {
          session.permissions().learn(error);
          problem.set(describe(error));
        });
  }

  public void cancel() {
    calls.cancel();
  }

  /** On the worker: the file's text, or a clear reason why it cannot be used. */
  private static String read(Path file, String name) {
    String problem;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        problem = name + " is larger than 256 KiB: not a certificate or key file.";
      } else {
        return Files.readString(file, StandardCharsets.US_ASCII);
      }
    } catch (IOException | RuntimeException e) {
      problem = name + " could not be read as text.";
    }
    throw new CompletionException(
        new ApiException(ApiError.transport(ApiError.Kind.LOCAL, problem)));
  }

  private static String describe(ApiError error) {
    return switch (error.kind()) {
      case CANCELLED ->
          "Stopped waiting. The cluster may still install the certificate: "
              + "refresh in a while to see which one it holds.";
      case TIMEOUT ->
          "No answer within "
              + ClusterClient.CERTIFICATE_TIMEOUT.toMinutes()
              + " minutes. The cluster "
              + "may still be installing the certificate: refresh in a while to see which one it holds.";
      case FORBIDDEN ->
          "This user may not replace certificates: it needs the "
              + error.permission()
              + " permission (403).";
      default -> error.message();
    };
  }
}
