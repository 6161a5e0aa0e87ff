package org.ocspconsole.config;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What the form does when the user asks to save, refresh or leave: the questions in between (the
 * review, "discard and reload?", Save / Discard / Cancel, whose value to keep in a conflict) and
 * what each answer leads to. The buttons and the window's shortcuts come here through {@link
 * ConfigViewModel}; the view decides nothing.
 */
final class ConfigRequests {
  private final ConfigViewModel vm;
  private final Executor fx;
  private ConfigPrompts prompts;
  private BooleanProperty reviewBeforeSave = new SimpleBooleanProperty(false);

  ConfigRequests(ConfigViewModel vm, Executor fx) {
    this.vm = vm;
    this.fx = fx;
  }

  void use(ConfigPrompts newPrompts, BooleanProperty review) {
    this.prompts = newPrompts;
    this.reviewBeforeSave = review;
  }

  void refresh() {
    if (vm.busyProperty().get()) {
      return;
    }
    if (dirty() && (prompts == null || !prompts.discardAndReload())) {
      return;
    }
    vm.load();
  }

  void save() {
    if (!vm.canSaveProperty().get()) {
      return;
    }
    if (reviewBeforeSave.get()
        && (prompts == null
            || !prompts.review(
                vm.form().changes(), vm.session().name(), skip -> reviewBeforeSave.set(false)))) {
      return;
    }
    vm.save();
  }

  void leave(String what, Runnable proceed) {
    if (!dirty()) {
      proceed.run();
      return;
    }
    ConfigPrompts.Unsaved choice =
        prompts == null
            ? ConfigPrompts.Unsaved.CANCEL
            : prompts.unsaved(what, vm.canSaveProperty().get());
    switch (choice) {
      case SAVE ->
          vm.save()
              .thenRunAsync(
                  () -> {
                    if (!dirty()) {
                      proceed.run();
                    }
                  },
                  fx);
      case DISCARD -> proceed.run();
      case CANCEL -> {}
    }
  }

  /** The save's chain meets a conflict on a worker: the question is put on the FX thread. */
  ConflictResolver askedOnFxThread(ConflictResolver resolver) {
    return resolver == null
        ? null
        : (conflicts, cluster) ->
            CompletableFuture.supplyAsync(() -> resolver.resolve(conflicts, cluster), fx)
                .thenCompose(answer -> answer);
  }

  private boolean dirty() {
    return vm.form().dirtyProperty().get();
  }
}
