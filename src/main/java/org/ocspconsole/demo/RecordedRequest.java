package org.ocspconsole.demo;

import java.util.List;
import java.util.Map;

/** A request as the demo cluster received it, so tests can check what the console sent. */
public record RecordedRequest(
    String method, String path, Map<String, List<String>> headers, String body) {
  public String header(String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }
}
