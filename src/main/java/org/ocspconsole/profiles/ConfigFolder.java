package org.ocspconsole.profiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.ocspconsole.log.Logs;
import org.ocspconsole.platform.PrivateFiles;
import org.ocspconsole.platform.UserFolder;

/**
 * The per-user configuration folder of each operating system, where the profiles and the settings
 * live, readable by the user only. The system property {@value #PROPERTY} overrides it, so tests
 * and portable setups never touch the user's real folder.
 */
public final class ConfigFolder {
  public static final String PROPERTY = "ocspconsole.configDir";

  /** Every file the console writes in the folder. */
  static final List<String> FILES = List.of(ProfileStore.FILE_NAME, "settings.json");

  private ConfigFolder() {}

  public static Path user() {
    return UserFolder.CONFIG.user(PROPERTY);
  }

  static Path resolve(String osName, Map<String, String> env, String home, String override) {
    return UserFolder.CONFIG.resolve(osName, env, home, override);
  }

  /** Creates the folder ({@code rwx------} on POSIX), or makes an existing one of ours private. */
  public static void create(Path folder) throws IOException {
    report(folder, PrivateFiles.createFolder(folder, ConfigFolder::ours));
  }

  /** Makes an existing folder of ours private; never fails, a problem only goes to the log. */
  public static void secure(Path folder) {
    try {
      report(folder, PrivateFiles.secure(folder, ConfigFolder::ours));
    } catch (IOException e) {
      Logs.get(ConfigFolder.class)
          .log(Level.WARNING, "Could not check the permissions of " + folder + ": " + e);
    }
  }

  /** One of the console's files, its temporary file while it is written, or a set-aside copy. */
  static boolean ours(String name) {
    return FILES.stream()
        .anyMatch(
            file ->
                name.equals(file) || name.startsWith(file + ".") || name.startsWith("." + file));
  }

  private static void report(Path folder, PrivateFiles.Folder outcome) {
    switch (outcome) {
      case TIGHTENED ->
          Logs.get(ConfigFolder.class)
              .info("Made the configuration folder " + folder + " readable by its owner only.");
      case LEFT_OPEN ->
          Logs.get(ConfigFolder.class)
              .warning(
                  "The configuration folder "
                      + folder
                      + " can be read by other users and holds other files, so its permissions"
                      + " were left as they are. Profiles hold no password, but they show which"
                      + " clusters you administer: consider chmod 700.");
      case PRIVATE -> {}
    }
  }
}
