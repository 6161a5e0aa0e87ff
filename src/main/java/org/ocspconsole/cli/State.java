package org.ocspconsole.cli;

import java.util.Locale;

/** A monitoring plugin's states, with their exit codes. */
enum State {
  OK(0),
  WARNING(1),
  CRITICAL(2),
  UNKNOWN(3);

  private final int exitCode;

  State(int exitCode) {
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }

  /** How much a state weighs when many are combined: a known problem outranks an unknown part. */
  int weight() {
    return switch (this) {
      case OK -> 0;
      case UNKNOWN -> 1;
      case WARNING -> 2;
      case CRITICAL -> 3;
    };
  }

  static State worse(State a, State b) {
    return a.weight() >= b.weight() ? a : b;
  }

  /** For options: "ok", "warning", "critical" in any case. */
  static State parse(String text) {
    return State.valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
