package org.ocspconsole.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.alerts.AlertsViewModel;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.certificate.CertificateViewModel;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.demo.RecordedRequest;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.status.StatusViewModel;
import org.ocspconsole.testing.DemoSessions;

/**
 * The password changes on the cluster while the console works: the form, the status, the
 * certificate and the alerts all meet the 401 at once. One prompt, then every call goes through.
 */
class OneReauthenticationTest {
  private static final String NEW_PASSWORD = "changed-elsewhere-0815";

  private DemoCluster cluster;
  private Session session;
  private final GatedPrompt prompt = new GatedPrompt();

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    session = DemoSessions.admin(cluster);
    cluster.changeAdminPassword(NEW_PASSWORD);
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  void everyPanelWaitsForTheOnePromptAndThenShowsItsValues() throws Exception {
    ConfigViewModel form = new ConfigViewModel(session, FxThread.DIRECT, prompt);
    StatusViewModel status = new StatusViewModel(session, FxThread.DIRECT, Clock.systemUTC());
    CertificateViewModel certificate =
        new CertificateViewModel(session, FxThread.DIRECT, Clock.systemUTC());
    AlertsViewModel alerts = new AlertsViewModel(session, FxThread.DIRECT);

    CompletableFuture<Void> all =
        CompletableFuture.allOf(form.load(), status.refresh(), certificate.load(), alerts.load());
    // All four were refused before anyone answered the prompt.
    prompt.asked.get(20, TimeUnit.SECONDS);
    waitForRefusals(4);
    prompt.answer(NEW_PASSWORD);
    all.get(20, TimeUnit.SECONDS);

    assertThat(prompt.reasons).hasSize(1);
    assertThat(form.form().loadedProperty().get()).isNotNull();
    assertThat(form.bannerProperty().get()).isNull();
    assertThat(status.cardProperty().get()).isNotNull();
    assertThat(status.problemProperty().get()).isNull();
    assertThat(certificate.factsProperty().get()).isNotNull();
    assertThat(certificate.problemProperty().get()).isNull();
    assertThat(alerts.problemProperty().get()).isNull();
    assertThat(cluster.requests().stream().map(RecordedRequest::path))
        .containsExactlyInAnyOrder(
            "/v1/ocsp",
            "/v1/ocsp/status",
            "/v1/cluster/certificates",
            "/v1/cluster",
            "/v1/ocsp",
            "/v1/ocsp/status",
            "/v1/cluster/certificates",
            "/v1/cluster");
  }

  @Test
  void aCancelledPromptFailsEveryWaitingCallWithOneClearMessage() throws Exception {
    session.usePasswordPrompt(prompt, Runnable::run);
    CompletableFuture<OcspConfig> config = session.call(() -> session.client().getOcspConfig());
    CompletableFuture<?> status = session.call(() -> session.client().getOcspStatus());
    CompletableFuture<?> alerts = session.call(() -> session.client().getCluster());
    prompt.asked.get(20, TimeUnit.SECONDS);
    waitForRefusals(3);
    prompt.decline();

    for (CompletableFuture<?> call : List.of(config, status, alerts)) {
      ApiError error = ApiException.errorOf(catching(call));
      assertThat(error.kind()).isEqualTo(ApiError.Kind.UNAUTHORIZED);
      assertThat(error.message())
          .isEqualTo(
              "The cluster did not accept the password for "
                  + DemoCluster.ADMIN_USER
                  + " (401), and no new one was entered. Refresh to sign in again.");
    }
    assertThat(prompt.reasons).hasSize(1);
    assertThat(cluster.requests()).hasSize(3);
  }

  @Test
  void aCallSentWithTheOldPasswordRetriesWithoutAskingAgain() throws Exception {
    session.usePasswordPrompt(prompt, Runnable::run);
    CompletableFuture<OcspConfig> first = session.call(() -> session.client().getOcspConfig());
    prompt.asked.get(20, TimeUnit.SECONDS);
    prompt.answer(NEW_PASSWORD);
    first.get(20, TimeUnit.SECONDS);
    // The password is now right: later calls neither fail nor ask.
    session.call(() -> session.client().getOcspStatus()).get(20, TimeUnit.SECONDS);
    assertThat(prompt.reasons).hasSize(1);
  }

  @Test
  void theNewPasswordIsPutToUseOffTheThreadThatAnsweredThePrompt() throws Exception {
    // The prompt answers on the FX thread; building the new client (its TLS context) must not.
    session.usePasswordPrompt(prompt, Runnable::run);
    List<String> threads = new CopyOnWriteArrayList<>();
    CompletableFuture<OcspConfig> call =
        session.call(
            () -> {
              threads.add(Thread.currentThread().getName());
              return session.client().getOcspConfig();
            });
    prompt.asked.get(20, TimeUnit.SECONDS);
    String answering = Thread.currentThread().getName();
    prompt.answer(NEW_PASSWORD);
    call.get(20, TimeUnit.SECONDS);
    assertThat(threads).hasSize(2);
    assertThat(threads.get(1)).isNotEqualTo(answering).startsWith("ocsp-console-worker-");
  }

  @Test
  void aStepRefusedBecauseThePasswordWasReplacedMeanwhileRunsAgainWithTheNewOne() throws Exception {
    cluster.restoreAdminPassword();
    java.util.concurrent.atomic.AtomicInteger attempts =
        new java.util.concurrent.atomic.AtomicInteger();
    CompletableFuture<OcspConfig> call =
        session.call(
            () -> {
              org.ocspconsole.api.ClusterClient before = session.client();
              if (attempts.getAndIncrement() == 0) {
                // Another panel's 401 replaced the password between two steps of this call.
                replacePassword();
              }
              return before.getOcspConfig();
            });
    assertThat(call.get(20, TimeUnit.SECONDS)).isNotNull();
    assertThat(attempts.get()).isEqualTo(2);
  }

  private void replacePassword() {
    try {
      session.useCredentials(
          new org.ocspconsole.api.Credentials.Basic(
              DemoCluster.ADMIN_USER, cluster.admin().password().toCharArray()));
    } catch (ApiException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void withoutAPromptA401IsAnError() {
    CompletableFuture<OcspConfig> call = session.call(() -> session.client().getOcspConfig());
    assertThat(ApiException.errorOf(catching(call)).kind()).isEqualTo(ApiError.Kind.UNAUTHORIZED);
  }

  @Test
  void aCallThatIsAcceptedNeverAsks() throws Exception {
    session.usePasswordPrompt(prompt, Runnable::run);
    cluster.restoreAdminPassword();
    session.call(() -> session.client().getOcspConfig()).get(20, TimeUnit.SECONDS);
    assertThat(prompt.reasons).isEmpty();
  }

  private void waitForRefusals(int count) throws Exception {
    org.testfx.util.WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> cluster.requests().size() >= count);
  }

  private static Throwable catching(CompletableFuture<?> call) {
    try {
      call.get(20, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      return e;
    }
    throw new AssertionError("the call succeeded");
  }

  /** A prompt that answers when the test says so, and counts how often it was asked. */
  private static final class GatedPrompt implements PasswordPrompt {
    final List<String> reasons = new CopyOnWriteArrayList<>();
    final CompletableFuture<Void> asked = new CompletableFuture<>();
    private final CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();

    @Override
    public CompletionStage<Optional<char[]>> ask(String user, String reason) {
      reasons.add(reason);
      asked.complete(null);
      return answer;
    }

    void answer(String password) {
      answer.complete(Optional.of(password.toCharArray()));
    }

    void decline() {
      answer.complete(Optional.empty());
    }
  }
}
