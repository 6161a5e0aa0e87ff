package org.ocspconsole.app;

import java.time.Duration;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.ocspconsole.demo.DemoSwitches;
import org.ocspconsole.demo.StapleSwitches;

/**
 * The stapling drills of the demo: its responder and its database endpoints. GOOD, REVOKED, UNKNOWN
 * and an expired staple are the certificate items of the menu above; these are the rest.
 */
final class DemoStaplingMenu {
  private DemoStaplingMenu() {}

  static Menu create(DemoSwitches switches) {
    StapleSwitches s = switches.stapling();
    Menu menu = new Menu("Stapling and responder");
    menu.setId("stapling-drills");
    menu.setMnemonicParsing(false);
    menu.getItems()
        .addAll(
            item("Responder down (refuses connections)", s::responderDown),
            item("Responder answers 503 Service Unavailable", s::responderUnavailable),
            item(
                "Responder slow (" + StapleSwitches.SLOW_RESPONDER.toSeconds() + " s per answer)",
                on -> s.responderDelay(on ? StapleSwitches.SLOW_RESPONDER : Duration.ZERO)),
            item("Database endpoints staple nothing", s::noStaple),
            item("An endpoint serves another certificate", s::otherCertificate),
            item("A database without TLS", s::plainDatabase),
            new SeparatorMenuItem());
    ToggleGroup signers = new ToggleGroup();
    for (StapleSwitches.Signer signer : StapleSwitches.Signer.values()) {
      RadioMenuItem item = new RadioMenuItem("Answers signed by " + signer.words());
      item.setMnemonicParsing(false);
      item.setToggleGroup(signers);
      item.setSelected(signer == s.signer());
      item.setOnAction(e -> s.signer(signer));
      menu.getItems().add(item);
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
