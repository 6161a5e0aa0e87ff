package org.ocspconsole.fleet;

import java.util.Map;
import org.ocspconsole.api.OcspField;

/**
 * The same settings as the Redis Enterprise operator's {@code spec.ocspConfiguration} (camelCase
 * fields), to paste into the cluster resource on Kubernetes, where the operator owns them.
 */
public final class OperatorSnippet {
  /** Said wherever a snippet is written or an operator-managed cluster is changed. */
  public static final String OPERATOR_WARNING =
      "On clusters managed by the Redis Enterprise operator for Kubernetes, the operator owns"
          + " these settings (spec.ocspConfiguration) and may revert changes made through the REST"
          + " API: change them in the cluster resource instead.";

  private OperatorSnippet() {}

  /**
   * The snippet as a file: the warning as a comment above it, so it travels with the settings. The
   * command line, the fleet and the form write the same text.
   */
  public static String file(Map<OcspField, ?> values) {
    return "# RedisEnterpriseCluster. " + OPERATOR_WARNING + "\n" + yaml(values);
  }

  /** YAML for the cluster resource, the writable fields present in {@code values}. */
  public static String yaml(Map<OcspField, ?> values) {
    StringBuilder out = new StringBuilder("spec:\n  ocspConfiguration:\n");
    for (OcspField field : OcspField.values()) {
      Object value = values.get(field);
      if (value != null) {
        out.append("    ").append(field.operatorKey()).append(": ").append(value).append('\n');
      }
    }
    return out.toString();
  }
}
