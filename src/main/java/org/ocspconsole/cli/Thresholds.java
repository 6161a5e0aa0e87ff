package org.ocspconsole.cli;

import picocli.CommandLine.Option;

/** When {@code check} warns and when it is critical. */
final class Thresholds {
  @Option(
      names = "--warn-next-update",
      paramLabel = "MINUTES",
      defaultValue = "60",
      description =
          "WARNING when the cached answer's next_update is closer than this (default: ${DEFAULT-VALUE})")
  int warnNextUpdateMinutes;

  @Option(
      names = "--crit-next-update",
      paramLabel = "MINUTES",
      defaultValue = "0",
      description =
          "CRITICAL when next_update is closer than this; 0: once it has passed (default: ${DEFAULT-VALUE})")
  int critNextUpdateMinutes;

  @Option(
      names = "--warn-days",
      paramLabel = "DAYS",
      defaultValue = "30",
      description =
          "WARNING when the proxy certificate expires within this many days (default: ${DEFAULT-VALUE})")
  int warnDays;

  @Option(
      names = "--crit-days",
      paramLabel = "DAYS",
      defaultValue = "7",
      description = "CRITICAL when it expires within this many days (default: ${DEFAULT-VALUE})")
  int critDays;

  @Option(
      names = "--ocsp-off",
      paramLabel = "STATE",
      defaultValue = "CRITICAL",
      converter = StateConverter.class,
      description =
          "what OCSP stapling turned off counts as: OK, WARNING or CRITICAL (default: ${DEFAULT-VALUE})")
  State ocspOff;

  @Option(
      names = "--no-staple",
      paramLabel = "STATE",
      defaultValue = "CRITICAL",
      converter = StateConverter.class,
      description =
          "what an endpoint serving no staple (while OCSP is on) counts as (default: ${DEFAULT-VALUE})")
  State noStaple;

  /** Why these thresholds cannot work together, or null. */
  String problem() {
    if (warnNextUpdateMinutes < 0 || critNextUpdateMinutes < 0 || warnDays < 0 || critDays < 0) {
      return "Thresholds cannot be negative.";
    }
    if (critNextUpdateMinutes > warnNextUpdateMinutes) {
      return "--crit-next-update must not be larger than --warn-next-update.";
    }
    if (critDays > warnDays) {
      return "--crit-days must not be larger than --warn-days.";
    }
    if (ocspOff == State.UNKNOWN || noStaple == State.UNKNOWN) {
      return "--ocsp-off and --no-staple take OK, WARNING or CRITICAL.";
    }
    return null;
  }

  /** Lets "warning" and "Critical" through as well as "WARNING". */
  static final class StateConverter implements picocli.CommandLine.ITypeConverter<State> {
    @Override
    public State convert(String value) {
      try {
        return State.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not OK, WARNING or CRITICAL");
      }
    }
  }
}
