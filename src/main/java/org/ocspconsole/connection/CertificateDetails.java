package org.ocspconsole.connection;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.ocspconsole.api.CertificateInfo;

/** The rows the trust dialogs show about a certificate, and their building blocks. */
final class CertificateDetails {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private CertificateDetails() {}

  /** Subject, issuer, validity, fingerprint, names and whether they cover the host. */
  static GridPane of(CertificateInfo cert, String host, boolean hostMatches) {
    GridPane grid = grid("certificate-details");
    Instant now = Instant.now();
    String validity =
        when(cert.notBefore())
            + " to "
            + when(cert.notAfter())
            + (now.isAfter(cert.notAfter())
                ? "  (EXPIRED)"
                : now.isBefore(cert.notBefore()) ? "  (NOT YET VALID)" : "");
    Label valid = new Label(validity);
    valid.setId("cert-validity");
    if (!cert.validAt(now)) {
      valid.getStyleClass().add(Styles.DANGER);
    }
    Label match =
        new Label(
            hostMatches
                ? "Yes: the certificate names " + host
                : "No: the certificate does not name " + host);
    match.setId("host-match");
    match.getStyleClass().add(hostMatches ? Styles.SUCCESS : Styles.DANGER);
    grid.addRow(0, bold("Subject"), selectable("cert-subject", cert.subject()));
    grid.addRow(1, bold("Issuer"), selectable("cert-issuer", cert.issuer()));
    grid.addRow(2, bold("Valid"), valid);
    grid.addRow(3, bold("SHA-256"), selectable("cert-sha256", cert.sha256()));
    grid.addRow(
        4,
        bold("Names"),
        new Label(
            cert.subjectAltNames().isEmpty()
                ? "(none)"
                : String.join(", ", cert.subjectAltNames())));
    grid.addRow(5, bold("Host name"), match);
    return grid;
  }

  /** Two fingerprints, one above the other so that they can be compared at a glance. */
  static GridPane compare(
      String id, String prefix, String oldLabel, String pinned, String newLabel, String presented) {
    GridPane grid = grid(id);
    grid.addRow(0, bold(oldLabel), selectable(prefix + "-expected", pinned));
    grid.addRow(1, bold(newLabel), selectable(prefix + "-presented", presented));
    return grid;
  }

  static Label bold(String text) {
    Label label = new Label(text);
    label.getStyleClass().add(Styles.TEXT_BOLD);
    label.setMinWidth(Label.USE_PREF_SIZE);
    return label;
  }

  /** Words that wrap, in a colour: why something is refused, what to check. */
  static Label note(String id, String text, String style) {
    Label label = new Label(text);
    label.setId(id);
    label.setWrapText(true);
    label.setMinHeight(Label.USE_PREF_SIZE);
    if (style != null) {
      label.getStyleClass().add(style);
    }
    return label;
  }

  private static GridPane grid(String id) {
    GridPane grid = new GridPane();
    grid.setId(id);
    grid.setHgap(12);
    grid.setVgap(6);
    return grid;
  }

  private static String when(Instant instant) {
    return WHEN.format(instant.atZone(ZoneId.systemDefault()));
  }

  /** Read-only but selectable, so a fingerprint can be copied and compared. */
  private static TextField selectable(String id, String text) {
    TextField field = new TextField(text);
    field.setId(id);
    field.setEditable(false);
    // Wide enough for a whole SHA-256 fingerprint (95 characters), so it can be compared at a
    // glance.
    field.setPrefColumnCount(96);
    field.setStyle("-fx-font-family: monospace; -fx-font-size: 11px;");
    field.getStyleClass().add("read-only");
    return field;
  }
}
