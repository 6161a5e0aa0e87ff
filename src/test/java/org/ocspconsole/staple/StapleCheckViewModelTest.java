package org.ocspconsole.staple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocspconsole.api.Calls.admin;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus.CertState;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.stapling.Severity;

/** The staple check's view-model against the demo, with one thread standing in for the FX one. */
class StapleCheckViewModelTest {
  private DemoCluster cluster;
  private ExecutorService fxThread;
  private StapleCheckViewModel vm;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    cluster.setConfig(OcspField.OCSP_FUNCTIONALITY, true);
    fxThread = Executors.newSingleThreadExecutor();
    vm = new StapleCheckViewModel(admin(cluster), fxThread);
  }

  @AfterEach
  void stop() {
    fxThread.shutdownNow();
    cluster.close();
  }

  /** Runs a check from the "FX thread" and waits until it has finished there. */
  private void runAndWait() throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    fxThread
        .submit(
            () -> {
              // Observed from the start, as the window's detail pane does.
              vm.detailProperty().addListener((obs, old, text) -> {});
              vm.runningProperty()
                  .addListener(
                      (obs, was, now) -> {
                        if (!now) {
                          done.countDown();
                        }
                      });
              vm.run();
            })
        .get();
    assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
    fxThread.submit(() -> {}).get(); // whatever was queued behind the end has run
  }

  @Test
  void aRunFillsARowPerEndpointWithItsVerdictAndDetail() throws Exception {
    cluster.switches().certState(CertState.REVOKED);
    runAndWait();

    assertThat(vm.rows()).hasSize(3);
    assertThat(vm.rows()).allMatch(row -> row.verdictProperty().get().equals("REVOKED"));
    assertThat(vm.rows()).allMatch(row -> row.severityProperty().get() == Severity.CRITICAL);
    assertThat(vm.selectedProperty().get()).isSameAs(vm.rows().get(0));
    assertThat(vm.detailProperty().get()).contains("Verdict: REVOKED.").contains("key compromise");
    assertThat(vm.responderProperty().get()).contains("REVOKED in ");
    assertThat(vm.views()).hasSize(3);
    assertThat(vm.budget()).isNotEmpty();
    // "740 ms" or, on a loaded machine, "1.8 s": the time is the machine's, the words are ours.
    assertThat(vm.summaryProperty().get())
        .matches("3 endpoints checked in [0-9.]+ (ms|s): 3 REVOKED\\.");
    assertThat(vm.canRunProperty().get()).isTrue();
  }

  @Test
  void typedAddressesAreCheckedTooAndBadOnesBlockRunWithAReason() throws Exception {
    vm.typedProperty().set("db.example.com");
    assertThat(vm.typedErrorProperty().get()).startsWith("Add the port");
    assertThat(vm.canRunProperty().get()).isFalse();

    vm.typedProperty().set("127.0.0.1:" + cluster.port());
    assertThat(vm.typedErrorProperty().get()).isNull();
    runAndWait();

    assertThat(vm.rows()).hasSize(4);
    StapleRow api = vm.rows().get(3);
    assertThat(api.endpoint()).isEqualTo("127.0.0.1:" + cluster.port());
    // The API server serves its own certificate, not the proxy's, and staples nothing.
    assertThat(api.verdictProperty().get())
        .isEqualTo("serves another certificate than the proxy certificate");
    vm.selectedProperty().set(api);
    assertThat(vm.detailProperty().get()).contains("No staple");
  }

  @Test
  void aViewerGetsTheVerdictsAndIsToldWhatItCannotRead() throws Exception {
    cluster.switches().viewer(true);
    runAndWait();

    assertThat(vm.problemsProperty().get())
        .startsWith("OCSP settings:")
        .contains("view_ocsp_config");
    assertThat(vm.rows()).hasSize(3);
    assertThat(vm.rows())
        .allMatch(row -> row.verdictProperty().get().equals("stapled, GOOD, fresh"));
  }

  @Test
  void cancelClosesTheSilentEndpointAndStillShowsTheResult() throws Exception {
    // Accepts the connection and never answers the handshake: only Cancel ends it early.
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      StapleCheckViewModel typedOnly = new StapleCheckViewModel(null, fxThread);
      typedOnly.typedProperty().set("127.0.0.1:" + silent.getLocalPort());
      CountDownLatch rowShown = new CountDownLatch(1);
      CountDownLatch finished = new CountDownLatch(1);
      fxThread
          .submit(
              () -> {
                typedOnly
                    .rows()
                    .addListener((ListChangeListener<StapleRow>) c -> rowShown.countDown());
                typedOnly
                    .runningProperty()
                    .addListener(
                        (obs, was, now) -> {
                          if (!now) {
                            finished.countDown();
                          }
                        });
                typedOnly.run();
              })
          .get();
      assertThat(rowShown.await(30, TimeUnit.SECONDS)).isTrue();
      fxThread.submit(typedOnly::cancel).get();

      assertThat(finished.await(30, TimeUnit.SECONDS)).isTrue();
      fxThread.submit(() -> {}).get();
      assertThat(typedOnly.rows()).hasSize(1);
      assertThat(typedOnly.rows().get(0).detail()).contains("cancelled");
      assertThat(typedOnly.summaryProperty().get()).startsWith("1 endpoint");
      assertThat(typedOnly.canRunProperty().get()).isTrue();
    }
  }
}
