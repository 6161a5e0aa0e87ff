package org.ocspconsole.fx;

/**
 * A message across the top of the form: what happened, in words, and at most one action.
 *
 * @param action what the action button does, or null for none
 */
public record Banner(
    Severity severity, String title, String text, String actionLabel, Runnable action) {
  public enum Severity {
    INFO,
    WARNING,
    ERROR
  }

  public static Banner error(String title, String text) {
    return new Banner(Severity.ERROR, title, text, null, null);
  }

  public Banner withAction(String label, Runnable run) {
    return new Banner(severity, title, text, label, run);
  }
}
