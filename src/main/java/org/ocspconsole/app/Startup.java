package org.ocspconsole.app;

import java.util.concurrent.CompletableFuture;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.platform.Worker;
import org.ocspconsole.session.Session;

/**
 * The built-in demo cluster, begun before the toolkit: its key generation, its server, the client
 * and the first read of the configuration run on a background thread while JavaFX starts on the
 * other core.
 *
 * @param demo the built-in demo cluster, or null for a real one
 * @param firstRead the first {@code GET /v1/ocsp}, already sent
 */
record Startup(Session session, DemoCluster demo, CompletableFuture<OcspConfig> firstRead) {

  static CompletableFuture<Startup> begin() {
    CompletableFuture<Startup> result = new CompletableFuture<>();
    Worker.EXECUTOR.execute(
        () -> {
          try {
            DemoCluster demo = Connector.startDemo();
            Session session = Connector.demo(demo);
            result.complete(new Startup(session, demo, session.client().getOcspConfig()));
          } catch (ApiException e) {
            result.completeExceptionally(e);
          } catch (java.io.IOException e) {
            result.completeExceptionally(
                new IllegalStateException(
                    "The built-in demo cluster could not start: " + e.getMessage()));
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
          }
        });
    return result;
  }
}
