package org.ocspconsole.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.logging.Level;
import org.ocspconsole.api.Json;
import org.ocspconsole.log.Logs;
import org.ocspconsole.platform.PrivateFiles;
import org.ocspconsole.profiles.ConfigFolder;

/**
 * {@value #FILE_NAME} in the configuration folder: a small JSON object of the user's choices.
 * Written atomically like the profiles; keys this version does not know are kept, so an older
 * console does not drop a newer one's settings. A file that cannot be read is set aside under a
 * dated name, never overwritten.
 */
final class SettingsFile {
  static final String FILE_NAME = "settings.json";
  private static final long MAX_BYTES = 64 * 1024;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private final Path folder;
  private volatile boolean blocked;

  SettingsFile(Path folder) {
    this.folder = folder;
  }

  Path file() {
    return folder.resolve(FILE_NAME);
  }

  /** The settings as read; empty when there is no file or it cannot be read. Never throws. */
  ObjectNode read() {
    Path file = file();
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new IOException("larger than " + MAX_BYTES + " bytes");
      }
      JsonNode node = Json.tree(Files.readAllBytes(file));
      if (node instanceof ObjectNode object) {
        return object;
      }
      throw new IOException("not a JSON object");
    } catch (NoSuchFileException e) {
      return Json.MAPPER.createObjectNode();
    } catch (IOException e) {
      setAside(file, e);
      return Json.MAPPER.createObjectNode();
    }
  }

  /**
   * Replaces the file with {@code base} (the keys read, known or not) updated by {@code values}.
   */
  void write(ObjectNode base, Map<String, Boolean> values) throws IOException {
    if (blocked) {
      throw new IOException(file() + " could not be read or set aside, so it is left as it is");
    }
    ObjectNode out = base.deepCopy();
    values.forEach(out::put);
    ConfigFolder.create(folder);
    PrivateFiles.writeAtomically(
        file(), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(out), temp -> {});
  }

  private void setAside(Path file, IOException why) {
    Path aside =
        file.resolveSibling(
            FILE_NAME + ".corrupt-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP));
    try {
      Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
      Logs.get(SettingsFile.class)
          .warning(
              "The settings in "
                  + file
                  + " could not be read ("
                  + why.getMessage()
                  + "); the file was kept as "
                  + aside.getFileName()
                  + " and the defaults are used.");
    } catch (IOException e) {
      blocked = true;
      Logs.get(SettingsFile.class)
          .log(Level.WARNING, "The settings in " + file + " could not be read or set aside", e);
    }
  }

  /** A boolean setting, or {@code fallback} when it is missing or not a boolean. */
  static boolean flag(ObjectNode settings, String key, boolean fallback) {
    JsonNode value = settings.get(key);
    return value != null && value.isBoolean() ? value.booleanValue() : fallback;
  }
}
