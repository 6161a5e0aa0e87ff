package org.ocspconsole.app;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus.CertState;
import org.ocspconsole.demo.BrokenAnswer;
import org.ocspconsole.demo.DemoSituations;
import org.ocspconsole.demo.DemoSwitches;
import org.ocspconsole.fx.FxThread;

/** The demo cluster's switches, so users can see how the console handles each situation. */
final class DemoMenu {
  private DemoMenu() {}

  static MenuButton create(DemoSituations cluster) {
    DemoSwitches s = cluster.switches();
    MenuButton menu = new MenuButton("Demo _situations");
    menu.setId("demo-menu");
    menu.setMnemonicParsing(true);
    menu.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // whole at the default size
    menu.getItems()
        .addAll(
            item(
                "No OCSP URL in the proxy certificate",
                on -> s.responderUrl(on ? "" : s.defaultResponderUrl())),
            item("Mixed-version cluster (406)", s::unsupportedCapability),
            item("Mixed-version cluster (406 without an error code)", s::unsupportedWithoutCode),
            item(
                "Slow cluster (2 s per answer)",
                on -> s.latency(on ? Duration.ofSeconds(2) : Duration.ZERO)),
            item("Test call queued too long (500)", s::testQueuedTooLong),
            item(
                "Test call queued too long every other time (a retry works)",
                s::testQueuedEveryOther),
            new SeparatorMenuItem(),
            item("Proxy answers with an HTML page (502)", s::htmlErrorPage),
            item("Connections dropped", s::dropConnections),
            new SeparatorMenuItem(),
            item("Responder answer not OCSP", s::invalidOcspResponse),
            item("Older cluster (no PUT /v1/cluster/certificates)", s::olderCluster),
            item("No certificate or cluster calls (404; OCSP calls work)", s::clusterCallsMissing),
            item("Signed in as a cluster viewer (403 on OCSP calls and changes)", s::viewer),
            new SeparatorMenuItem(),
            item("Certificate revoked", on -> s.certState(on ? CertState.REVOKED : CertState.GOOD)),
            item(
                "Certificate unknown to the responder",
                on -> s.certState(on ? CertState.UNKNOWN : CertState.GOOD)),
            item("Stale status (next update passed)", s::staleNextUpdate),
            item("No next update in the status", s::omitNextUpdate),
            item(
                "Proxy certificate expires in 12 days",
                on -> s.proxyCertificateValidFor(Duration.ofDays(on ? 12 : 365))),
            new SeparatorMenuItem(),
            DemoStaplingMenu.create(s),
            new SeparatorMenuItem(),
            brokenAnswers(s),
            item("Saving: the cluster answers other values", s::putAnswerDiffers),
            item("Saving: the answer leaves out the fields not sent", s::putAnswerPartial),
            item(
                "Cluster holds recovery frequency 30 s (outside the documented range)",
                on ->
                    cluster.setConfig(
                        OcspField.RECOVERY_FREQUENCY,
                        on ? 30 : OcspField.RECOVERY_FREQUENCY.defaultValue())),
            item(
                "Admin password changed elsewhere (401 from now on)",
                on -> {
                  if (on) {
                    cluster.changeAdminPassword(UUID.randomUUID().toString());
                  } else {
                    cluster.restoreAdminPassword();
                  }
                }),
            item(
                "API certificate renewed (pinned one no longer served)",
                cluster::renewedCertificate),
            new SeparatorMenuItem(),
            unexpectedError());
    return menu;
  }

  /** Shows what an internal error nobody caught looks like: the dialog, the log, a usable form. */
  private static MenuItem unexpectedError() {
    MenuItem item = new MenuItem("Unexpected internal error (shows the error dialog)");
    item.setMnemonicParsing(false);
    item.setOnAction(
        e ->
            FxThread.later(
                () -> {
                  throw new IllegalStateException("A demonstration of an unexpected error");
                }));
    return item;
  }

  /** One of a hostile or broken server's answers, in place of every real one. */
  private static Menu brokenAnswers(DemoSwitches s) {
    Menu menu = new Menu("Broken answers");
    menu.setId("broken-answers");
    menu.setMnemonicParsing(false);
    ToggleGroup group = new ToggleGroup();
    for (BrokenAnswer answer : BrokenAnswer.values()) {
      RadioMenuItem item = new RadioMenuItem(answer.label());
      item.setMnemonicParsing(false);
      item.setToggleGroup(group);
      item.setSelected(answer == s.brokenAnswer());
      item.setOnAction(e -> s.brokenAnswer(answer));
      menu.getItems().add(item);
      if (answer == BrokenAnswer.NONE) {
        menu.getItems().add(new SeparatorMenuItem());
      }
    }
    return menu;
  }

  private static CheckMenuItem item(String text, Consumer<Boolean> apply) {
    CheckMenuItem item = new CheckMenuItem(text);
    item.setMnemonicParsing(false);
    item.selectedProperty().addListener((obs, old, now) -> apply.accept(now));
    return item;
  }
}
