package org.ocspconsole.stapling;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The plain HTTP side of a check (responder, caIssuers): no credentials, no redirects. */
final class Http {
  /** Asks the responder beside the endpoint probes, so a slow responder takes no probe's place. */
  static final ExecutorService ASKER =
      Executors.newCachedThreadPool(DaemonThreads.named("staple-responder"));

  private Http() {}

  static HttpClient client(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout)
        .build();
  }
}
