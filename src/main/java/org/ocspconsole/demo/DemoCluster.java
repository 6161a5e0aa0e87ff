package org.ocspconsole.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.security.auth.x500.X500Principal;
import org.ocspconsole.api.Json;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.Fingerprints;
import org.ocspconsole.pki.IssuedCertificate;

/**
 * A Redis Software cluster's REST API as far as OCSP goes (with the proxy certificate and the
 * cluster's alert settings around it), over HTTPS on loopback, following the contract to the
 * letter, so that users can try the console and tests exercise it for real. Shares only the records
 * with the API layer, never the client.
 */
public final class DemoCluster implements AutoCloseable {
  public static final String ADMIN_USER = "admin@demo.local";
  public static final String VIEWER_USER = "viewer@demo.local";

  private final String[] protocols;
  private volatile HttpsServer server;
  private final ExecutorService executor;
  private final ServerKeys keys;
  private final Map<String, DemoUser> users;
  private final ProxyCertificates proxy = new ProxyCertificates();
  private final DemoSwitches switches = new DemoSwitches(proxy);
  private final ClusterObject clusterObject = new ClusterObject();
  private final OcspState ocsp;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final X509Certificate clientCa;
  private final boolean basicAuth;
  private final String startPassword;
  private IssuedCertificate original;

  private DemoCluster(Builder builder) throws IOException, GeneralSecurityException {
    this.keys = new ServerKeys(builder.certificate != null ? builder.certificate : selfSigned());
    this.clientCa = builder.clientCa;
    this.basicAuth = builder.basicAuth;
    Map<String, DemoUser> accounts = new LinkedHashMap<>();
    accounts.put(
        ADMIN_USER,
        new DemoUser(
            ADMIN_USER,
            builder.adminPassword != null ? builder.adminPassword : randomPassword(),
            "admin",
            DemoUser.ADMIN_PERMISSIONS));
    accounts.put(
        VIEWER_USER,
        new DemoUser(
            VIEWER_USER,
            randomPassword(),
            "cluster_viewer",
            java.util.Set.of("view_cluster_info")));
    this.users = new java.util.concurrent.ConcurrentHashMap<>(accounts);
    this.startPassword = accounts.get(ADMIN_USER).password();
    this.ocsp = new OcspState(switches);

    this.protocols = builder.protocols;
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "demo-cluster-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.server =
        listen(
            new InetSocketAddress(
                builder.address != null ? builder.address : InetAddress.getLoopbackAddress(),
                builder.port));
  }

  /**
   * A new server, with a TLS context of its own: a restarted server remembers no TLS session of the
   * old one, so no client can resume its way past a new certificate.
   */
  private HttpsServer listen(InetSocketAddress address) throws IOException {
    SSLContext tls;
    try {
      tls = SSLContext.getInstance("TLS");
      tls.init(keys.keyManagers(), clientCa == null ? null : ClientTrust.trusting(clientCa), null);
    } catch (GeneralSecurityException e) {
      throw new IOException("the demo cluster's TLS set-up failed", e);
    }
    HttpsServer created = HttpsServer.create(address, 64);
    created.setHttpsConfigurator(configurator(tls, protocols));
    created.createContext("/", this::handle);
    created.setExecutor(executor);
    return created;
  }

  private HttpsConfigurator configurator(SSLContext tls, String[] protocols) {
    return new HttpsConfigurator(tls) {
      @Override
      public void configure(HttpsParameters params) {
        SSLParameters parameters = getSSLContext().getDefaultSSLParameters();
        if (protocols != null) {
          parameters.setProtocols(protocols);
        }
        if (clientCa != null) {
          parameters.setWantClientAuth(true);
        }
        params.setSSLParameters(parameters);
      }
    };
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A demo cluster on a free loopback port with a fresh self-signed certificate. */
  public static DemoCluster start() throws IOException {
    return builder().start();
  }

  public URI baseUri() {
    return URI.create(
        "https://"
            + server.getAddress().getAddress().getHostAddress()
            + ":"
            + server.getAddress().getPort());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public X509Certificate certificate() {
    return keys.current().certificate();
  }

  public String fingerprint() {
    return Fingerprints.sha256(certificate());
  }

  /**
   * Serves another certificate from now on, as after a certificate renewal: the API server restarts
   * on the same port, so every open connection closes and the next one shakes hands anew.
   */
  public synchronized void replaceCertificate(IssuedCertificate certificate) {
    keys.replace(certificate);
    InetSocketAddress address = server.getAddress();
    server.stop(0);
    try {
      server = listen(address);
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException("the demo cluster could not restart on " + address, e);
    }
  }

  /**
   * With {@code renewed}, serves a freshly made certificate (as after a renewal nobody announced);
   * without, the one it started with again. For the demo menu.
   */
  public synchronized void renewedCertificate(boolean renewed) {
    try {
      if (renewed && original == null) {
        original = keys.current();
        replaceCertificate(selfSigned());
      } else if (!renewed && original != null) {
        replaceCertificate(original);
        original = null;
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no certificate could be made", e);
    }
  }

  public DemoUser admin() {
    return users.get(ADMIN_USER);
  }

  public DemoUser viewer() {
    return users.get(VIEWER_USER);
  }

  /**
   * Gives the admin a new password from the next request on, as when another administrator changes
   * it in the middle of a session: the console's next call is answered 401.
   */
  public void changeAdminPassword(String password) {
    DemoUser admin = users.get(ADMIN_USER);
    users.put(ADMIN_USER, new DemoUser(admin.name(), password, admin.role(), admin.permissions()));
  }

  /** Gives the admin the password it started with again. */
  public void restoreAdminPassword() {
    changeAdminPassword(startPassword);
  }

  public DemoSwitches switches() {
    return switches;
  }

  /** The configuration as the cluster holds it now. */
  public OcspConfig config() {
    return ocsp.config();
  }

  /** Changes the configuration behind the console's back, as another administrator would. */
  public void setConfig(OcspField field, Object value) {
    ocsp.set(field, value);
  }

  /** The proxy certificate the cluster holds now; its AIA OCSP URL is the responder URL. */
  public X509Certificate proxyCertificate() {
    return proxy.current().leaf();
  }

  /** The cluster object as {@code GET /v1/cluster} answers it. */
  public JsonNode clusterObject() {
    return clusterObject.snapshot();
  }

  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  public void clearRequests() {
    requests.clear();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = readBody(exchange.getRequestBody());
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      requests.add(
          new RecordedRequest(
              method,
              path,
              Map.copyOf(exchange.getRequestHeaders()),
              new String(body, StandardCharsets.UTF_8)));
      pause(switches.latency().toMillis());
      if (switches.dropConnections()) {
        return; // closing without an answer drops the connection
      }
      if (switches.brokenAnswer() != DemoSwitches.BrokenAnswer.NONE) {
        BrokenAnswers.answer(exchange, switches, ocsp.config());
        return;
      }
      if (switches.htmlErrorPage()) {
        send(
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
        error(exchange, 503, "service_unavailable", "This node is not a member of a cluster");
        return;
      }
      DemoUser user = authenticate(exchange);
      if (user == null) {
        exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Redis Software\"");
        error(exchange, 401, "unauthorized", "Authentication required or credentials are wrong");
        return;
      }
      Route route = Route.find(method, path);
      if (route == null) {
        if (Route.knownPath(path)) {
          error(
              exchange,
              405,
              "method_not_allowed",
              "Method " + method + " is not allowed for " + path);
        } else {
          error(exchange, 404, "not_found", "Unknown path " + path);
        }
        return;
      }
      if (route == Route.PUT_CERTIFICATES && switches.olderCluster()) {
        // Before 7.22.2 this call did not exist: an unknown path.
        error(exchange, 404, "not_found", "Unknown path " + path);
        return;
      }
      if (!user.may(route.permission())) {
        error(
            exchange,
            403,
            "insufficient_permissions",
            "User " + user.name() + " lacks the permission " + route.permission());
        return;
      }
      if (route.ocsp() && switches.unsupportedCapability()) {
        error(
            exchange,
            406,
            "ocsp_unsupported_by_capability",
            "Not all nodes in the cluster support OCSP");
        return;
      }
      answer(exchange, route, body);
    } catch (RuntimeException e) {
      error(exchange, 500, "internal_error", "Unexpected error: " + e.getClass().getSimpleName());
    }
  }

  private void answer(HttpExchange exchange, Route route, byte[] body) throws IOException {
    switch (route) {
      case GET_OCSP -> json(exchange, 200, ocsp.config());
      case PUT_OCSP -> {
        try {
          Map<OcspField, Object> changes = OcspSchema.validate(tree(body));
          if (switches.putAnswerDiffers()) {
            // Accepted, but the cluster keeps (and answers) what it had.
            json(exchange, 200, ocsp.config());
            return;
          }
          json(exchange, 200, ocsp.update(changes));
        } catch (OcspSchema.Invalid e) {
          error(exchange, 400, "invalid_schema", e.getMessage());
        } catch (OcspState.NoResponderUrl e) {
          error(exchange, 400, "no_responder_url", e.getMessage());
        }
      }
      case GET_STATUS -> {
        if (switches.invalidOcspResponse()) {
          error(
              exchange,
              500,
              "invalid_ocsp_response",
              "The OCSP responder's answer could not be parsed");
        } else {
          json(exchange, 200, ocsp.cachedStatus());
        }
      }
      case GET_CERTIFICATES -> json(exchange, 200, certificates());
      case PUT_CERTIFICATES -> replaceProxy(exchange, body, true);
      case PUT_UPDATE_CERT -> replaceProxy(exchange, body, false);
      case GET_CLUSTER -> json(exchange, 200, clusterObject.snapshot());
      case PUT_CLUSTER -> {
        try {
          json(exchange, 200, clusterObject.update(tree(body)));
        } catch (OcspSchema.Invalid e) {
          error(exchange, 400, "invalid_schema", e.getMessage());
        }
      }
      case POST_TEST -> {
        if (!switches.responderUrl().isEmpty()) {
          pause(switches.testDuration().toMillis());
        }
        try {
          json(exchange, 200, ocsp.test());
        } catch (OcspState.TestFailure e) {
          error(exchange, 500, e.code(), e.getMessage());
        }
      }
    }
  }

  /** As a real cluster lists them: certificate names to PEM. */
  private Map<String, String> certificates() {
    Map<String, String> pems = new LinkedHashMap<>();
    pems.put("api_cert", org.ocspconsole.pki.Pem.certificates(certificate()));
    pems.put("cm_cert", org.ocspconsole.pki.Pem.certificates(certificate()));
    pems.put("proxy_cert", proxy.current().chainPem());
    pems.put("syncer_cert", proxy.current().chainPem());
    return pems;
  }

  private void replaceProxy(HttpExchange exchange, byte[] body, boolean newerCall)
      throws IOException {
    try {
      CertificateRequests.Upload upload =
          newerCall
              ? CertificateRequests.fromCertificates(tree(body))
              : CertificateRequests.fromUpdateCert(tree(body));
      proxy.replace(upload.certificate(), upload.key());
    } catch (OcspSchema.Invalid e) {
      error(exchange, 400, "invalid_schema", e.getMessage());
      return;
    } catch (ProxyCertificates.Rejected e) {
      error(exchange, 400, e.code(), e.getMessage());
      return;
    }
    // The cluster restarts its proxies with the new certificate; that takes a while.
    pause(switches.certificateUpdateDuration().toMillis());
    send(exchange, 200, "application/json", new byte[0]);
  }

  private static JsonNode tree(byte[] body) {
    try {
      return body.length == 0 ? null : Json.tree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private DemoUser authenticate(HttpExchange exchange) {
    if (clientCa != null && exchange instanceof HttpsExchange https) {
      try {
        Certificate[] peer = https.getSSLSession().getPeerCertificates();
        if (peer.length > 0 && peer[0] instanceof X509Certificate cert) {
          DemoUser user = users.get(commonName(cert.getSubjectX500Principal()));
          if (user != null) {
            return user;
          }
        }
      } catch (SSLPeerUnverifiedException e) {
        // no client certificate: fall back to Basic, if enabled
      }
    }
    if (!basicAuth) {
      return null;
    }
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return null;
    }
    DemoUser user = users.get(decoded.substring(0, colon));
    byte[] given = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
    byte[] expected = (user == null ? "" : user.password()).getBytes(StandardCharsets.UTF_8);
    return user != null && MessageDigest.isEqual(given, expected) ? user : null;
  }

  private void error(HttpExchange exchange, int status, String code, String text)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error_code", code);
    if (switches.messageStyleErrors()) {
      body.put("message", text);
    } else {
      body.put("description", text);
      body.put("status_code", status);
    }
    json(exchange, status, body);
  }

  private static void json(HttpExchange exchange, int status, Object value) throws IOException {
    send(exchange, status, "application/json", Json.write(value));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] bytes)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static byte[] readBody(InputStream in) throws IOException {
    // The bodies are small (a certificate chain and key at most); refuse to buffer more than 64
    // KiB.
    byte[] bytes = in.readNBytes(64 * 1024);
    in.close();
    return bytes;
  }

  private static void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String commonName(X500Principal principal) {
    for (String part : principal.getName().split(",")) {
      if (part.startsWith("CN=")) {
        return part.substring(3);
      }
    }
    return "";
  }

  private static String randomPassword() {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static IssuedCertificate selfSigned() throws GeneralSecurityException {
    return CertificateBuilder.create()
        .subject("CN=demo-cluster.ocsp-console.local,O=OCSP Console demo cluster")
        .dnsNames("demo-cluster.ocsp-console.local", "localhost")
        .ipAddresses("127.0.0.1", "::1")
        .build();
  }

  /** The REST calls the demo serves, with the permission each needs. */
  enum Route {
    GET_OCSP("GET", "/v1/ocsp", "view_ocsp_config", true),
    PUT_OCSP("PUT", "/v1/ocsp", "config_ocsp", true),
    GET_STATUS("GET", "/v1/ocsp/status", "view_ocsp_status", true),
    POST_TEST("POST", "/v1/ocsp/test", "test_ocsp_status", true),
    GET_CERTIFICATES("GET", "/v1/cluster/certificates", "view_cluster_info", false),
    PUT_CERTIFICATES("PUT", "/v1/cluster/certificates", "update_cluster", false),
    PUT_UPDATE_CERT("PUT", "/v1/cluster/update_cert", "update_cluster", false),
    GET_CLUSTER("GET", "/v1/cluster", "view_cluster_info", false),
    PUT_CLUSTER("PUT", "/v1/cluster", "update_cluster", false);

    private final String method;
    private final String path;
    private final String permission;
    private final boolean ocsp;

    Route(String method, String path, String permission, boolean ocsp) {
      this.method = method;
      this.path = path;
      this.permission = permission;
      this.ocsp = ocsp;
    }

    String permission() {
      return permission;
    }

    boolean ocsp() {
      return ocsp;
    }

    static Route find(String method, String path) {
      String normalized =
          path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
      for (Route route : values()) {
        if (route.method.equals(method) && route.path.equals(normalized)) {
          return route;
        }
      }
      return null;
    }

    static boolean knownPath(String path) {
      for (Route route : values()) {
        if (route.path.equals(path)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Options for a demo cluster; {@link #start()} binds it. */
  public static final class Builder {
    private int port;
    private IssuedCertificate certificate;
    private String adminPassword;
    private X509Certificate clientCa;
    private boolean basicAuth = true;
    private String[] protocols;
    private InetAddress address;

    /** The loopback address to listen on (127.0.0.1 unless set; 127.0.0.2 is "another host"). */
    public Builder address(InetAddress value) {
      this.address = value;
      return this;
    }

    /** The loopback port; 0 (the default) picks a free one. */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /** Serves this certificate instead of a fresh self-signed one. */
    public Builder certificate(IssuedCertificate value) {
      this.certificate = value;
      return this;
    }

    public Builder adminPassword(String value) {
      this.adminPassword = value;
      return this;
    }

    /** Accepts client certificates issued by this CA (mTLS); the certificate's CN is the user. */
    public Builder clientCertificateAuthority(X509Certificate ca) {
      this.clientCa = ca;
      return this;
    }

    /** Turns Basic authentication off, as Redis Software 8.2 allows. */
    public Builder basicAuth(boolean enabled) {
      this.basicAuth = enabled;
      return this;
    }

    /** Restricts the TLS versions the server speaks (e.g. "TLSv1.1" to test a refusal). */
    public Builder protocols(String... values) {
      this.protocols = values.clone();
      return this;
    }

    public DemoCluster start() throws IOException {
      try {
        DemoCluster cluster = new DemoCluster(this);
        cluster.server.start();
        return cluster;
      } catch (GeneralSecurityException e) {
        throw new IOException("the demo cluster's TLS set-up failed", e);
      }
    }
  }
}
