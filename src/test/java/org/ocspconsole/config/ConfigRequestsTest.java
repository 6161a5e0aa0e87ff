package org.ocspconsole.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.testing.FakeCluster;

/**
 * Save, refresh and leave are decided by the view-model: the review, "discard and reload?", Save /
 * Discard / Cancel, and the conflict question, asked through scripted prompts over an in-memory
 * cluster. The conflict question is put on the FX executor, never from the save's chain.
 */
class ConfigRequestsTest {
  private final FakeCluster cluster = new FakeCluster();
  private final Prompts prompts = new Prompts();
  private final BooleanProperty review = new SimpleBooleanProperty(true);
  private boolean onFx;

  /** Marks what runs "on the FX thread": the test's stand-in for it. */
  private final Executor fx =
      task -> {
        boolean was = onFx;
        onFx = true;
        try {
          task.run();
        } finally {
          onFx = was;
        }
      };

  private ConfigViewModel vm;

  @BeforeEach
  void load() {
    vm = new ConfigViewModel(cluster.session(), fx, null);
    vm.usePrompts(prompts, review);
    vm.load().join();
  }

  private void edit(OcspField field, String text) {
    vm.form().number(field).textProperty().set(text);
  }

  private List<String> puts() {
    return cluster.calls().stream().filter(c -> c.startsWith("updateOcspConfig")).toList();
  }

  @Test
  void saveShowsTheReviewAndSendsOnlyWhenTheUserAgrees() {
    edit(OcspField.QUERY_FREQUENCY, "900");
    prompts.send = false;
    vm.requestSave();
    assertThat(prompts.asked).containsExactly("review 1 change to Fake cluster");
    assertThat(puts()).isEmpty();
    assertThat(vm.form().dirtyProperty().get()).isTrue();

    prompts.send = true;
    prompts.skipFromNowOn = true;
    vm.requestSave();
    assertThat(puts()).containsExactly("updateOcspConfig {query_frequency=900}");
    assertThat(review.get()).as("Don't show this review again").isFalse();

    edit(OcspField.QUERY_FREQUENCY, "1200");
    vm.requestSave();
    assertThat(prompts.asked).hasSize(2);
    assertThat(puts()).hasSize(2);
  }

  @Test
  void refreshOverEditsAsksFirstAndKeepsThemWhenRefused() {
    vm.requestRefresh();
    assertThat(prompts.asked).as("nothing to lose: no question").isEmpty();
    edit(OcspField.QUERY_FREQUENCY, "900");
    prompts.reload = false;
    vm.requestRefresh();
    assertThat(prompts.asked).containsExactly("reload");
    assertThat(vm.form().number(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("900");
    prompts.reload = true;
    vm.requestRefresh();
    assertThat(vm.form().number(OcspField.QUERY_FREQUENCY).textProperty().get()).isEqualTo("3600");
  }

  @Test
  void leavingWithEditsRunsOnlyAfterSaveOrDiscard() {
    List<String> left = new ArrayList<>();
    vm.confirmLeave("closing", () -> left.add("clean"));
    assertThat(left).containsExactly("clean");

    edit(OcspField.QUERY_FREQUENCY, "900");
    prompts.unsaved = ConfigPrompts.Unsaved.CANCEL;
    vm.confirmLeave("closing", () -> left.add("cancelled"));
    prompts.unsaved = ConfigPrompts.Unsaved.SAVE;
    cluster.refuse("updateOcspConfig", FakeCluster.unavailable());
    vm.confirmLeave("closing", () -> left.add("save failed"));
    assertThat(left).containsExactly("clean");

    cluster.allow("updateOcspConfig");
    vm.confirmLeave("closing", () -> left.add("saved"));
    prompts.unsaved = ConfigPrompts.Unsaved.DISCARD;
    edit(OcspField.QUERY_FREQUENCY, "1200");
    vm.confirmLeave("closing", () -> left.add("discarded"));
    assertThat(left).containsExactly("clean", "saved", "discarded");
    assertThat(cluster.config().queryFrequency()).isEqualTo(900);
  }

  @Test
  void theConflictQuestionIsAskedOnTheFxThreadNotFromTheSavesChain() {
    review.set(false);
    edit(OcspField.QUERY_FREQUENCY, "900");
    OcspConfig theirs = cluster.config();
    cluster.config(
        new OcspConfig(
            theirs.ocspFunctionality(),
            600,
            theirs.responseTimeout(),
            theirs.recoveryFrequency(),
            theirs.recoveryMaxTries(),
            theirs.responderUrl()));
    vm.requestSave();
    assertThat(prompts.conflictAskedOnFx).containsExactly(true);
    assertThat(cluster.config().queryFrequency()).as("theirs kept").isEqualTo(600);
    assertThat(puts()).isEmpty();
  }

  /** Scripted answers; records what was asked. */
  private final class Prompts implements ConfigPrompts {
    final List<String> asked = new ArrayList<>();
    final List<Boolean> conflictAskedOnFx = new ArrayList<>();
    boolean send = true;
    boolean skipFromNowOn;
    boolean reload;
    Unsaved unsaved = Unsaved.CANCEL;

    @Override
    public boolean review(
        List<ConfigForm.Change> changes, String cluster, Consumer<Boolean> rememberSkip) {
      asked.add(
          "review "
              + changes.size()
              + (changes.size() == 1 ? " change" : " changes")
              + " to "
              + cluster);
      if (send && skipFromNowOn) {
        rememberSkip.accept(true);
      }
      return send;
    }

    @Override
    public Unsaved unsaved(String what, boolean canSave) {
      asked.add("unsaved before " + what);
      return unsaved;
    }

    @Override
    public boolean discardAndReload() {
      asked.add("reload");
      return reload;
    }

    @Override
    public CompletionStage<Optional<Map<OcspField, ConflictCheck.Choice>>> resolve(
        List<ConflictCheck.Conflict> conflicts, String cluster) {
      conflictAskedOnFx.add(onFx);
      return CompletableFuture.completedFuture(
          Optional.of(Map.of(OcspField.QUERY_FREQUENCY, ConflictCheck.Choice.THEIRS)));
    }
  }
}
