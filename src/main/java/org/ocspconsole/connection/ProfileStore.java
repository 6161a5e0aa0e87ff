package org.ocspconsole.connection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.ocspconsole.api.Json;
import org.ocspconsole.platform.PrivateFiles;

/**
 * The profiles file, {@value #FILE_NAME}, as JSON. Written atomically (a temporary file in the same
 * folder, then an atomic rename), so a crash leaves the old file or the new one, never half of one.
 * A file that cannot be read is set aside under a dated name and reported, never silently replaced
 * by an empty list.
 */
public final class ProfileStore {
  public static final String FILE_NAME = "profiles.json";
  static final int VERSION = 1;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final ObjectMapper MAPPER =
      Json.MAPPER
          .copy()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .setDefaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

  /** What the file holds; {@code defaultProfile} is the id of the profile offered at start. */
  public record Contents(int version, String defaultProfile, List<Profile> profiles) {
    public Contents {
      profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }
  }

  /** The result of reading: the profiles, and a message for the user when something was wrong. */
  public record Loaded(Contents contents, String problem) {}

  private final Path folder;
  private volatile boolean blocked;
  private Consumer<Path> beforeMove = path -> {};

  public ProfileStore(Path folder) {
    this.folder = folder;
  }

  /**
   * The store in the user's configuration folder (or the {@link ConfigFolder#PROPERTY} override).
   */
  public static ProfileStore user() {
    return new ProfileStore(ConfigFolder.user());
  }

  public Path file() {
    return folder.resolve(FILE_NAME);
  }

  /** Reads the profiles; never throws. A missing file is an empty list without a message. */
  public Loaded load() {
    Path file = file();
    if (!Files.exists(file)) {
      return new Loaded(new Contents(VERSION, null, List.of()), null);
    }
    ConfigFolder.secure(folder);
    try {
      return new Loaded(read(Files.readAllBytes(file)), null);
    } catch (IOException e) {
      return new Loaded(new Contents(VERSION, null, List.of()), setAside(file, e));
    }
  }

  /** Replaces the file with these profiles, atomically. */
  public void save(List<Profile> profiles, String defaultProfile) throws IOException {
    if (blocked) {
      throw new IOException(
          "The profiles file "
              + file()
              + " could not be read or set aside, so it is "
              + "left as it is. Move it away, then try again.");
    }
    ConfigFolder.create(folder);
    writeAtomically(
        file(), MAPPER.writeValueAsBytes(new Contents(VERSION, defaultProfile, profiles)));
  }

  /** Writes profiles for another machine or user: the same JSON, and no secret is in it. */
  public void export(Path target, List<Profile> profiles) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    writeAtomically(
        target.toAbsolutePath(), MAPPER.writeValueAsBytes(new Contents(VERSION, null, profiles)));
  }

  /** Reads an exported file (or another machine's profiles file). */
  public static List<Profile> readExport(Path source) throws IOException {
    return read(Files.readAllBytes(source)).profiles();
  }

  /** For tests: runs just before the temporary file replaces the real one. */
  void beforeMove(Consumer<Path> hook) {
    this.beforeMove = hook;
  }

  private static Contents read(byte[] bytes) throws IOException {
    Contents contents;
    try {
      contents = MAPPER.readValue(bytes, Contents.class);
    } catch (JsonProcessingException e) {
      throw new IOException("it is not a valid profiles file (" + e.getOriginalMessage() + ")", e);
    }
    if (contents == null) {
      throw new IOException("it is empty");
    }
    if (contents.version() > VERSION) {
      throw new IOException("it was written by a newer version of the console");
    }
    for (Profile profile : contents.profiles()) {
      if (profile == null || profile.name() == null || profile.url() == null) {
        throw new IOException("a profile in it has no name or address");
      }
    }
    return contents;
  }

  private void writeAtomically(Path target, byte[] bytes) throws IOException {
    PrivateFiles.writeAtomically(target, bytes, beforeMove);
  }

  private String setAside(Path file, IOException why) {
    String reason =
        why instanceof AccessDeniedException
            ? "it cannot be read (permission denied)"
            : why instanceof NoSuchFileException
                ? "it disappeared while being read"
                : why.getMessage();
    String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
    Path aside = file.resolveSibling(FILE_NAME + ".corrupt-" + stamp);
    for (int i = 1; Files.exists(aside); i++) {
      aside = file.resolveSibling(FILE_NAME + ".corrupt-" + stamp + "-" + i);
    }
    try {
      Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
      return "The saved profiles could not be read: "
          + reason
          + ". The file was kept as "
          + aside.getFileName()
          + " in "
          + file.getParent()
          + "; the list starts empty.";
    } catch (IOException e) {
      blocked = true;
      return "The saved profiles could not be read: "
          + reason
          + ". The file "
          + file
          + " is left untouched and profiles cannot be saved until it is moved away.";
    }
  }
}
