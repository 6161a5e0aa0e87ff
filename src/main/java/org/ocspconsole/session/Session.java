package org.ocspconsole.session;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterApi;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.Exchange;

/**
 * The cluster the console is connected to: a display name, whether it is the built-in demo, and the
 * client. New credentials (after a 401) replace the client; exchange listeners stay attached.
 */
public final class Session {
  private final String name;
  private final boolean demo;
  private static final int HISTORY = 500;

  private final List<Consumer<Exchange>> listeners = new CopyOnWriteArrayList<>();
  private final java.util.ArrayDeque<Exchange> history = new java.util.ArrayDeque<>();
  private volatile ClusterClient client;

  /**
   * The pinned certificate as a replaced client saw it: a new password makes a new client that has
   * not shaken hands yet, and the pin (so the certificate) is the same.
   */
  private volatile X509Certificate pinnedSeen;

  /** What the features call: the client, or an in-memory cluster in tests. */
  private final ClusterApi offline;

  private final Reauthentication reauthentication = new Reauthentication(this);
  private final Permissions permissions = new Permissions();
  // One instance, so removeExchangeListener finds it: each this::forward is a new object.
  private final Consumer<Exchange> forwarder = this::forward;

  public Session(String name, boolean demo, ClusterClient client) {
    this(name, demo, client, List.of());
  }

  /**
   * @param earlier requests made before the session existed (the connect probe), oldest first: they
   *     belong in its activity log all the same
   */
  public Session(String name, boolean demo, ClusterClient client, List<Exchange> earlier) {
    this.name = name;
    this.demo = demo;
    this.client = client;
    this.offline = null;
    earlier.forEach(forwarder);
    client.addExchangeListener(forwarder);
  }

  private Session(String name, ClusterApi api) {
    this.name = name;
    this.demo = false;
    this.client = null;
    this.offline = api;
  }

  /**
   * A session over any {@link ClusterApi}, for tests of the features: no connection, no HTTP
   * client, no password to ask for again.
   */
  public static Session over(String name, ClusterApi api) {
    return new Session(name, api);
  }

  /**
   * What the features ask the cluster through. It is read anew for each call (after a 401 it is a
   * new client with the new password), so never kept.
   */
  public ClusterApi api() {
    return offline != null ? offline : client;
  }

  public String name() {
    return name;
  }

  public boolean isDemo() {
    return demo;
  }

  public ClusterClient client() {
    return client;
  }

  /**
   * For a pinned connection, the pinned certificate as the server presented it (to give its key to
   * curl), also after a new password replaced the client; empty before the first handshake.
   */
  public Optional<X509Certificate> pinnedCertificate() {
    if (client == null) {
      return Optional.empty();
    }
    Optional<X509Certificate> now = client.pinnedCertificate();
    return now.isPresent() ? now : Optional.ofNullable(pinnedSeen);
  }

  /** What 403s proved this user may not do, for the whole session. */
  public Permissions permissions() {
    return permissions;
  }

  /** The connection's address, credentials and trust; null for a session over a test cluster. */
  public ClusterConnection connection() {
    return client == null ? null : client.connection();
  }

  /**
   * Uses new credentials from the next call on; the replaced client is closed and its password
   * wiped (calls already under way finish with it).
   */
  public void useCredentials(Credentials credentials) throws ApiException {
    ClusterClient next = ClusterClient.create(client.connection().withCredentials(credentials));
    next.addExchangeListener(forwarder);
    ClusterClient replaced = client;
    replaced.pinnedCertificate().ifPresent(seen -> pinnedSeen = seen);
    replaced.removeExchangeListener(forwarder);
    client = next;
    reauthentication.credentialsReplaced();
    replaced.close();
  }

  /** Disconnects: no further call is sent and the password is wiped. */
  public void close() {
    if (client != null) {
      client.close();
    }
  }

  /**
   * Who asks for the password after a 401: from then on every call made through {@link #call}
   * shares one prompt (shown through {@code fx}) and retries after it.
   */
  public void usePasswordPrompt(PasswordPrompt prompt, Executor fx) {
    reauthentication.use(prompt, fx);
  }

  /**
   * Runs a call of the client; a 401 asks for the password once for all calls that meet it, and
   * {@code call} runs again with the new one. {@code call} is asked for a new request each time (so
   * it must read {@link #client()} when invoked). Cancelling the result cancels the request.
   */
  public <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> call) {
    return reauthentication.call(call);
  }

  /**
   * Adds a listener and replays the requests made before it was added: the first read starts before
   * the window exists, and its row belongs in the activity log all the same.
   */
  public void addExchangeListener(Consumer<Exchange> listener) {
    synchronized (history) {
      history.forEach(listener);
      listeners.add(listener);
    }
  }

  private void forward(Exchange exchange) {
    synchronized (history) {
      history.addLast(exchange);
      if (history.size() > HISTORY) {
        history.removeFirst();
      }
      listeners.forEach(listener -> listener.accept(exchange));
    }
  }
}
