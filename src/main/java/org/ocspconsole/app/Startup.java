package org.ocspconsole.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.session.Session;

/**
 * Everything start-up needs from the network, begun before the toolkit: the demo cluster (key
 * generation, server), the client and the first read of the configuration run on a background
 * thread while JavaFX starts on the other core.
 *
 * @param demo the built-in demo cluster, or null for a real one
 * @param firstRead the first {@code GET /v1/ocsp}, already sent
 */
record Startup(Session session, DemoCluster demo, CompletableFuture<OcspConfig> firstRead) {

  static CompletableFuture<Startup> begin(CommandLine options) {
    CompletableFuture<Startup> result = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        result.complete(connect(options));
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    }, "startup-connect");
    thread.setDaemon(true);
    thread.start();
    return result;
  }

  private static Startup connect(CommandLine options) {
    try {
      if (options.demo()) {
        DemoCluster demo = Connector.startDemo();
        Session session = Connector.demo(demo);
        return new Startup(session, demo, session.client().getOcspConfig());
      }
      char[] password = options.password() == null ? new char[0] : options.password().toCharArray();
      Session session = Connector.cluster(options, password);
      // Without a password the first read would only earn a 401; the window asks first.
      CompletableFuture<OcspConfig> read = password.length == 0 && options.clientCert() == null
          ? null : session.client().getOcspConfig();
      return new Startup(session, null, read);
    } catch (ApiException e) {
      throw new CompletionException(e);
    } catch (java.io.IOException e) {
      throw new CompletionException(
          new IllegalStateException("The built-in demo cluster could not start: " + e.getMessage()));
    }
  }
}
