package org.ocspconsole.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.Banner;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.testing.DemoSessions;

/** Revert throws nothing away for good: the banner's Undo brings the edits back as typed. */
class RevertUndoTest {
  private DemoCluster cluster;
  private ConfigViewModel vm;
  private ConfigForm form;

  @BeforeEach
  void start() throws Exception {
    cluster = DemoCluster.start();
    vm = new ConfigViewModel(DemoSessions.admin(cluster), FxThread.DIRECT, null);
    form = vm.form();
    await(vm.load());
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private static void await(CompletableFuture<?> future) throws Exception {
    future.get(20, TimeUnit.SECONDS);
  }

  private String text(OcspField field) {
    return form.number(field).textProperty().get();
  }

  private void edit() {
    form.number(OcspField.QUERY_FREQUENCY).textProperty().set("900");
    form.number(OcspField.RESPONSE_TIMEOUT).textProperty().set("abc");
    form.enabledProperty().set(true);
  }

  @Test
  void revertOffersUndoWhichRestoresTheEditsAsTyped() {
    edit();
    vm.revert();
    assertThat(text(OcspField.QUERY_FREQUENCY)).isEqualTo("3600");
    assertThat(form.dirtyProperty().get()).isFalse();
    Banner banner = vm.bannerProperty().get();
    assertThat(banner.title()).isEqualTo("Edits discarded");
    assertThat(banner.actionLabel()).isEqualTo("_Undo");

    banner.action().run();
    assertThat(text(OcspField.QUERY_FREQUENCY)).isEqualTo("900");
    assertThat(text(OcspField.RESPONSE_TIMEOUT)).isEqualTo("abc");
    assertThat(form.enabledProperty().get()).isTrue();
    assertThat(form.dirtyProperty().get()).isTrue();
    assertThat(vm.bannerProperty().get()).isNull();
  }

  @Test
  void editingAgainAfterARevertWithdrawsTheUndo() {
    edit();
    vm.revert();
    form.number(OcspField.RECOVERY_MAX_TRIES).textProperty().set("7");
    assertThat(vm.bannerProperty().get()).isNull();
  }

  @Test
  void aNewLoadWithdrawsTheUndoSoOldEditsNeverLandOnNewValues() throws Exception {
    edit();
    vm.revert();
    Banner banner = vm.bannerProperty().get();
    await(vm.load());
    assertThat(vm.bannerProperty().get()).isNull();
    banner.action().run();
    assertThat(text(OcspField.QUERY_FREQUENCY)).isEqualTo("3600");
    assertThat(form.dirtyProperty().get()).isFalse();
  }

  @Test
  void revertWithoutEditsDoesNothing() {
    vm.revert();
    assertThat(vm.bannerProperty().get()).isNull();
  }
}
