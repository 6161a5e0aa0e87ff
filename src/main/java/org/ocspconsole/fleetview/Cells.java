package org.ocspconsole.fleetview;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.ocspconsole.api.FieldWords;
import org.ocspconsole.api.HttpTime;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus;

/** The words in each cell of the fleet table; plain functions, tested without a toolkit. */
final class Cells {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private Cells() {}

  /** Column titles short enough for thirteen columns; the form's labels are in the tooltips. */
  static String shortLabel(OcspField field) {
    return switch (field) {
      case OCSP_FUNCTIONALITY -> "OCSP";
      case QUERY_FREQUENCY -> "Query";
      case RESPONSE_TIMEOUT -> "Timeout";
      case RECOVERY_FREQUENCY -> "Recovery";
      case RECOVERY_MAX_TRIES -> "Tries";
    };
  }

  static String reachable(FleetRow row) {
    if (row.reading() == null) {
      return "reading…";
    }
    if (row.reachable()) {
      return "yes";
    }
    return "no: " + row.reading().problem();
  }

  static String field(FleetRow row, OcspField field) {
    OcspConfig config = row.reachable() ? row.reading().config() : null;
    if (config == null) {
      return "";
    }
    String text = FieldWords.value(field, config.get(field));
    return row.drift().contains(field) ? "≠ " + text : text;
  }

  static String responderUrl(FleetRow row) {
    if (!row.reachable()) {
      return "";
    }
    String url = row.reading().config().responderUrl();
    return url == null ? "—" : url.isBlank() ? "(none)" : url;
  }

  static String status(FleetRow row) {
    OcspStatus status = row.reachable() ? row.reading().status() : null;
    if (status == null) {
      return row.reachable() ? "—" : "";
    }
    String state = status.certStatus() == null ? "no status" : status.certStatus();
    HttpTime next = status.nextUpdate();
    if (next == null) {
      return state + ", no next_update";
    }
    return state + ", next " + next.value().map(WHEN::format).orElse(next.raw());
  }

  static String proxyExpiry(FleetRow row, Clock clock) {
    if (!row.reachable()) {
      return "";
    }
    return row.reading()
        .proxyDaysLeft(clock.instant())
        .map(days -> days < 0 ? "expired" : days == 1 ? "1 day" : days + " days")
        .orElse("—");
  }

  static String lastRead(FleetRow row) {
    if (row.loading()) {
      return "reading…";
    }
    Instant at = row.reading() == null ? null : row.reading().readAt();
    return at == null ? "" : CLOCK.format(at);
  }

  static String problems(FleetRow row) {
    if (!row.drift().isEmpty()) {
      return String.join("; ", row.problems())
          + (row.problems().isEmpty() ? "" : "; ")
          + row.drift().size()
          + " differ from the baseline";
    }
    return String.join("; ", row.problems());
  }
}
