package org.ocspconsole.config;

/**
 * Says in plain words what a set of OCSP timings means for the cluster: how often the staple is
 * refreshed and how long an unreachable responder is retried.
 */
public final class SettingsSummary {
  private SettingsSummary() {}

  public static String describe(
      boolean enabled,
      Integer queryFrequency,
      Integer responseTimeout,
      Integer recoveryFrequency,
      Integer recoveryMaxTries) {
    if (queryFrequency == null
        || responseTimeout == null
        || recoveryFrequency == null
        || recoveryMaxTries == null) {
      return "Fix the highlighted values to see what these settings mean.";
    }
    String lead =
        enabled
            ? "With OCSP stapling on, the cluster"
            : "OCSP stapling is off: database clients get no staple. Once it is on, the cluster";
    long retrying = (long) recoveryFrequency * recoveryMaxTries;
    return lead
        + " asks the responder for a fresh certificate status every "
        + Durations.human(queryFrequency)
        + ", waiting up to "
        + Durations.human(responseTimeout)
        + " for each answer. If a poll fails, it retries every "
        + Durations.human(recoveryFrequency)
        + ", "
        + recoveryMaxTries
        + (recoveryMaxTries == 1 ? " time" : " times")
        + " (about "
        + Durations.human(retrying)
        + " in all), before giving up: the reference documentation says the "
        + "cached status is then invalidated; the OpenAPI description says polling returns to every "
        + Durations.human(queryFrequency)
        + ".";
  }
}
