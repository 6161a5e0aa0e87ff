package org.ocspconsole.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.ocspconsole.api.Json;

/** JSON for people and scripts: indented, keys as the API names them. */
final class Output {
  private Output() {}

  static String pretty(Object value) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not serialisable: " + value.getClass().getSimpleName(), e);
    }
  }
}
