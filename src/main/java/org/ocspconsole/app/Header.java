package org.ocspconsole.app;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ocspconsole.demo.DemoSituations;
import org.ocspconsole.session.Session;
import org.ocspconsole.staple.StapleCheckWindow;

/**
 * The window's top bar: the application's name, which cluster it is on (marked when it is the
 * demo), the demo's situations, Connect…, and the theme.
 */
final class Header extends HBox {
  /** The part that names the session: replaced when the user switches cluster. */
  private final HBox sessionBox = new HBox(12);

  /** The staple check's window of the current session, once opened. */
  private StapleCheckWindow stapleCheck;

  Header(AppPreferences preferences, Runnable connect, Runnable fleet) {
    super(12);
    Label title = new Label("OCSP Console");
    title.getStyleClass().add(Styles.TITLE_4);
    title.setMinWidth(Region.USE_PREF_SIZE);
    setId("header");
    getStyleClass().add("app-header");
    setAlignment(Pos.CENTER_LEFT);
    setPadding(new Insets(10, 20, 10, 20));
    sessionBox.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(sessionBox, Priority.ALWAYS);
    Button connectButton = new Button("_Connect\u2026");
    connectButton.setId("connect-button");
    connectButton.setMnemonicParsing(true);
    connectButton.setMinWidth(Region.USE_PREF_SIZE);
    connectButton.setTooltip(
        new Tooltip("Choose another cluster or edit the saved profiles (Ctrl+O)"));
    connectButton.setOnAction(e -> connect.run());
    Button fleetButton = new Button("F_leet\u2026");
    fleetButton.setId("fleet-button");
    fleetButton.setMnemonicParsing(true);
    fleetButton.setMinWidth(Region.USE_PREF_SIZE);
    fleetButton.setTooltip(
        new Tooltip(
            "Every saved cluster at a glance: settings, status, drift, one change to many"
                + " (the demo's own fleet while on the demo)"));
    fleetButton.setOnAction(e -> fleet.run());
    getChildren().addAll(title, sessionBox, fleetButton, connectButton, themeToggle(preferences));
  }

  /** Names the session; the demo cluster gets its badge and its situations menu. */
  void show(Session session, DemoSituations demo) {
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    if (stapleCheck != null) {
      stapleCheck.close(); // it belongs to the previous cluster
      stapleCheck = null;
    }
    sessionBox.getChildren().setAll(clusterChip(session), spacer, stapleCheckButton(session));
    if (demo != null) {
      sessionBox.getChildren().add(DemoMenu.create(demo));
    }
  }

  /** Opens the staple check, or brings its window forward. */
  private Button stapleCheckButton(Session session) {
    Button button = new Button("Chec_k stapling\u2026");
    button.setId("staple-check-button");
    button.setMnemonicParsing(true);
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.setTooltip(
        new Tooltip(
            "What database clients receive: a TLS handshake with every endpoint, the responder"
                + " asked from here, and the cluster's cached status, side by side"));
    button.setOnAction(
        e -> {
          if (stapleCheck != null && stapleCheck.showing()) {
            stapleCheck.toFront();
          } else {
            stapleCheck =
                StapleCheckWindow.open(getScene().getWindow(), session.name(), session.client());
          }
        });
    return button;
  }

  /** Light or dark, applied at once and remembered. */
  private static ToggleButton themeToggle(AppPreferences preferences) {
    ToggleButton dark = new ToggleButton("_Dark");
    dark.setId("dark-theme");
    dark.setMnemonicParsing(true);
    // Never squeezed to "..." by the buttons beside it: the session chip gives way instead.
    dark.setMinWidth(Region.USE_PREF_SIZE);
    dark.setAccessibleText("Dark theme");
    dark.setTooltip(new Tooltip("Dark theme"));
    dark.selectedProperty().bindBidirectional(preferences.darkThemeProperty());
    dark.selectedProperty().addListener((obs, old, on) -> Theme.apply(on));
    return dark;
  }

  private static Node clusterChip(Session session) {
    Label name = new Label(session.name());
    name.setId("cluster-name");
    name.getStyleClass().add(Styles.TEXT_BOLD);
    name.setMinWidth(Region.USE_PREF_SIZE);
    Label user =
        new Label(
            session.connection().credentials().displayName()
                + " @ "
                + session.connection().baseUri().getHost()
                + ":"
                + session.connection().baseUri().getPort());
    user.setId("session-user");
    user.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    user.setMinWidth(Region.USE_PREF_SIZE);
    // The cluster's name above, who is signed in where below: on one line beside the header's
    // buttons the chip did not fit a 1200-pixel window whole.
    HBox nameLine = new HBox(8, name);
    nameLine.setAlignment(Pos.CENTER_LEFT);
    if (session.isDemo()) {
      Label badge = new Label("DEMO");
      badge.setId("demo-badge");
      badge.getStyleClass().add("demo-badge");
      badge.setMinWidth(Region.USE_PREF_SIZE);
      badge.setAccessibleText("This is the built-in demo cluster, not a real one");
      nameLine.getChildren().add(badge);
    }
    VBox chip = new VBox(0, nameLine, user);
    chip.setAlignment(Pos.CENTER_LEFT);
    chip.setMinWidth(Region.USE_PREF_SIZE);
    return chip;
  }
}
