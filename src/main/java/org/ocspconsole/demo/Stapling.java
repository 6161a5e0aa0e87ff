package org.ocspconsole.demo;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.ocspconsole.pki.CertificateBuilder;
import org.ocspconsole.pki.IssuedCertificate;

/**
 * The demo cluster's databases as clients see them: a TLS endpoint per database that staples the
 * cluster's cached OCSP answer, a plain-text one when the drill adds it, and the responder
 * answering from the AIA URL. Started on first use, never at the console's start.
 */
public final class Stapling implements AutoCloseable {
  static final String DNS_SUFFIX = ".demo-cluster.ocsp-console.local";
  private static final String[] NAMES = {"orders", "sessions", "catalog"};

  private final ProxyCertificates proxy;
  private final DemoSwitches switches;
  private final DemoResponder responder;
  private final ResponderAnswers answers;
  private final ExecutorService executor;
  private final List<DatabaseEndpoint> endpoints = new ArrayList<>();
  private final DatabaseEndpoint plain;
  private final List<EndpointConnection> connections = new CopyOnWriteArrayList<>();
  private final List<String> fieldsAsked = new CopyOnWriteArrayList<>();
  private final IssuedCertificate other;
  private final Function<BigInteger, Optional<byte[]>> staples;
  private volatile Contexts contexts;

  /** The TLS contexts made for one state of the staple; a new state needs new ones. */
  private record Contexts(Object key, SSLContext proxy, SSLContext other) {}

  Stapling(
      ProxyCertificates proxy,
      DemoSwitches switches,
      OcspState ocsp,
      DemoResponder responder,
      int databases)
      throws IOException {
    this.proxy = proxy;
    this.switches = switches;
    this.responder = responder;
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "demo-database-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      this.other =
          CertificateBuilder.create()
              .subject("CN=*" + DNS_SUFFIX + ",O=Another certificate than the proxy certificate")
              .dnsNames("*" + DNS_SUFFIX)
              .issuedBy(proxy.ca())
              .ocspUrl(proxy.defaultResponderUrl())
              .caIssuersUrl(proxy.caIssuersUrl())
              .build();
    } catch (GeneralSecurityException e) {
      throw new IOException("the demo's other certificate could not be made", e);
    }
    this.answers = new ResponderAnswers(proxy, switches, ocsp, other::certificate);
    this.staples = answers::staple;
    StapleSource.register(staples);
    responder.start(answers, switches.stapling(), executor);
    switches.stapling().onChange(responder::follow);
    for (int i = 0; i < databases; i++) {
      boolean last = i == databases - 1;
      String name = i < NAMES.length ? NAMES[i] : "db-" + (i + 1);
      endpoints.add(
          new DatabaseEndpoint(
              name,
              () -> context(last && switches.stapling().otherCertificate()),
              executor,
              connections));
    }
    plain = new DatabaseEndpoint("metrics", null, executor, connections);
  }

  private SSLContext context(boolean otherCertificate) {
    Object key = answers.stapleKey();
    Contexts current = contexts;
    if (current == null || !current.key().equals(key)) {
      synchronized (this) {
        current = contexts;
        if (current == null || !current.key().equals(key)) {
          ProxyCertificates.Installed installed = proxy.current();
          List<X509Certificate> chain = installed.chain();
          current =
              new Contexts(
                  key,
                  StaplingContexts.server(
                      new IssuedCertificate(
                          chain.get(0), installed.key(), chain.subList(1, chain.size()))),
                  StaplingContexts.server(other));
          contexts = current;
        }
      }
    }
    return otherCertificate ? current.other() : current.proxy();
  }

  /**
   * The databases as {@code GET /v1/bdbs} answers them: the full objects, passwords included, or
   * only the top-level fields named in {@code fields} (comma-separated, as the API takes them).
   */
  List<Map<String, Object>> databases(String fields) {
    fieldsAsked.add(fields == null ? "" : fields);
    Set<String> wanted = new LinkedHashSet<>();
    if (fields != null && !fields.isBlank()) {
      for (String field : fields.split(",")) {
        wanted.add(field.trim());
      }
    }
    List<Map<String, Object>> result = new ArrayList<>();
    int uid = 1;
    for (DatabaseEndpoint endpoint : endpoints) {
      result.add(
          select(DemoDatabases.full(uid++, endpoint.database(), true, endpoint.port()), wanted));
    }
    if (switches.stapling().plainDatabase()) {
      result.add(select(DemoDatabases.full(uid, plain.database(), false, plain.port()), wanted));
    }
    return result;
  }

  private static Map<String, Object> select(Map<String, Object> full, Set<String> wanted) {
    if (wanted.isEmpty()) {
      return full;
    }
    Map<String, Object> selected = new LinkedHashMap<>();
    full.forEach(
        (name, value) -> {
          if (wanted.contains(name)) {
            selected.put(name, value);
          }
        });
    return selected;
  }

  /** Every connection a client made to a database endpoint, in order. */
  public List<EndpointConnection> connections() {
    return List.copyOf(connections);
  }

  /** The {@code fields} parameter of each {@code GET /v1/bdbs} ("" when absent). */
  public List<String> fieldsAsked() {
    return List.copyOf(fieldsAsked);
  }

  /** The loopback ports of the TLS endpoints, in database order. */
  public List<Integer> tlsPorts() {
    return endpoints.stream().map(DatabaseEndpoint::port).toList();
  }

  public int plainPort() {
    return plain.port();
  }

  /** The demo CA, issuer of the proxy certificate. */
  public X509Certificate caCertificate() {
    return proxy.ca().certificate();
  }

  /** The certificate the "other certificate" drill serves. */
  public X509Certificate otherCertificate() {
    return other.certificate();
  }

  /** Requests the responder has answered (or refused) so far. */
  public int responderRequests() {
    return responder.requests();
  }

  @Override
  public void close() {
    StapleSource.unregister(staples);
    endpoints.forEach(DatabaseEndpoint::close);
    plain.close();
    responder.close();
    executor.shutdownNow();
  }
}
