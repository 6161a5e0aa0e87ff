package org.ocspconsole.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
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
public final class DemoCluster implements AutoCloseable, DemoSituations {
  public static final String ADMIN_USER = "admin@demo.local";
  public static final String VIEWER_USER = "viewer@demo.local";

  private final ApiServer server;
  private final ServerKeys keys;
  private final DemoUsers users;
  private final DemoResponder responder;
  private final ProxyCertificates proxy;
  private final DemoSwitches switches;
  private final ClusterObject clusterObject = new ClusterObject();
  private final OcspState ocsp;
  private final DemoApi api;
  private final RequestLog requests = new RequestLog();
  private IssuedCertificate original;
  private final int databases;
  private Stapling stapling;

  private DemoCluster(Builder builder) throws IOException, GeneralSecurityException {
    this.keys = new ServerKeys(builder.certificate != null ? builder.certificate : selfSigned());
    // The proxy certificate names the responder's URL, so its port is reserved first.
    this.responder = DemoResponder.reserve();
    this.proxy = new ProxyCertificates(responder.url());
    this.switches = new DemoSwitches(proxy);
    this.databases = builder.databases;
    this.users = new DemoUsers(builder.adminPassword, builder.clientCa, builder.basicAuth);
    this.ocsp = new OcspState(switches);
    this.api =
        new DemoApi(switches, users, ocsp, proxy, clusterObject, keys, requests, this::stapling);

    this.server =
        new ApiServer(
            new InetSocketAddress(
                builder.address != null ? builder.address : InetAddress.getLoopbackAddress(),
                builder.port),
            keys,
            builder.clientCa,
            builder.protocols,
            api::handle);
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
            + server.address().getAddress().getHostAddress()
            + ":"
            + server.address().getPort());
  }

  public int port() {
    return server.address().getPort();
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
    server.restart();
  }

  /**
   * With {@code renewed}, serves a freshly made certificate (as after a renewal nobody announced);
   * without, the one it started with again. For the demo menu.
   */
  @Override
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
  @Override
  public void changeAdminPassword(String password) {
    users.changeAdminPassword(password);
  }

  /** Gives the admin the password it started with again. */
  @Override
  public void restoreAdminPassword() {
    users.restoreAdminPassword();
  }

  @Override
  public DemoSwitches switches() {
    return switches;
  }

  /** The configuration as the cluster holds it now. */
  public OcspConfig config() {
    return ocsp.config();
  }

  /** Changes the configuration behind the console's back, as another administrator would. */
  @Override
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

  /**
   * The databases' endpoints and the OCSP responder, started on first use: by {@code GET /v1/bdbs},
   * a staple drill or a test.
   */
  public synchronized Stapling stapling() {
    if (stapling == null) {
      try {
        stapling = new Stapling(proxy, switches, ocsp, responder, databases);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("the demo's databases could not start", e);
      }
    }
    return stapling;
  }

  /**
   * The last requests received (at most {@link RequestLog#CAPACITY}), oldest first, with their
   * credentials and secret body fields masked.
   */
  public List<RecordedRequest> requests() {
    return requests.snapshot();
  }

  public void clearRequests() {
    requests.clear();
  }

  @Override
  public void close() {
    server.stop();
    synchronized (this) {
      if (stapling != null) {
        stapling.close();
      }
    }
    responder.close();
  }

  private static IssuedCertificate selfSigned() throws GeneralSecurityException {
    return CertificateBuilder.create()
        .subject("CN=demo-cluster.ocsp-console.local,O=OCSP Console demo cluster")
        .dnsNames("demo-cluster.ocsp-console.local", "localhost")
        .ipAddresses("127.0.0.1", "::1")
        .build();
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
    private int databases = 3;

    /** How many TLS databases the cluster serves (3 unless set; the benchmark uses 50). */
    public Builder databases(int count) {
      this.databases = count;
      return this;
    }

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
