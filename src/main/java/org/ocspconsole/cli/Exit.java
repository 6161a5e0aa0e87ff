package org.ocspconsole.cli;

/**
 * The exit codes. {@code check} follows the monitoring-plugin convention (0 OK, 1 WARNING, 2
 * CRITICAL, 3 UNKNOWN); the other commands use the same numbers for what a script needs to tell
 * apart.
 */
final class Exit {
  /** Done; for {@code check}: OK. */
  static final int OK = 0;

  /**
   * Refused: invalid values (locally or by the cluster), the responder-URL precondition, a cluster
   * that changed against {@code --expect}, a role without the permission; for {@code check}:
   * WARNING.
   */
  static final int REFUSED = 1;

  /** The command line itself is wrong; for {@code check}: CRITICAL. */
  static final int USAGE = 2;

  /**
   * No usable answer: the cluster cannot be reached, its certificate is not trusted, the
   * credentials were refused, a timeout, a server error; for {@code check}: UNKNOWN.
   */
  static final int NO_ANSWER = 3;

  private Exit() {}
}
