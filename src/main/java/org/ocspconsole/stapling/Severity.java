package org.ocspconsole.stapling;

/** How bad a verdict is, in the order monitoring tools rank them. */
public enum Severity {
  OK,
  INFO,
  WARNING,
  CRITICAL,
  /** Nothing could be learnt: not reachable, timed out, cancelled. */
  UNKNOWN
}
