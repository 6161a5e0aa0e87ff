package org.ocspconsole.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.ocspconsole.log.Logs;
import org.ocspconsole.platform.Worker;
import org.ocspconsole.profiles.ConfigFolder;

/**
 * The user's choices that outlive a session: whether to review changes before saving and the theme.
 * Never a credential. They live in {@link SettingsFile} in the configuration folder, so {@code
 * -Docspconsole.configDir} keeps a run, a test or a portable setup apart from every other; read
 * once before the window opens, written on the worker after each change.
 */
public final class AppPreferences {
  private final SettingsFile file;
  private final ObjectNode read;
  private final Executor writer;
  private final BooleanProperty reviewBeforeSave;
  private final BooleanProperty darkTheme;
  private CompletableFuture<Void> written = CompletableFuture.completedFuture(null);

  /**
   * Reads the settings in {@code folder} (a file read: not on the FX thread); writes on {@code
   * writer}.
   */
  public AppPreferences(Path folder, Executor writer) {
    this.file = new SettingsFile(folder);
    this.read = file.read();
    this.writer = writer;
    reviewBeforeSave = persisted("reviewBeforeSave", true);
    darkTheme = persisted("darkTheme", false);
  }

  /** The settings in the user's configuration folder (or the {@link ConfigFolder#PROPERTY} one). */
  public static AppPreferences user() {
    return new AppPreferences(ConfigFolder.user(), Worker.EXECUTOR);
  }

  public BooleanProperty reviewBeforeSaveProperty() {
    return reviewBeforeSave;
  }

  public BooleanProperty darkThemeProperty() {
    return darkTheme;
  }

  /** Completes once every change made so far is on disk. */
  public synchronized CompletableFuture<Void> written() {
    return written;
  }

  private BooleanProperty persisted(String key, boolean fallback) {
    BooleanProperty property = new SimpleBooleanProperty(SettingsFile.flag(read, key, fallback));
    property.addListener((obs, old, now) -> save());
    return property;
  }

  /** Queues a write of every value as it is now; writes run one after another, in order. */
  private synchronized void save() {
    Map<String, Boolean> values = new LinkedHashMap<>();
    values.put("reviewBeforeSave", reviewBeforeSave.get());
    values.put("darkTheme", darkTheme.get());
    written =
        written.thenRunAsync(
            () -> {
              try {
                file.write(read, values);
              } catch (IOException e) {
                Logs.get(AppPreferences.class)
                    .log(Level.WARNING, "The settings could not be saved: " + e.getMessage());
              }
            },
            writer);
  }
}
