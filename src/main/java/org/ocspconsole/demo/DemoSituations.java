package org.ocspconsole.demo;

import org.ocspconsole.api.OcspField;

/**
 * What the window's "Demo situations" menu may do to the built-in demo cluster, and nothing more:
 * the shell is handed this, not the server, its keys or its request log.
 */
public interface DemoSituations {
  /** The switches that make the demo answer as a troubled cluster would. */
  DemoSwitches switches();

  /** Sets a value on the cluster's side, as another administrator would. */
  void setConfig(OcspField field, Object value);

  /** Changes the admin's password elsewhere: the console's calls meet a 401 from then on. */
  void changeAdminPassword(String password);

  void restoreAdminPassword();

  /** Serves a renewed API certificate (true) or the original one (false). */
  void renewedCertificate(boolean renewed);
}
