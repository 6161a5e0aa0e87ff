package org.ocspconsole.connection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ocspconsole.pki.Fingerprints;
import org.ocspconsole.profiles.ExportedProfiles;
import org.ocspconsole.profiles.Profile;

/**
 * What an import would add, for the user to review before anything is added: each profile as it
 * would be saved (renamed when its name is taken, a new id when its id is), and why a profile is
 * not imported or deserves a second look. A profile carries trust decisions (a pin, a CA file), so
 * the review is a trust decision too. Built on a worker thread, in one pass over the file.
 *
 * @param file the file's name, for messages
 */
public record ImportPlan(String file, List<Entry> entries) {

  /**
   * One profile of the file.
   *
   * @param profile as it would be added
   * @param refusal why it is not imported, or null
   * @param notes what the user should know about it (renamed, trusts otherwise than a saved profile
   *     for the same login)
   */
  public record Entry(Profile profile, String refusal, List<String> notes) {
    public boolean accepted() {
      return refusal == null;
    }
  }

  /** A path another machine serves: UNC ({@code \\host\share}, {@code //host/share}) or a URL. */
  private static final Pattern REMOTE = Pattern.compile("^(\\\\\\\\|//|[A-Za-z][A-Za-z0-9+.-]+:/)");

  public ImportPlan {
    entries = List.copyOf(entries);
  }

  /** Reads {@code file} (bounded, see {@link ExportedProfiles#read}) and plans its import. */
  static ImportPlan read(Path file, Collection<Profile> existing) throws IOException {
    ExportedProfiles export = ExportedProfiles.read(file);
    return of(
        String.valueOf(file.getFileName()), export.profiles(), existing, export.addressCleaned());
  }

  static ImportPlan of(String file, List<Profile> read, Collection<Profile> existing) {
    return of(file, read, existing, Set.of());
  }

  /**
   * @param addressCleaned ids of profiles whose address held a user name and password in the file
   */
  private static ImportPlan of(
      String file, List<Profile> read, Collection<Profile> existing, Set<String> addressCleaned) {
    Set<String> names = new HashSet<>();
    Set<String> ids = new HashSet<>();
    Map<String, Profile> byLogin = new HashMap<>();
    for (Profile p : existing) {
      names.add(p.name());
      ids.add(p.id());
      if (p != ConnectionViewModel.DEMO) {
        byLogin.putIfAbsent(loginAt(p), p);
      }
    }
    Map<String, Integer> nextSuffix = new HashMap<>();
    List<Entry> entries = new ArrayList<>(read.size());
    for (Profile original : read) {
      String refusal = refusal(original);
      Profile p = original;
      List<String> notes = new ArrayList<>();
      if (refusal == null) {
        if (addressCleaned.contains(original.id())) {
          notes.add(
              "its address held a user name and password: removed (a password is never kept in a"
                  + " profile)");
        }
        if (!ids.add(p.id())) {
          p = p.copy(p.name());
          ids.add(p.id());
        }
        if (names.contains(p.name())) {
          p = p.withName(unique(p.name() + " (imported)", names, nextSuffix));
          notes.add("renamed: \u201c" + original.name() + "\u201d is taken");
        }
        names.add(p.name());
        Profile same = byLogin.get(loginAt(p));
        if (same != null && !same.credentialKey().equals(p.credentialKey())) {
          notes.add(
              "same login and address as \u201c"
                  + same.name()
                  + "\u201d, which trusts "
                  + trust(same)
                  + " instead");
        }
      }
      entries.add(new Entry(p, refusal, List.copyOf(notes)));
    }
    return new ImportPlan(file, entries);
  }

  public List<Profile> accepted() {
    return entries.stream().filter(Entry::accepted).map(Entry::profile).toList();
  }

  public long refused() {
    return entries.stream().filter(e -> !e.accepted()).count();
  }

  /** What the screen says once {@code added} profiles were added. */
  String summary(int added) {
    long refused = refused();
    return "Imported "
        + ProfileTransfer.count(added, "profile")
        + " from "
        + file
        + "."
        + (refused == 0
            ? ""
            : " "
                + ProfileTransfer.count(refused, "profile")
                + " not imported (see why in the review).");
  }

  /** Where the profile trusts, as the review shows it. */
  public static String trust(Profile p) {
    return switch (p.trust()) {
      case SYSTEM -> "the system CAs";
      case CA_FILE -> "the CA file " + p.caFile();
      case PINNED -> "the pinned certificate " + readable(p.pinSha256());
    };
  }

  private static String readable(String pin) {
    try {
      return Fingerprints.normalize(pin == null ? "" : pin);
    } catch (IllegalArgumentException e) {
      return pin + " (not a SHA-256 fingerprint)";
    }
  }

  /** True for a file on a network share or behind a URL, where someone else decides its content. */
  static boolean remote(String path) {
    return path != null && REMOTE.matcher(path.trim()).find();
  }

  private static String refusal(Profile p) {
    if (p.trust() == Profile.Trust.CA_FILE && remote(p.caFile())) {
      return "not imported: its CA file is on a network share, so whoever runs the share decides"
          + " which certificates are trusted";
    }
    if (p.auth() == Profile.Auth.CLIENT_CERTIFICATE && remote(p.clientCertificate())) {
      return "not imported: its client certificate is on a network share";
    }
    return null;
  }

  private static String loginAt(Profile p) {
    return p.login() + " @ " + p.url();
  }

  /** The first free "base", "base 2", … ; remembers where it stopped, so n clashes cost n steps. */
  private static String unique(String base, Set<String> names, Map<String, Integer> nextSuffix) {
    if (!names.contains(base)) {
      return base;
    }
    int i = nextSuffix.getOrDefault(base, 2);
    while (names.contains(base + " " + i)) {
      i++;
    }
    nextSuffix.put(base, i + 1);
    return base + " " + i;
  }
}
