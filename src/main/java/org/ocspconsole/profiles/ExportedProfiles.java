package org.ocspconsole.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The profiles of an exported file (or of another machine's profiles file), read with bounds: an
 * import is a file someone handed over, so its size and count are checked before anything else.
 *
 * @param addressCleaned the ids of the profiles whose address held "user:password@" in the file; it
 *     was removed while reading, and the import review says so
 */
public record ExportedProfiles(List<Profile> profiles, Set<String> addressCleaned) {

  /** Far more than any export needs (1,000 profiles are about 300 KiB). */
  public static final long MAX_BYTES = 1024 * 1024;

  static final int MAX_PROFILES = 1000;

  public ExportedProfiles {
    profiles = List.copyOf(profiles);
    addressCleaned = Set.copyOf(addressCleaned);
  }

  /**
   * Reads {@code source}, at most {@link #MAX_BYTES} and {@link #MAX_PROFILES}; a larger one, or
   * one of a newer format, is refused with a message that says so.
   */
  public static ExportedProfiles read(Path source) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(source)) {
      // Read at most one byte past the bound: the size on disk may lie (a pipe, a growing file).
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new IOException(
          "it is larger than " + MAX_BYTES / 1024 + " KiB, more than any export needs");
    }
    var root = ProfilesJson.parse(bytes);
    if (ProfilesJson.version(root) > ProfileStore.VERSION) {
      throw new IOException("it was " + ProfileStore.newerVersion(ProfilesJson.version(root)));
    }
    int count = root.path("profiles").size();
    if (count > MAX_PROFILES) {
      throw new IOException(
          String.format(
              "it holds %,d profiles; at most %,d are imported at once", count, MAX_PROFILES));
    }
    ProfilesJson.Read read = ProfilesJson.read(root, false);
    return new ExportedProfiles(read.contents().profiles(), Set.copyOf(read.withoutUserInfo()));
  }
}
