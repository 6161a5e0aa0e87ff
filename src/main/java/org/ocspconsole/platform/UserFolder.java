package org.ocspconsole.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folders each operating system has for an application's settings and for its state
 * (logs): XDG on Linux, AppData on Windows, Library on macOS. A system property overrides each, so
 * tests and portable setups never touch the user's real folders.
 */
public enum UserFolder {
  /** Settings: the profiles. */
  CONFIG(
      "APPDATA",
      List.of("AppData", "Roaming", "OCSP Console"),
      List.of("Library", "Application Support", "OCSP Console"),
      "XDG_CONFIG_HOME",
      List.of("ocsp-console"),
      List.of(".config", "ocsp-console")),
  /** State: the logs. */
  LOGS(
      "LOCALAPPDATA",
      List.of("AppData", "Local", "OCSP Console", "logs"),
      List.of("Library", "Logs", "OCSP Console"),
      "XDG_STATE_HOME",
      List.of("ocsp-console"),
      List.of(".local", "state", "ocsp-console", "logs"));

  private final String windowsVariable;
  private final List<String> windowsFallback;
  private final List<String> macPath;
  private final String xdgVariable;
  private final List<String> xdgPath;
  private final List<String> xdgFallback;

  UserFolder(
      String windowsVariable,
      List<String> windowsFallback,
      List<String> macPath,
      String xdgVariable,
      List<String> xdgPath,
      List<String> xdgFallback) {
    this.windowsVariable = windowsVariable;
    this.windowsFallback = windowsFallback;
    this.macPath = macPath;
    this.xdgVariable = xdgVariable;
    this.xdgPath = xdgPath;
    this.xdgFallback = xdgFallback;
  }

  /** This machine's folder of this kind, or {@code override} when one is given. */
  public Path resolve(String osName, Map<String, String> env, String home, String override) {
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String base = env.get(windowsVariable);
      return base != null && !base.isBlank()
          ? under(Path.of(base), windowsFallback.subList(2, windowsFallback.size()))
          : under(Path.of(home), windowsFallback);
    }
    if (os.startsWith("mac")) {
      return under(Path.of(home), macPath);
    }
    // XDG: a relative value is invalid and must be ignored.
    String xdg = env.get(xdgVariable);
    return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
        ? under(Path.of(xdg), xdgPath)
        : under(Path.of(home), xdgFallback);
  }

  /** This machine's folder, from the running JVM's properties and environment. */
  public Path user(String overrideProperty) {
    return resolve(
        System.getProperty("os.name", ""),
        System.getenv(),
        System.getProperty("user.home", "."),
        System.getProperty(overrideProperty));
  }

  private static Path under(Path base, List<String> names) {
    Path path = base;
    for (String name : names) {
      path = path.resolve(name);
    }
    return path;
  }
}
