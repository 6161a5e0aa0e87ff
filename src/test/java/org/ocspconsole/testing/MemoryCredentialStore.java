package org.ocspconsole.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ocspconsole.profiles.CredentialStore;

/** The OS credential store's stand-in for tests: in memory only, and it tells what was read. */
public final class MemoryCredentialStore implements CredentialStore {
  public final Map<String, String> secrets = new ConcurrentHashMap<>();

  /** The keys read, in order. */
  public final List<String> reads = new CopyOnWriteArrayList<>();

  private final boolean readOnly;

  public MemoryCredentialStore() {
    this(false);
  }

  private MemoryCredentialStore(boolean readOnly) {
    this.readOnly = readOnly;
  }

  /**
   * Holds {@code secret} for {@code key}, for code that may only read it (the command line): a
   * write or a delete fails the test.
   */
  public static MemoryCredentialStore readOnly(String key, String secret) {
    MemoryCredentialStore store = new MemoryCredentialStore(true);
    store.secrets.put(key, secret);
    return store;
  }

  @Override
  public String displayName() {
    return "the test keyring";
  }

  @Override
  public Optional<char[]> read(String key) {
    reads.add(key);
    return Optional.ofNullable(secrets.get(key)).map(String::toCharArray);
  }

  @Override
  public void write(String key, char[] secret) {
    if (readOnly) {
      throw new AssertionError("a password was stored");
    }
    secrets.put(key, new String(secret));
  }

  @Override
  public void delete(String key) {
    if (readOnly) {
      throw new AssertionError("a password was removed");
    }
    secrets.remove(key);
  }
}
