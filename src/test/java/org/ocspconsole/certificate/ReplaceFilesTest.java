package org.ocspconsole.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.testing.FakeCluster;

/**
 * The files chosen in "Replace certificate" are read on the worker, with the dialog told it is
 * reading; a file that cannot be read, or takes too long, ends in a clear message.
 */
class ReplaceFilesTest {
  private final FakeCluster cluster = new FakeCluster();

  /** A worker that runs its tasks only when the test says so. */
  private static final class HeldWorker implements Executor {
    final List<Runnable> tasks = new ArrayList<>();

    @Override
    public synchronized void execute(Runnable task) {
      tasks.add(task);
    }

    synchronized void runAll() {
      tasks.forEach(Runnable::run);
      tasks.clear();
    }
  }

  private ReplaceViewModel vm(Executor worker, Duration timeout) {
    return new ReplaceViewModel(
        cluster.session(), FxThread.DIRECT, worker, timeout, Clock.systemUTC(), () -> {});
  }

  @Test
  void theCertificateFileIsReadOnTheWorkerNotOnTheCallersThread(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("proxy.pem"), "-----BEGIN CERTIFICATE-----\n");
    HeldWorker worker = new HeldWorker();
    ReplaceViewModel vm = vm(worker, Duration.ofMinutes(1));

    CompletableFuture<Void> loaded = vm.loadCertificate(file);
    assertThat(vm.certificateTextProperty().get()).as("nothing read yet").isEmpty();
    assertThat(vm.readingProperty().get()).isTrue();
    assertThat(vm.canReplaceProperty().get()).isFalse();

    worker.runAll();
    loaded.get(20, TimeUnit.SECONDS);
    assertThat(vm.certificateTextProperty().get()).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(vm.certificateSourceProperty().get()).isEqualTo("proxy.pem");
    assertThat(vm.readingProperty().get()).isFalse();
  }

  @Test
  void aFileThatCannotBeReadIsNamedAndTheEarlierChoiceIsKept(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("proxy.key"), "key text");
    ReplaceViewModel vm = vm(Runnable::run, Duration.ofMinutes(1));
    vm.loadKey(good).get(20, TimeUnit.SECONDS);

    vm.loadKey(dir.resolve("missing.key")).get(20, TimeUnit.SECONDS);
    assertThat(vm.problemProperty().get()).isEqualTo("missing.key could not be read as text.");
    assertThat(vm.keyTextProperty().get()).isEqualTo("key text");
    assertThat(vm.keySourceProperty().get()).isEqualTo("proxy.key");
    assertThat(vm.readingProperty().get()).isFalse();

    Path big = Files.write(dir.resolve("big.pem"), new byte[300 * 1024]);
    vm.loadCertificate(big).get(20, TimeUnit.SECONDS);
    assertThat(vm.problemProperty().get()).contains("big.pem is larger than 256 KiB");
  }

  @Test
  void aReadThatNeverEndsEndsInAClearMessageAndTheDialogIsUsableAgain(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("proxy.pem"), "text");
    // The worker never runs the read: a file on a share that stopped answering.
    ReplaceViewModel vm = vm(task -> {}, Duration.ofMillis(200));
    vm.loadCertificate(file).get(20, TimeUnit.SECONDS);
    assertThat(vm.problemProperty().get())
        .startsWith("proxy.pem could not be read within")
        .contains("slow disk or network share");
    assertThat(vm.readingProperty().get()).isFalse();
    assertThat(vm.certificateTextProperty().get()).isEmpty();
  }
}
