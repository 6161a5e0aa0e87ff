package org.ocspconsole.log;

import java.nio.file.Path;
import java.util.Map;
import org.ocspconsole.platform.UserFolder;

/**
 * The per-user log folder of each operating system. The system property {@value #PROPERTY}
 * overrides it (the tests use target/).
 */
public final class LogFolder {
  public static final String PROPERTY = "ocspconsole.logDir";

  private LogFolder() {}

  public static Path user() {
    return UserFolder.LOGS.user(PROPERTY);
  }

  static Path resolve(String osName, Map<String, String> env, String home, String override) {
    return UserFolder.LOGS.resolve(osName, env, home, override);
  }
}
