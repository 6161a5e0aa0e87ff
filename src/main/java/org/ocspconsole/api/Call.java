package org.ocspconsole.api;

import java.time.Duration;

/** One REST call of the contract: method, path, the permission it needs, and its time limit. */
record Call(String method, String path, String permission, String action, Duration timeout) {

  String describe() {
    return method + " " + path;
  }

  String timeoutText() {
    long seconds = timeout.toSeconds();
    return seconds >= 1 ? seconds + " s" : timeout.toMillis() + " ms";
  }
}
