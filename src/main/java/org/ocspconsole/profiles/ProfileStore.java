package org.ocspconsole.profiles;

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
import java.util.Optional;
import java.util.function.Consumer;
import org.ocspconsole.platform.PrivateFiles;

/**
 * The profiles file, {@value #FILE_NAME}, as JSON. Written atomically (a temporary file in the same
 * folder, then an atomic rename), so a crash leaves the old file or the new one, never half of one.
 * A file that cannot be read is set aside under a dated name and reported, never silently replaced
 * by an empty list. A file written by a newer version is shown as it is and never written.
 */
public final class ProfileStore {
  public static final String FILE_NAME = "profiles.json";
  static final int VERSION = 1;

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  /** What the file holds; {@code defaultProfile} is the id of the profile offered at start. */
  public record Contents(int version, String defaultProfile, List<Profile> profiles) {
    public Contents {
      profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }
  }

  /**
   * The result of reading: the profiles, a message for the user when something was wrong, and why
   * the file must not be changed ("written by a newer version …"), or null.
   */
  public record Loaded(Contents contents, String problem, String readOnly) {
    Loaded(Contents contents, String problem) {
      this(contents, problem, null);
    }
  }

  private final Path folder;
  private volatile boolean blocked;
  private volatile String readOnly;
  private volatile ProfilesJson.Read kept;
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
      var root = ProfilesJson.parse(Files.readAllBytes(file));
      int version = ProfilesJson.version(root);
      if (version > VERSION) {
        readOnly = newerVersion(version);
        ProfilesJson.Read read = ProfilesJson.read(root, true);
        return new Loaded(read.contents(), userInfoRemoved(read, false), readOnly);
      }
      ProfilesJson.Read read = ProfilesJson.read(root, false);
      kept = read;
      return new Loaded(read.contents(), userInfoRemoved(read, true));
    } catch (IOException e) {
      return new Loaded(new Contents(VERSION, null, List.of()), setAside(file, e));
    }
  }

  /**
   * Addresses that held "user:password@" were cleaned while reading; the file is written again
   * without them (unless it must not be written), so the password does not stay on disk.
   */
  private String userInfoRemoved(ProfilesJson.Read read, boolean rewrite) {
    if (read.withoutUserInfo().isEmpty()) {
      return null;
    }
    String names =
        read.contents().profiles().stream()
            .filter(profile -> read.withoutUserInfo().contains(profile.id()))
            .map(profile -> "\u201c" + profile.name() + "\u201d")
            .collect(java.util.stream.Collectors.joining(", "));
    String removed =
        "The address of "
            + names
            + " held a user name and password. They were removed and are never shown or sent;"
            + " the console asks for the password when you connect.";
    if (!rewrite) {
      return removed + " The file itself is left as it is.";
    }
    try {
      save(read.contents().profiles(), read.contents().defaultProfile());
      return removed + " " + file().getFileName() + " was saved without them.";
    } catch (IOException e) {
      return removed
          + " "
          + file().getFileName()
          + " could not be saved without them ("
          + e.getMessage()
          + "): remove them from the file by hand.";
    }
  }

  /**
   * The saved profile of that name, read without touching the file or the folder (a broken file is
   * left for {@link #load()} to set aside and report); empty when there is none or the file cannot
   * be read.
   */
  public Optional<Profile> find(String name) {
    try {
      byte[] bytes = Files.readAllBytes(file());
      return ProfilesJson.read(ProfilesJson.parse(bytes), true).contents().profiles().stream()
          .filter(p -> p.name().equals(name))
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Replaces the file with these profiles, atomically; what this version does not know of the file
   * it read is kept. Refused when the file was written by a newer version.
   */
  public void save(List<Profile> profiles, String defaultProfile) throws IOException {
    if (blocked) {
      throw new IOException(
          "The profiles file "
              + file()
              + " could not be read or set aside, so it is "
              + "left as it is. Move it away, then try again.");
    }
    refuseNewer();
    ConfigFolder.create(folder);
    writeAtomically(
        file(), ProfilesJson.write(new Contents(VERSION, defaultProfile, profiles), kept));
  }

  /** Why changes are refused (a newer version wrote the file), or null. */
  public String readOnly() {
    return readOnly;
  }

  /** Writes profiles for another machine or user: the same JSON, and no secret is in it. */
  public void export(Path target, List<Profile> profiles) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    ProfilesJson.Read read = kept;
    ProfilesJson.Read profilesOnly =
        read == null
            ? null
            : new ProfilesJson.Read(
                read.contents(), ProfilesJson.emptyObject(), read.unknownByProfile());
    writeAtomically(
        target.toAbsolutePath(),
        ProfilesJson.write(new Contents(VERSION, null, profiles), profilesOnly));
  }

  /** For tests: runs just before the temporary file replaces the real one. */
  void beforeMove(Consumer<Path> hook) {
    this.beforeMove = hook;
  }

  /** Checks the file on disk too: a newer console may have written it since it was read. */
  private void refuseNewer() throws IOException {
    if (readOnly == null && Files.exists(file())) {
      try {
        int version = ProfilesJson.version(ProfilesJson.parse(Files.readAllBytes(file())));
        if (version > VERSION) {
          readOnly = newerVersion(version);
        }
      } catch (IOException e) {
        // unreadable now: replacing it is what the user asked for, and the old one was read fine
      }
    }
    if (readOnly != null) {
      throw new IOException("the file was " + readOnly + "; it is never overwritten");
    }
  }

  static String newerVersion(int version) {
    return "written by a newer version of the console (format "
        + version
        + "; this one reads format "
        + VERSION
        + ")";
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
