package org.ocspconsole.app;

import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The user's choices that outlive a session: whether to review changes before saving and the theme.
 * Never a credential.
 */
public final class AppPreferences {
  private final BooleanProperty reviewBeforeSave;
  private final BooleanProperty darkTheme;

  public AppPreferences(Preferences node) {
    reviewBeforeSave = persisted(node, "reviewBeforeSave", true);
    darkTheme = persisted(node, "darkTheme", false);
  }

  public static AppPreferences user() {
    return new AppPreferences(Preferences.userRoot().node("org/ocspconsole"));
  }

  public BooleanProperty reviewBeforeSaveProperty() {
    return reviewBeforeSave;
  }

  public BooleanProperty darkThemeProperty() {
    return darkTheme;
  }

  private static BooleanProperty persisted(Preferences node, String key, boolean fallback) {
    BooleanProperty property = new SimpleBooleanProperty(node.getBoolean(key, fallback));
    property.addListener((obs, old, now) -> node.putBoolean(key, now));
    return property;
  }
}
