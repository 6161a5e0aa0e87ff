package org.ocspconsole.connection;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;

/**
 * Whether the file a field names can be read, looked at off the FX thread (a path on a slow disk or
 * a network share can take seconds to answer) once typing pauses. Only the answer for the field's
 * current text is kept: an answer for text typed over meanwhile is dropped.
 */
final class FileCheck {
  private final ObservableStringValue path;
  private final Executor fx;
  private final Executor checks;
  private final Predicate<Path> readable;
  private final ReadOnlyObjectWrapper<Boolean> answer = new ReadOnlyObjectWrapper<>(this, "answer");
  private long asked;

  /**
   * @param fx where the answer is set (the FX thread)
   * @param checks where the file is looked at (the worker, after a pause)
   */
  FileCheck(ObservableStringValue path, Executor fx, Executor checks, Predicate<Path> readable) {
    this.path = path;
    this.fx = fx;
    this.checks = checks;
    this.readable = readable;
    path.addListener((o, was, now) -> check());
    check();
  }

  private void check() {
    long number = ++asked;
    answer.set(null);
    String text = path.get();
    if (text == null || text.isBlank()) {
      return;
    }
    checks.execute(
        () -> {
          boolean ok = canRead(text);
          fx.execute(
              () -> {
                if (number == asked) {
                  answer.set(ok);
                }
              });
        });
  }

  private boolean canRead(String text) {
    try {
      return readable.test(Path.of(text));
    } catch (InvalidPathException | SecurityException e) {
      return false;
    }
  }

  /** True when readable, false when not, null while the current text is being looked at. */
  ReadOnlyObjectProperty<Boolean> readableProperty() {
    return answer.getReadOnlyProperty();
  }

  boolean pending() {
    String text = path.get();
    return text != null && !text.isBlank() && answer.get() == null;
  }

  /** The field's message: none while looking, none when readable. */
  String message() {
    return Boolean.FALSE.equals(answer.get()) ? "This file cannot be read." : null;
  }
}
