package org.ocspconsole.staple;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ocspconsole.stapling.EndpointReport;
import org.ocspconsole.stapling.Severity;
import org.ocspconsole.stapling.Target;

/** One endpoint in the table: "checking…" until its report arrives. */
public final class StapleRow {
  static final String CHECKING = "checking\u2026";

  private final Target target;
  private final ReadOnlyStringWrapper verdict =
      new ReadOnlyStringWrapper(this, "verdict", CHECKING);
  private final ReadOnlyObjectWrapper<Severity> severity =
      new ReadOnlyObjectWrapper<>(this, "severity");
  private final ReadOnlyObjectWrapper<EndpointReport> report =
      new ReadOnlyObjectWrapper<>(this, "report");

  StapleRow(Target target) {
    this.target = target;
  }

  public String endpoint() {
    return target.label();
  }

  public ReadOnlyStringProperty verdictProperty() {
    return verdict.getReadOnlyProperty();
  }

  /** Null while checking. */
  public ReadOnlyObjectProperty<Severity> severityProperty() {
    return severity.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<EndpointReport> reportProperty() {
    return report.getReadOnlyProperty();
  }

  void show(EndpointReport value) {
    report.set(value);
    severity.set(value.verdict().severity());
    verdict.set(value.verdict().words());
  }

  /** The detail pane's text. */
  String detail() {
    EndpointReport value = report.get();
    return value == null
        ? target.label() + "\n\nThe check of this endpoint is under way."
        : target.label() + "\n\n" + String.join("\n", value.detail());
  }
}
