package org.ocspconsole.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Files only the user may read: the configuration folder is created {@code rwx------} and every
 * file is written {@code rw-------} through a temporary file in the same folder and an atomic
 * rename, so a crash leaves the old file or the new one, never half of one. Permissions apply on
 * POSIX systems; on Windows the per-user profile folder is already private.
 */
public final class PrivateFiles {
  static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  /** What became of the folder's permissions. */
  public enum Folder {
    /** Only the user has access (or the system has no POSIX permissions). */
    PRIVATE,
    /** It was open to others, held only the console's files, and was closed. */
    TIGHTENED,
    /** It is open to others and holds other files too, so it was left as it is. */
    LEFT_OPEN
  }

  private PrivateFiles() {}

  /**
   * Creates {@code folder} private to the user (its parents keep the usual permissions), or makes
   * an existing one private when every file in it is one {@code ours} accepts: earlier versions
   * created it {@code rwxr-xr-x}. A folder with other files in it was chosen by the user and is
   * left alone.
   */
  public static Folder createFolder(Path folder, Predicate<String> ours) throws IOException {
    Path absolute = folder.toAbsolutePath();
    if (!posix()) {
      Files.createDirectories(absolute);
      return Folder.PRIVATE;
    }
    if (absolute.getParent() != null) {
      Files.createDirectories(absolute.getParent());
    }
    try {
      Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
      // The umask may have taken bits away, never added them; set them exactly all the same.
      Files.setPosixFilePermissions(absolute, FOLDER);
      return Folder.PRIVATE;
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(absolute)) {
        throw e;
      }
      return secure(absolute, ours);
    }
  }

  /** Makes an existing folder private as {@link #createFolder} does; a missing one is left so. */
  public static Folder secure(Path folder, Predicate<String> ours) throws IOException {
    if (!posix() || !Files.isDirectory(folder)) {
      return Folder.PRIVATE;
    }
    Set<PosixFilePermission> now = Files.getPosixFilePermissions(folder);
    if (now.stream().noneMatch(OTHERS::contains)) {
      return Folder.PRIVATE;
    }
    try (Stream<Path> files = Files.list(folder)) {
      if (!files.allMatch(p -> ours.test(p.getFileName().toString()))) {
        return Folder.LEFT_OPEN;
      }
    }
    Set<PosixFilePermission> tightened = EnumSet.copyOf(now);
    tightened.removeAll(OTHERS);
    Files.setPosixFilePermissions(folder, tightened);
    return Folder.TIGHTENED;
  }

  /**
   * Replaces {@code target} with {@code bytes} atomically; {@code beforeMove} sees the complete
   * temporary file just before the rename (tests use it to fail or inspect a write).
   */
  public static void writeAtomically(Path target, byte[] bytes, Consumer<Path> beforeMove)
      throws IOException {
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
    try {
      if (posix()) {
        Files.setPosixFilePermissions(temp, FILE);
      }
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      beforeMove.accept(temp);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
