package org.ocspconsole.cli;

/** A command that cannot go on: the words for stderr and the exit code. Never a stack trace. */
final class CliFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliFailure(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
