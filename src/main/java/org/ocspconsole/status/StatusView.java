package org.ocspconsole.status;

import atlantafx.base.theme.Styles;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.ocspconsole.fx.Explained;

/** The status card: badge, responder, times, and the "query now" action. Binds only. */
public final class StatusView extends VBox {
  private final StatusViewModel vm;
  private final Label badgeIcon = label("status-badge-icon");
  private final Label badgeWord = label("status-badge-word");
  private final HBox badge = new HBox(6, badgeIcon, badgeWord);
  private final Label meaning = label("status-meaning");
  private final Label responder = label("status-responder");
  private final GridPane times = new GridPane();
  private final Label stale = label("status-stale");
  private final Label note = label("status-note");
  private final VBox content =
      new VBox(8, new HBox(10, badge, meaning), responder, times, stale, note);

  public StatusView(StatusViewModel vm) {
    this.vm = vm;
    setId("status-card");
    getStyleClass().add("card-pane");
    setSpacing(10);
    Label heading = new Label("Certificate status");
    heading.getStyleClass().add(Styles.TITLE_4);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button refresh = button("Refresh s_tatus", "status-refresh", vm::refresh);
    refresh.disableProperty().bind(vm.busyProperty());
    refresh.setTooltip(new Tooltip("Read the cluster's cached OCSP answer again (F5)"));
    keepFocusWhileDisabled(refresh, new boolean[] {false}, null);
    HBox top = new HBox(8, heading, spacer, refresh);
    top.setAlignment(Pos.CENTER_LEFT);

    badge.setId("status-badge");
    // The word must never be cut to "R…": the meaning beside it wraps instead.
    badge.setMinWidth(Region.USE_PREF_SIZE);
    badgeWord.setMinWidth(Region.USE_PREF_SIZE);
    badge.setAlignment(Pos.CENTER_LEFT);
    badge.getStyleClass().add("status-badge");
    meaning.setWrapText(true);
    times.setId("status-times");
    times.setHgap(10);
    times.setVgap(4);
    stale.getStyleClass().add(Styles.WARNING);
    stale.setWrapText(true);
    stale.managedProperty().bind(stale.visibleProperty());
    note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    content.setId("status-content");
    content.managedProperty().bind(content.visibleProperty());

    getChildren().addAll(top, loadingRow(), content, new StatusProblemView(vm), queryBar());
    vm.cardProperty().addListener((obs, old, card) -> show(card));
    show(vm.cardProperty().get());
    // Relative readings ("in 42 min") and staleness move with the clock.
    Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(30), e -> vm.tick()));
    ticker.setCycleCount(Timeline.INDEFINITE);
    ticker.play();
  }

  /** Until the first answer the card would be empty: say that it is being read. */
  private HBox loadingRow() {
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(20, 20);
    Label text = new Label("Reading the cluster's cached status\u2026");
    text.getStyleClass().add(Styles.TEXT_MUTED);
    HBox row = new HBox(8, progress, text);
    row.setId("status-loading");
    row.setAlignment(Pos.CENTER_LEFT);
    row.visibleProperty().bind(vm.loadingProperty().and(vm.cardProperty().isNull()));
    row.managedProperty().bind(row.visibleProperty());
    return row;
  }

  private VBox queryBar() {
    Button query = button("_Query the responder now", "status-query", vm::query);
    query.disableProperty().bind(vm.busyProperty().or(vm.queryBlockedProperty().isNotNull()));
    HBox queryHolder =
        Explained.wrap(
            query,
            "Ask the cluster to poll the OCSP responder now (POST /v1/ocsp/test)",
            vm.queryBlockedProperty());
    ProgressIndicator progress = new ProgressIndicator();
    progress.setId("status-progress");
    progress.setPrefSize(20, 20);
    // A longer line ("retrying once…") wraps instead of squeezing the indicator away.
    progress.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    Label querying = new Label();
    querying.setId("status-query-progress");
    querying.setWrapText(true);
    querying.textProperty().bind(vm.queryProgressProperty());
    Button cancel = button("Ca_ncel", "status-cancel", vm::cancel);
    cancel.setMinWidth(Region.USE_PREF_SIZE);
    HBox running = new HBox(8, progress, querying, cancel);
    running.setAlignment(Pos.CENTER_LEFT);
    running.visibleProperty().bind(vm.queryingProperty());
    running.managedProperty().bind(running.visibleProperty());
    keepFocusThroughQuery(query, cancel);
    // Progress goes on its own line: beside the button it would squeeze Cancel out of sight.
    return new VBox(8, queryHolder, running);
  }

  /**
   * The card's buttons are disabled while a request runs, and a focused node that becomes disabled
   * hands the focus on to the next one (Replace certificate…). So the focus waits (on Cancel while
   * a query runs, else on the card itself) and comes back to the button afterwards, where the user
   * left it.
   */
  private void keepFocusThroughQuery(Button query, Button cancel) {
    boolean[] restore = {false};
    // A change listener runs after the bindings, so Cancel is already visible here.
    vm.queryingProperty()
        .addListener(
            (obs, was, running) -> {
              if (running && query.isFocused()) {
                restore[0] = true;
                cancel.requestFocus();
              }
            });
    keepFocusWhileDisabled(query, restore, cancel);
  }

  private void keepFocusWhileDisabled(Button button, boolean[] restore, Node alsoStandIn) {
    button
        .disabledProperty()
        .addListener(
            (obs, was, disabled) -> {
              Node owner = getScene() == null ? null : getScene().getFocusOwner();
              // The query's own button: the querying listener has put the focus on Cancel.
              boolean onCancel = alsoStandIn != null && vm.queryingProperty().get();
              if (disabled && button.isFocused() && !onCancel) {
                restore[0] = true;
                requestFocus();
              } else if (!disabled && restore[0]) {
                restore[0] = false;
                if (owner == null || owner == this || owner == alsoStandIn || !owner.isVisible()) {
                  button.requestFocus();
                }
              }
            });
  }

  private void show(StatusCard card) {
    content.setVisible(card != null);
    if (card == null) {
      return;
    }
    String state = card.badge().name().toLowerCase(java.util.Locale.ROOT);
    badge.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
    badge.getStyleClass().add("status-" + state);
    badgeIcon.setText(card.badge().icon());
    badgeWord.setText(
        card.badge() == StatusCard.Badge.OTHER ? card.raw() : card.badge().word().toUpperCase());
    badge.setAccessibleText("Certificate status: " + card.badge().word());
    meaning.setText(card.badge().meaning());
    responder.setText("Responder: " + card.responder());
    times.getChildren().clear();
    int row = 0;
    for (TimeReading time : card.times()) {
      Label name = new Label(time.label());
      name.getStyleClass().add(Styles.TEXT_MUTED);
      name.setMinWidth(Region.USE_PREF_SIZE);
      Label value = label("status-time-" + row);
      value.setText(
          time.text()
              + (time.relative().isEmpty() ? "" : " (" + time.relative() + ")")
              + (time.stale() ? "  \u26a0 stale" : ""));
      value.setTooltip(new Tooltip(time.tooltip()));
      value.setWrapText(true);
      value.pseudoClassStateChanged(Styles.STATE_DANGER, time.stale() || time.unparsable());
      if (time.missing()) {
        value.getStyleClass().add(Styles.TEXT_MUTED);
      }
      times.addRow(row++, name, value);
    }
    stale.setVisible(card.stale());
    stale.setText(card.staleText());
    note.setText(card.note());
  }

  private static Label label(String id) {
    Label label = new Label();
    label.setId(id);
    return label;
  }

  static Button button(String text, String id, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setMnemonicParsing(true);
    button.setOnAction(e -> action.run());
    return button;
  }
}
