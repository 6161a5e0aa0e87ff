package org.ocspconsole.connection;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user configuration folder of each operating system, where the profiles live. The system
 * property {@value #PROPERTY} overrides it, so tests and portable setups never touch the user's
 * real folder.
 */
public final class ConfigFolder {
  public static final String PROPERTY = "ocspconsole.configDir";

  private ConfigFolder() {}

  public static Path user() {
    return resolve(
        System.getProperty("os.name", ""),
        System.getenv(),
        System.getProperty("user.home", "."),
        System.getProperty(PROPERTY));
  }

  static Path resolve(String osName, Map<String, String> env, String home, String override) {
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base =
          appData != null && !appData.isBlank()
              ? Path.of(appData)
              : Path.of(home, "AppData", "Roaming");
      return base.resolve("OCSP Console");
    }
    if (os.startsWith("mac")) {
      return Path.of(home, "Library", "Application Support", "OCSP Console");
    }
    // XDG: a relative XDG_CONFIG_HOME is invalid and must be ignored.
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".config");
    return base.resolve("ocsp-console");
  }
}
