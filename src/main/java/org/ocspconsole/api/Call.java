package org.ocspconsole.api;

import java.time.Duration;

/**
 * One REST call of the contract: method, path, the permission it needs, and its time limit.
 *
 * @param secretAnswer the answer can carry secrets beside what the console reads (private keys,
 *     SMTP or database passwords): no part of its body is ever quoted in an error
 */
record Call(
    String method,
    String path,
    String permission,
    String action,
    Duration timeout,
    boolean secretAnswer) {

  Call(String method, String path, String permission, String action, Duration timeout) {
    this(method, path, permission, action, timeout, false);
  }

  /** The same call, marked as one whose answer can carry secrets. */
  Call withSecretAnswer() {
    return new Call(method, path, permission, action, timeout, true);
  }

  String describe() {
    return method + " " + path;
  }

  String timeoutText() {
    long seconds = timeout.toSeconds();
    return seconds >= 1 ? seconds + " s" : timeout.toMillis() + " ms";
  }
}
