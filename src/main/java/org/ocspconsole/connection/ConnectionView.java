package org.ocspconsole.connection;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ocspconsole.fx.Buttons;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.profiles.Profile;

/** The connection screen: profiles on the left, what to do with them on the right. Only binds. */
public final class ConnectionView extends VBox {
  private final ConnectionViewModel vm;
  private final Consumer<ConnectFlow.Connected> onConnected;

  /**
   * @param onClose closes the screen without connecting (Close, or Esc)
   */
  public ConnectionView(
      ConnectionViewModel vm, Consumer<ConnectFlow.Connected> onConnected, Runnable onClose) {
    this.vm = vm;
    this.onConnected = onConnected;
    setId("connection-view");
    setSpacing(12);
    setPadding(new Insets(16, 20, 16, 20));
    Label heading = new Label("Connect to a cluster");
    heading.getStyleClass().add(Styles.TITLE_3);
    Label message = new Label();
    message.setId("connection-message");
    message.setWrapText(true);
    message.setMinHeight(Label.USE_PREF_SIZE);
    message.getStyleClass().add("connection-message");
    message.textProperty().bind(vm.messageProperty());
    message.visibleProperty().bind(vm.messageProperty().isNotNull());
    message.managedProperty().bind(message.visibleProperty());

    VBox readOnly = readOnlyBanner();

    ListView<Profile> list = new ListView<>(vm.items());
    list.setId("profile-list");
    list.setCellFactory(view -> new ProfileCell());
    list.getSelectionModel().select(vm.selectedProperty().get());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                vm.selectedProperty().set(now);
              }
            });
    vm.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
    list.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            connect();
          }
        });
    list.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            connect();
          }
        });
    list.setAccessibleText("Clusters");
    HBox.setHgrow(list, Priority.ALWAYS);

    Button connect = button("_Connect", "connect", this::connect);
    connect.getStyleClass().add(Styles.ACCENT);
    connect.setDefaultButton(true);
    connect.disableProperty().bind(vm.busyProperty().or(vm.selectedProperty().isNull()));
    Button add = button("_Add\u2026", "add-profile", () -> edit(null));
    add.disableProperty().bind(vm.readOnlyProperty().isNotNull());
    Button editButton =
        button("_Edit\u2026", "edit-profile", () -> edit(vm.selectedProperty().get()));
    Button duplicate = button("D_uplicate", "duplicate-profile", vm::duplicateSelected);
    Button delete = button("De_lete", "delete-profile", vm::deleteSelected);
    for (Button b : new Button[] {editButton, duplicate, delete}) {
      b.disableProperty().bind(vm.editableProperty().not());
    }
    Button importButton = button("_Import\u2026", "import-profiles", () -> chooseFile(false));
    importButton
        .disableProperty()
        .bind(vm.readOnlyProperty().isNotNull().or(vm.transfer().busyProperty()));
    Button exportButton = button("E_xport\u2026", "export-profiles", () -> chooseFile(true));
    exportButton.disableProperty().bind(vm.transfer().busyProperty());
    CheckBox atStart = new CheckBox("_Offer at start");
    atStart.setId("offer-at-start");
    atStart.disableProperty().bind(vm.editableProperty().not());
    Runnable syncStart =
        () ->
            atStart.setSelected(
                vm.selectedProperty().get() != null
                    && vm.selectedProperty().get().id().equals(vm.defaultProfileProperty().get()));
    vm.selectedProperty().addListener((obs, old, now) -> syncStart.run());
    vm.defaultProfileProperty().addListener((obs, old, now) -> syncStart.run());
    syncStart.run();
    atStart.setOnAction(e -> vm.setStartWithSelected(atStart.isSelected()));
    VBox actions =
        new VBox(
            8, connect, add, editButton, duplicate, delete, atStart, importButton, exportButton);
    actions.setMinWidth(150);
    actions.getChildren().stream()
        .filter(n -> n instanceof Button)
        .forEach(n -> ((Button) n).setMaxWidth(Double.MAX_VALUE));

    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(20, 20);
    Label connecting = new Label("Connecting\u2026");
    HBox busy = new HBox(8, progress, connecting);
    busy.setAlignment(Pos.CENTER_LEFT);
    busy.visibleProperty().bind(vm.busyProperty());
    busy.managedProperty().bind(busy.visibleProperty());
    HBox body = new HBox(12, list, actions);
    VBox.setVgrow(body, Priority.ALWAYS);
    Button close = button("Close", "close-connection", onClose);
    close.setMinWidth(150);
    close.disableProperty().bind(vm.busyProperty());
    close.setTooltip(new Tooltip("Close this screen without connecting (Esc)"));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox footer = new HBox(8, busy, spacer, close);
    footer.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(heading, readOnly, message, body, footer);
  }

  /** Stays while the file is read-only: it explains the disabled buttons. */
  private VBox readOnlyBanner() {
    Label title = new Label("Written by a newer version: changes are disabled");
    title.getStyleClass().add(Styles.TEXT_BOLD);
    Label text = new Label();
    text.setWrapText(true);
    text.setMinHeight(Label.USE_PREF_SIZE);
    text.textProperty().bind(vm.readOnlyProperty());
    VBox banner = new VBox(2, title, text);
    banner.setId("read-only-banner");
    banner.getStyleClass().addAll("banner", "banner-warning");
    banner.setPadding(new Insets(10, 12, 10, 12));
    banner.visibleProperty().bind(vm.readOnlyProperty().isNotNull());
    banner.managedProperty().bind(banner.visibleProperty());
    banner
        .accessibleTextProperty()
        .bind(title.textProperty().concat(". ").concat(text.textProperty()));
    return banner;
  }

  public void connect() {
    if (!vm.busyProperty().get() && vm.selectedProperty().get() != null) {
      vm.connect(null).thenAccept(onConnected);
    }
  }

  private void edit(Profile existing) {
    ProfileEditorViewModel editor =
        new ProfileEditorViewModel(
            existing, vm.namesExcept(existing), FxThread.EXECUTOR, vm.worker());
    new ProfileEditorView(editor, getScene().getWindow()).showAndWait().ifPresent(vm::put);
  }

  private void chooseFile(boolean export) {
    Window owner = getScene().getWindow();
    FileChooser chooser = new FileChooser();
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Profiles (JSON)", "*.json"));
    chooser.setInitialFileName("ocsp-console-profiles.json");
    File file = export ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
    if (file != null && export) {
      vm.exportTo(file.toPath());
    } else if (file != null) {
      importFile(file.toPath());
    }
  }

  /**
   * Reads the file on the worker, then shows the review; nothing is added unless "Add" is chosen.
   * The review always opens on a later turn of the FX thread: a small file can be read before this
   * method returns, and a modal dialog opened inside the caller's frame would hold that caller (a
   * menu handler, a drop) until the dialog closes.
   */
  void importFile(java.nio.file.Path file) {
    vm.readImport(file)
        .thenAcceptAsync(
            plan ->
                plan.ifPresent(
                    p -> {
                      if (new ImportReviewDialog(p, getScene().getWindow())
                          .showAndWait()
                          .orElse(false)) {
                        vm.addImported(p);
                      }
                    }),
            FxThread::later);
  }

  private static Button button(String text, String id, Runnable action) {
    return Buttons.of(text, id, action);
  }
}
