package org.ocspconsole.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;

/**
 * Answers the demo cluster's requests as a real cluster does: faults first (as the network or a
 * proxy in front would), then authentication, route, permission and capability, then the call.
 */
final class DemoApi {
  private final DemoSwitches switches;
  private final DemoUsers users;
  private final OcspState ocsp;
  private final ProxyCertificates proxy;
  private final ClusterObject clusterObject;
  private final ServerKeys keys;
  private final RequestLog requests;
  private final java.util.function.Supplier<Stapling> stapling;

  DemoApi(
      DemoSwitches switches,
      DemoUsers users,
      OcspState ocsp,
      ProxyCertificates proxy,
      ClusterObject clusterObject,
      ServerKeys keys,
      RequestLog requests,
      java.util.function.Supplier<Stapling> stapling) {
    this.switches = switches;
    this.users = users;
    this.ocsp = ocsp;
    this.proxy = proxy;
    this.clusterObject = clusterObject;
    this.keys = keys;
    this.requests = requests;
    this.stapling = stapling;
  }

  void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = RequestBodies.read(exchange);
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      requests.add(method, path, exchange.getRequestHeaders(), body);
      if (body == null) {
        // Refused whole, before anything else: a prefix of it is never applied.
        exchange.getResponseHeaders().set("Connection", "close");
        Answers.error(
            exchange,
            switches,
            413,
            "request_too_large",
            "The request body is larger than "
                + RequestBodies.LIMIT
                + " bytes; nothing was applied");
        return;
      }
      Answers.pause(switches.latency().toMillis());
      if (switches.dropConnections()) {
        return; // closing without an answer drops the connection
      }
      if (switches.brokenAnswer() != BrokenAnswer.NONE) {
        BrokenAnswers.answer(exchange, switches, ocsp.config());
        return;
      }
      if (switches.htmlErrorPage()) {
        Answers.send(
            exchange,
            502,
            "text/html",
            ("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                    + "<body><h1>502 Bad Gateway</h1><hr><p>nginx</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (switches.serviceUnavailable()) {
        // A node outside the cluster answers before it looks at credentials.
        Answers.error(
            exchange,
            switches,
            503,
            "service_unavailable",
            "This node is not a member of a cluster");
        return;
      }
      DemoUser signedIn = users.authenticate(exchange);
      // The demo's "viewer" situation: whoever signed in gets the viewer's permissions.
      DemoUser user =
          signedIn != null && switches.viewer() ? users.get(DemoCluster.VIEWER_USER) : signedIn;
      if (user == null) {
        exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Redis Software\"");
        Answers.error(
            exchange,
            switches,
            401,
            "unauthorized",
            "Authentication required or credentials are wrong");
        return;
      }
      Route route = Route.find(method, path);
      if (route == null) {
        if (Route.knownPath(path)) {
          exchange.getResponseHeaders().set("Allow", Route.allowedMethods(path));
          Answers.error(
              exchange,
              switches,
              405,
              "method_not_allowed",
              "Method " + method + " is not allowed for " + path);
        } else {
          Answers.error(exchange, switches, 404, "not_found", "Unknown path " + path);
        }
        return;
      }
      if (switches.clusterCallsMissing()
          && (route == Route.GET_CERTIFICATES
              || route == Route.GET_CLUSTER
              || route == Route.PUT_CLUSTER)) {
        Answers.error(exchange, switches, 404, "not_found", "Unknown path " + path);
        return;
      }
      if (route == Route.PUT_CERTIFICATES && switches.olderCluster()) {
        // Before 7.22.2 this call did not exist: an unknown path.
        Answers.error(exchange, switches, 404, "not_found", "Unknown path " + path);
        return;
      }
      if (!user.may(route.permission())) {
        Answers.error(
            exchange,
            switches,
            403,
            "insufficient_permissions",
            "User " + user.name() + " lacks the permission " + route.permission());
        return;
      }
      if (route.ocsp() && switches.unsupportedWithoutCode()) {
        Answers.send(
            exchange,
            406,
            "text/html",
            ("<html><head><title>406 Not Acceptable</title></head>"
                    + "<body><h1>Not Acceptable</h1></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (route.ocsp() && switches.unsupportedCapability()) {
        Answers.error(
            exchange,
            switches,
            406,
            "ocsp_unsupported_by_capability",
            "Not all nodes in the cluster support OCSP");
        return;
      }
      answer(exchange, route, body);
    } catch (RuntimeException e) {
      Answers.error(
          exchange,
          switches,
          500,
          "internal_error",
          "Unexpected error: " + e.getClass().getSimpleName());
    }
  }

  private void answer(HttpExchange exchange, Route route, byte[] body) throws IOException {
    switch (route) {
      case GET_OCSP -> Answers.json(exchange, 200, ocsp.config());
      case PUT_OCSP -> {
        try {
          Map<OcspField, Object> changes = OcspSchema.validate(Answers.tree(body));
          if (switches.putAnswerDiffers()) {
            // Accepted, but the cluster keeps (and answers) what it had.
            Answers.json(exchange, 200, ocsp.config());
            return;
          }
          OcspConfig after = ocsp.update(changes);
          if (switches.putAnswerPartial()) {
            Map<String, Object> partial = new LinkedHashMap<>();
            changes.forEach((field, value) -> partial.put(field.key(), after.get(field)));
            Answers.json(exchange, 200, partial);
            return;
          }
          Answers.json(exchange, 200, after);
        } catch (OcspSchema.Invalid e) {
          Answers.error(exchange, switches, 400, "invalid_schema", e.getMessage());
        } catch (OcspState.NoResponderUrl e) {
          Answers.error(exchange, switches, 400, "no_responder_url", e.getMessage());
        }
      }
      case GET_STATUS -> {
        if (switches.invalidOcspResponse()) {
          Answers.error(
              exchange,
              switches,
              500,
              "invalid_ocsp_response",
              "The OCSP responder's answer could not be parsed");
        } else {
          Answers.json(exchange, 200, ocsp.cachedStatus());
        }
      }
      case GET_CERTIFICATES -> Answers.json(exchange, 200, certificates());
      case PUT_CERTIFICATES -> replaceProxy(exchange, body, true);
      case PUT_UPDATE_CERT -> replaceProxy(exchange, body, false);
      case GET_CLUSTER -> Answers.json(exchange, 200, clusterObject.snapshot());
      case GET_BDBS ->
          Answers.json(exchange, 200, stapling.get().databases(query(exchange, "fields")));
      case PUT_CLUSTER -> {
        try {
          Answers.json(exchange, 200, clusterObject.update(Answers.tree(body)));
        } catch (OcspSchema.Invalid e) {
          Answers.error(exchange, switches, 400, "invalid_schema", e.getMessage());
        }
      }
      case POST_TEST -> {
        if (!switches.responderUrl().isEmpty()) {
          Answers.pause(switches.testDuration().toMillis());
        }
        try {
          Answers.json(exchange, 200, ocsp.test());
        } catch (OcspState.TestFailure e) {
          Answers.error(exchange, switches, 500, e.code(), e.getMessage());
        }
      }
    }
  }

  /** One query parameter, decoded; null when absent. */
  private static String query(HttpExchange exchange, String name) {
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null) {
      return null;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (key.equals(name)) {
        return java.net.URLDecoder.decode(
            equals < 0 ? "" : pair.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /**
   * As a real cluster lists them: certificate names to PEM, with the private keys ({@code *_key})
   * beside them, which the console must skip.
   */
  private Map<String, String> certificates() {
    Map<String, String> pems = new LinkedHashMap<>();
    String apiKey =
        org.ocspconsole.pki.Pem.encode("PRIVATE KEY", keys.current().privateKey().getEncoded());
    pems.put("api_cert", org.ocspconsole.pki.Pem.certificates(keys.current().certificate()));
    pems.put("api_key", apiKey);
    pems.put("cm_cert", org.ocspconsole.pki.Pem.certificates(keys.current().certificate()));
    pems.put("cm_key", apiKey);
    pems.put("proxy_cert", proxy.current().chainPem());
    pems.put("syncer_cert", proxy.current().chainPem());
    return pems;
  }

  private void replaceProxy(HttpExchange exchange, byte[] body, boolean newerCall)
      throws IOException {
    try {
      CertificateRequests.Upload upload =
          newerCall
              ? CertificateRequests.fromCertificates(Answers.tree(body))
              : CertificateRequests.fromUpdateCert(Answers.tree(body));
      proxy.replace(upload.certificate(), upload.key());
    } catch (OcspSchema.Invalid e) {
      Answers.error(exchange, switches, 400, "invalid_schema", e.getMessage());
      return;
    } catch (ProxyCertificates.Rejected e) {
      Answers.error(exchange, switches, 400, e.code(), e.getMessage());
      return;
    }
    // The cluster restarts its proxies with the new certificate; that takes a while.
    Answers.pause(switches.certificateUpdateDuration().toMillis());
    Answers.send(exchange, 200, "application/json", new byte[0]);
  }
}
