package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.pki.IssuedCertificate;
import org.ocspconsole.pki.Pem;
import org.ocspconsole.profiles.Profile;

/**
 * Files named by a profile (a CA file, a client certificate) can sit on a slow disk or share. The
 * profile editor's checks while typing, its Test connection, and connecting all look at them on the
 * worker: a single-thread executor stands in for the FX thread and must keep running while a file
 * check, or a read of a named pipe, is blocked.
 */
class SlowFilesTest {
  @TempDir Path dir;
  private final ExecutorService fxThread = Executors.newSingleThreadExecutor();
  private final ExecutorService worker = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    fxThread.shutdownNow();
    worker.shutdownNow();
  }

  /** Runs on the stand-in FX thread; fails when that thread does not get to it in time. */
  private <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
    Future<T> done = fxThread.submit(task);
    return done.get(20, TimeUnit.SECONDS);
  }

  private boolean fxRuns() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    fxThread.execute(ran::countDown);
    return ran.await(10, TimeUnit.SECONDS);
  }

  @Test
  void typingAFilePathNeverWaitsForTheFile() throws Exception {
    CountDownLatch looking = new CountDownLatch(1);
    CountDownLatch answer = new CountDownLatch(1);
    AtomicReference<Thread> lookedOn = new AtomicReference<>();
    ProfileEditorViewModel vm =
        onFx(
            () ->
                new ProfileEditorViewModel(
                    null,
                    Set.of(),
                    fxThread,
                    worker,
                    worker,
                    path -> {
                      lookedOn.set(Thread.currentThread());
                      looking.countDown();
                      try {
                        answer.await(20, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return false;
                    }));
    onFx(
        () -> {
          vm.nameProperty().set("Slow");
          vm.urlProperty().set("cluster.example.com");
          vm.userProperty().set("admin");
          vm.trustProperty().set(Profile.Trust.CA_FILE);
          vm.caFileProperty().set("/share/ca.pem");
          return null;
        });
    assertThat(looking.await(10, TimeUnit.SECONDS)).as("the file is being looked at").isTrue();
    boolean responsive = fxRuns();
    assertThat(onFx(() -> vm.trustMessageProperty().get())).isNull();
    assertThat(onFx(() -> vm.validProperty().get())).as("not valid before the answer").isFalse();
    answer.countDown();
    assertThat(responsive).as("the FX thread ran while the file check was blocked").isTrue();

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (onFx(() -> vm.trustMessageProperty().get()) == null && System.nanoTime() < deadline) {
      fxRuns();
    }
    assertThat(onFx(() -> vm.trustMessageProperty().get())).isEqualTo("This file cannot be read.");
    assertThat(lookedOn.get()).isNotNull();
    assertThat(onFx(Thread::currentThread)).isNotSameAs(lookedOn.get());
  }

  @Test
  void anAnswerForATextTypedOverIsDropped() throws Exception {
    Path readable = Files.writeString(dir.resolve("ca.pem"), "x");
    ProfileEditorViewModel vm =
        onFx(
            () ->
                new ProfileEditorViewModel(
                    null, Set.of(), fxThread, worker, Runnable::run, Files::isReadable));
    onFx(
        () -> {
          vm.trustProperty().set(Profile.Trust.CA_FILE);
          vm.caFileProperty().set(dir.resolve("missing.pem").toString());
          vm.caFileProperty().set(readable.toString());
          return null;
        });
    fxRuns();
    assertThat(onFx(() -> vm.trustMessageProperty().get())).isNull();
    onFx(
        () -> {
          vm.caFileProperty().set(dir.resolve("missing.pem").toString());
          return null;
        });
    fxRuns();
    assertThat(onFx(() -> vm.trustMessageProperty().get())).isEqualTo("This file cannot be read.");
  }

  private Path fifo(String name) throws Exception {
    Path pipe = dir.resolve(name);
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
    return pipe;
  }

  private static void write(Path pipe, String text) throws Exception {
    try (OutputStream out = Files.newOutputStream(pipe)) {
      out.write(text.getBytes(StandardCharsets.US_ASCII));
    }
  }

  @Test
  void testConnectionReadsTheCaFileOnTheWorker() throws Exception {
    Path pipe = fifo("ca.pem");
    ProfileEditorViewModel vm =
        onFx(
            () ->
                new ProfileEditorViewModel(
                    null, Set.of(), fxThread, worker, Runnable::run, path -> true));
    CompletableFuture<Verdict> verdict =
        onFx(
            () -> {
              vm.nameProperty().set("Slow");
              vm.urlProperty().set("127.0.0.1:1");
              vm.userProperty().set("admin");
              vm.trustProperty().set(Profile.Trust.CA_FILE);
              vm.caFileProperty().set(pipe.toString());
              return vm.testConnection("secret".toCharArray());
            });
    boolean responsive = fxRuns();
    assertThat(onFx(() -> vm.testingProperty().get())).isTrue();
    write(pipe, "not a certificate"); // unblocks the reader wherever it runs
    assertThat(responsive).as("the FX thread ran while the CA file was read").isTrue();
    Verdict result = verdict.get(20, TimeUnit.SECONDS);
    assertThat(result.ok()).isFalse();
    assertThat(result.error().message()).contains("holds no readable PEM certificate");
    assertThat(onFx(() -> vm.testingProperty().get())).isFalse();
  }

  @Test
  void connectingReadsTheCaFileOnTheWorker() throws Exception {
    Path pipe = fifo("ca.pem");
    IssuedCertificate ca = TestPki.ca();
    Profile profile =
        new Profile(
            null,
            "Slow",
            "https://127.0.0.1:1",
            "admin",
            Profile.Auth.BASIC,
            null,
            Profile.Trust.CA_FILE,
            pipe.toString(),
            null);
    ConnectFlow flow =
        new ConnectFlow(
            fxThread,
            worker,
            new FakePrompts(),
            () -> CompletableFuture.completedFuture(Optional.empty()));
    CompletableFuture<ConnectFlow.Connected> connected =
        onFx(() -> flow.connect(profile, "secret".toCharArray(), p -> {}, false));
    boolean responsive = fxRuns();
    write(pipe, Pem.certificates(ca.certificate()));
    assertThat(responsive).as("the FX thread ran while the CA file was read").isTrue();
    ApiError error =
        org.junit.jupiter.api.Assertions.assertThrows(
                        java.util.concurrent.ExecutionException.class,
                        () -> connected.get(30, TimeUnit.SECONDS))
                    .getCause()
                instanceof ApiException e
            ? e.error()
            : null;
    assertThat(error).isNotNull();
    assertThat(error.kind()).isEqualTo(ApiError.Kind.CONNECTION_REFUSED);
  }
}
