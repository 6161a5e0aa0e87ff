package org.ocspconsole.connection;

import java.nio.file.Path;
import java.util.Map;
import org.ocspconsole.platform.UserFolder;

/**
 * The per-user configuration folder of each operating system, where the profiles live. The system
 * property {@value #PROPERTY} overrides it, so tests and portable setups never touch the user's
 * real folder.
 */
public final class ConfigFolder {
  public static final String PROPERTY = "ocspconsole.configDir";

  private ConfigFolder() {}

  public static Path user() {
    return UserFolder.CONFIG.user(PROPERTY);
  }

  static Path resolve(String osName, Map<String, String> env, String home, String override) {
    return UserFolder.CONFIG.resolve(osName, env, home, override);
  }
}
