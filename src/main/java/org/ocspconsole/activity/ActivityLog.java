package org.ocspconsole.activity;

import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ocspconsole.api.Exchange;
import org.ocspconsole.session.Session;

/** The requests of this session, newest last, capped so a long session cannot grow without end. */
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
    return CurlCommand.of(exchange, session.connection());
  }

  private void add(Exchange exchange) {
    rows.add(exchange);
    if (rows.size() > MAX_ROWS) {
      rows.remove(0, rows.size() - MAX_ROWS);
    }
  }
}
