package org.ocspconsole.activity;

import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ocspconsole.api.Exchange;
import org.ocspconsole.session.Session;

/**
 * The requests of this session in the order they were sent, newest last, capped so a long session
 * cannot grow without end.
 */
public final class ActivityLog {
  static final int MAX_ROWS = 500;

  private final ObservableList<Exchange> rows = FXCollections.observableArrayList();
  private final Session session;

  public ActivityLog(Session session, Executor fx) {
    this.session = session;
    session.addExchangeListener(exchange -> fx.execute(() -> add(exchange)));
  }

  public ObservableList<Exchange> rows() {
    return rows;
  }

  public String curl(Exchange exchange) {
    return CurlCommand.of(exchange, session.connection(), session.pinnedCertificate());
  }

  /** How the curl commands check the server compared with the console, for the copy button. */
  public String curlNote() {
    return CurlCommand.trustNote(session.connection());
  }

  /**
   * Rows are reported as requests finish; they are placed by when each started, so a slow call
   * stands before the quick ones sent after it.
   */
  private void add(Exchange exchange) {
    int at = rows.size();
    while (at > 0 && rows.get(at - 1).started().isAfter(exchange.started())) {
      at--;
    }
    rows.add(at, exchange);
    if (rows.size() > MAX_ROWS) {
      rows.remove(0, rows.size() - MAX_ROWS);
    }
  }
}
