package org.ocspconsole.certificate;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ocspconsole.fx.Explained;

/** The proxy certificate card: what the cluster holds, and why the responder URL is what it is. */
public final class CertificateView extends VBox {
  public CertificateView(CertificateViewModel vm, Runnable openReplace) {
    setId("certificate-card");
    getStyleClass().add("card-pane");
    setSpacing(10);
    Label heading = new Label("Proxy certificate");
    heading.getStyleClass().add(Styles.TITLE_4);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button replace = new Button("Re_place certificate\u2026");
    replace.setId("certificate-replace");
    replace.setMnemonicParsing(true);
    replace.setOnAction(e -> openReplace.run());
    replace.disableProperty().bind(vm.replaceBlockedProperty().isNotNull());
    HBox replaceHolder =
        Explained.wrap(
            replace,
            "Replace the proxy certificate and its key (PUT /v1/cluster/certificates)",
            vm.replaceBlockedProperty());
    HBox top = new HBox(8, heading, spacer, replaceHolder);
    top.setAlignment(Pos.CENTER_LEFT);

    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(4);
    // The values take whatever width the card has, so they wrap as late as possible.
    ColumnConstraints values = new ColumnConstraints();
    values.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(new ColumnConstraints(), values);
    Label subject = value("certificate-subject", grid, 0, "Subject");
    Label issuer = value("certificate-issuer", grid, 1, "Issuer");
    Label validity = value("certificate-validity", grid, 2, "Valid");
    Label sha256 = value("certificate-sha256", grid, 3, "SHA-256");
    Label ocsp = value("certificate-ocsp-url", grid, 4, "OCSP URL");
    sha256.getStyleClass().add(Styles.TEXT_SMALL);
    validity.textProperty().bind(vm.validityProperty());
    vm.validityWarningProperty()
        .addListener(
            (obs, old, warn) -> validity.pseudoClassStateChanged(Styles.STATE_DANGER, warn));
    validity.pseudoClassStateChanged(Styles.STATE_DANGER, vm.validityWarningProperty().get());
    Label why = new Label();
    why.setId("certificate-ocsp-note");
    why.setWrapText(true);
    why.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    // The card may be built after the certificate was read (the column is built after the form's
    // first frame): show what is there, then follow.
    java.util.function.Consumer<CertificateFacts> show =
        facts -> {
          subject.setText(facts == null ? "" : facts.subjectText());
          issuer.setText(facts == null ? "" : facts.issuerText());
          sha256.setText(facts == null ? "" : facts.sha256Text());
          sha256.setAccessibleText(facts == null ? "" : facts.info().sha256());
          ocsp.setText(facts == null ? "" : facts.ocspUrlText());
          ocsp.pseudoClassStateChanged(
              Styles.STATE_DANGER, facts != null && facts.ocspUrls().isEmpty());
          why.setText(
              facts == null
                  ? ""
                  : facts.ocspUrls().isEmpty()
                      ? "Read by the console from the certificate's Authority Information Access extension: it names no "
                          + "OCSP responder, which is why the cluster's responder URL is empty."
                      : "Read by the console from the certificate's Authority Information Access extension; the cluster "
                          + "takes its responder URL from there.");
        };
    vm.factsProperty().addListener((obs, old, facts) -> show.accept(facts));
    show.accept(vm.factsProperty().get());
    grid.visibleProperty().bind(vm.factsProperty().isNotNull());
    grid.managedProperty().bind(grid.visibleProperty());
    why.visibleProperty().bind(grid.visibleProperty());
    why.managedProperty().bind(grid.visibleProperty());
    Label problem = new Label();
    problem.setId("certificate-problem");
    problem.setWrapText(true);
    problem.getStyleClass().add(Styles.DANGER);
    problem.textProperty().bind(vm.problemProperty());
    problem.visibleProperty().bind(vm.problemProperty().isNotNull());
    problem.managedProperty().bind(problem.visibleProperty());
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(20, 20);
    Label reading = new Label("Reading the proxy certificate\u2026");
    reading.getStyleClass().add(Styles.TEXT_MUTED);
    HBox loading = new HBox(8, progress, reading);
    loading.setId("certificate-loading");
    loading.setAlignment(Pos.CENTER_LEFT);
    loading.visibleProperty().bind(vm.loadingProperty().and(vm.factsProperty().isNull()));
    loading.managedProperty().bind(loading.visibleProperty());
    getChildren().addAll(top, loading, grid, why, problem);
  }

  private static Label value(String id, GridPane grid, int row, String name) {
    Label label = new Label(name);
    label.getStyleClass().add(Styles.TEXT_MUTED);
    label.setMinWidth(Region.USE_PREF_SIZE);
    Label value = new Label();
    value.setId(id);
    value.setWrapText(true);
    label.setLabelFor(value);
    grid.addRow(row, label, value);
    return value;
  }
}
