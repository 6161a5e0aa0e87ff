package org.ocspconsole.connection;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ocspconsole.profiles.CredentialStore;

/** The OS credential store's stand-in for tests: in memory only. */
final class MemoryCredentialStore implements CredentialStore {
  final Map<String, String> secrets = new ConcurrentHashMap<>();

  @Override
  public String displayName() {
    return "the test keyring";
  }

  @Override
  public Optional<char[]> read(String key) {
    return Optional.ofNullable(secrets.get(key)).map(String::toCharArray);
  }

  @Override
  public void write(String key, char[] secret) {
    secrets.put(key, new String(secret));
  }

  @Override
  public void delete(String key) {
    secrets.remove(key);
  }
}
