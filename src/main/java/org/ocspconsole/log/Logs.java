package org.ocspconsole.log;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The console's log: java.util.logging under the logger "org.ocspconsole", written to a rotating
 * file in {@link LogFolder} through {@link Redaction}. Until {@link #configure()} runs (off the FX
 * thread, after the first frame), records wait in a small buffer, so start-up pays for nothing but
 * that and nothing is lost; nothing ever goes to the console's standard streams.
 */
public final class Logs {
  static final String ROOT = "org.ocspconsole";
  static final String FILE_PATTERN = "ocsp-console.%g.log";
  static final int LIMIT_BYTES = 1_000_000;
  static final int GENERATIONS = 4;

  private static final Logger ROOT_LOGGER = Logger.getLogger(ROOT);
  private static final EarlyBuffer EARLY = new EarlyBuffer();
  private static volatile Path folder;

  static {
    ROOT_LOGGER.setUseParentHandlers(false);
    ROOT_LOGGER.addHandler(EARLY);
  }

  private Logs() {}

  /** The logger for a class of the console; its records reach the log file once configured. */
  public static Logger get(Class<?> type) {
    return Logger.getLogger(type.getName());
  }

  /** The folder the log is written to, or null before {@link #configure()} succeeded. */
  public static Path folder() {
    return folder;
  }

  /**
   * Opens the log file in {@link LogFolder#user()} and writes the records buffered so far. Safe to
   * call more than once; a folder that cannot be written leaves the console without a log file.
   */
  public static synchronized Path configure() {
    if (folder != null) {
      return folder;
    }
    Path dir = LogFolder.user();
    try {
      Files.createDirectories(dir);
      try {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      } catch (UnsupportedOperationException | IOException e) {
        // Not a POSIX file system (Windows): the per-user folder is private already.
      }
      FileHandler file =
          new FileHandler(
              dir.resolve(FILE_PATTERN).toString().replace("\\", "/"),
              LIMIT_BYTES,
              GENERATIONS,
              true);
      file.setFormatter(new RedactingFormatter());
      file.setLevel(Level.INFO);
      ROOT_LOGGER.addHandler(file);
      ROOT_LOGGER.removeHandler(EARLY);
      EARLY.drainTo(file);
      folder = dir;
      get(Logs.class).info("Log folder " + dir);
      return dir;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** One line per record (plus the stack trace, if any), with secrets masked. */
  static final class RedactingFormatter extends Formatter {
    private static final DateTimeFormatter TIME =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    @Override
    public String format(LogRecord record) {
      StringBuilder line =
          new StringBuilder()
              .append(TIME.format(Instant.ofEpochMilli(record.getMillis())))
              .append(' ')
              .append(record.getLevel().getName())
              .append(' ')
              .append(shortName(record.getLoggerName()))
              .append(": ")
              .append(formatMessage(record))
              .append(System.lineSeparator());
      if (record.getThrown() != null) {
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        line.append(trace);
      }
      return Redaction.apply(line.toString());
    }

    private static String shortName(String name) {
      if (name == null) {
        return "-";
      }
      return name.startsWith(ROOT + ".") ? name.substring(ROOT.length() + 1) : name;
    }
  }

  /** Holds the last records until the file exists. */
  private static final class EarlyBuffer extends Handler {
    private static final int CAPACITY = 500;
    private final Deque<LogRecord> records = new ArrayDeque<>();

    @Override
    public synchronized void publish(LogRecord record) {
      if (records.size() == CAPACITY) {
        records.removeFirst();
      }
      records.addLast(record);
    }

    synchronized void drainTo(Handler target) {
      records.forEach(target::publish);
      records.clear();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
