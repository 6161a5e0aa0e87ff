package org.ocspconsole.fleetview;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ocspconsole.api.FieldWords;
import org.ocspconsole.api.HttpTime;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.fleet.Reading;

/**
 * The words in each cell of the fleet table; plain functions, tested without a toolkit. The
 * reading's words are made once, when it arrives ({@link #words}); a cell only adds the baseline's
 * marks.
 */
final class Cells {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private Cells() {}

  /** Column titles short enough for twelve columns; the form's labels are in the tooltips. */
  static String shortLabel(OcspField field) {
    return switch (field) {
      case OCSP_FUNCTIONALITY -> "OCSP";
      case QUERY_FREQUENCY -> "Query";
      case RESPONSE_TIMEOUT -> "Timeout";
      case RECOVERY_FREQUENCY -> "Recovery";
      case RECOVERY_MAX_TRIES -> "Tries";
    };
  }

  /** Every cell's words for a reading, the problems already found in it. */
  static FleetRow.Words words(Reading reading, List<String> problems, Instant now) {
    OcspConfig config = reading.reachable() ? reading.config() : null;
    Map<OcspField, String> fields = new EnumMap<>(OcspField.class);
    if (config != null) {
      for (OcspField field : OcspField.values()) {
        fields.put(field, FieldWords.value(field, config.get(field)));
      }
    }
    return new FleetRow.Words(
        reading.reachable() ? "yes" : "no: " + reading.problem(),
        fields,
        responderUrl(config),
        status(reading),
        proxyExpiry(reading, now),
        reading.readAt() == null ? "" : CLOCK.format(reading.readAt()),
        String.join("; ", problems));
  }

  static String reachable(FleetRow row) {
    return row.words().reachable();
  }

  static String field(FleetRow row, OcspField field) {
    String text = row.words().fields().getOrDefault(field, "");
    return row.drift().contains(field) ? "≠ " + text : text;
  }

  static String responderUrl(FleetRow row) {
    return row.words().responder();
  }

  static String status(FleetRow row) {
    return row.words().status();
  }

  static String proxyExpiry(FleetRow row) {
    return row.words().expiry();
  }

  static String lastRead(FleetRow row) {
    return row.loading() ? "reading…" : row.words().readAt();
  }

  static String problems(FleetRow row) {
    String problems = row.words().problems();
    if (!row.drift().isEmpty()) {
      return problems
          + (problems.isEmpty() ? "" : "; ")
          + row.drift().size()
          + " differ from the baseline";
    }
    return problems;
  }

  private static String responderUrl(OcspConfig config) {
    if (config == null) {
      return "";
    }
    String url = config.responderUrl();
    return url == null ? "—" : url.isBlank() ? "(none)" : url;
  }

  private static String status(Reading reading) {
    OcspStatus status = reading.reachable() ? reading.status() : null;
    if (status == null) {
      return reading.reachable() ? "—" : "";
    }
    String state = status.certStatus() == null ? "no status" : status.certStatus();
    HttpTime next = status.nextUpdate();
    if (next == null) {
      return state + ", no next_update";
    }
    return state + ", next " + next.value().map(WHEN::format).orElse(next.raw());
  }

  private static String proxyExpiry(Reading reading, Instant now) {
    if (!reading.reachable()) {
      return "";
    }
    return reading
        .proxyDaysLeft(now)
        .map(days -> days < 0 ? "expired" : days == 1 ? "1 day" : days + " days")
        .orElse("—");
  }
}
