package org.ocspconsole.log;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user log folder of each operating system. The system property {@value #PROPERTY}
 * overrides it (the tests use target/).
 */
public final class LogFolder {
  public static final String PROPERTY = "ocspconsole.logDir";

  private LogFolder() {}

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
      String local = env.get("LOCALAPPDATA");
      Path base =
          local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
      return base.resolve("OCSP Console").resolve("logs");
    }
    if (os.startsWith("mac")) {
      return Path.of(home, "Library", "Logs", "OCSP Console");
    }
    // XDG: state (logs, history) belongs in XDG_STATE_HOME; a relative value must be ignored.
    String xdg = env.get("XDG_STATE_HOME");
    return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
        ? Path.of(xdg).resolve("ocsp-console")
        : Path.of(home, ".local", "state", "ocsp-console", "logs");
  }
}
