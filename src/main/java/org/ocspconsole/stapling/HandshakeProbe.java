package org.ocspconsole.stapling;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.ocspconsole.stapling.Handshake.Outcome;

/**
 * One TLS handshake that asks for the certificate status ({@code status_request}), as a database
 * client's would, and nothing else: no client certificate, no credential, no byte of application
 * data; the connection is closed as soon as the handshake ends. Everything is bounded by one
 * deadline, name resolution included.
 */
public final class HandshakeProbe {
  /**
   * Read by the JDK when a TLS context is made (true by default on JDK 17 and 25); set for the
   * probe's own contexts only, so a process-wide "false" cannot silently hide every staple.
   */
  static final String CLIENT_PROPERTY = "jdk.tls.client.enableStatusRequestExtension";

  private static final ScheduledExecutorService DEADLINES =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("staple-deadline"));

  private HandshakeProbe() {}

  /** What a probe that never started reports after a cancel. */
  static Handshake cancelled() {
    return failed(Outcome.CANCELLED, "cancelled before it started", System.nanoTime());
  }

  public static Handshake probe(Target target, Duration timeout, Cancellation cancellation) {
    return probe(
        target,
        Addresses.hasName(target) ? NameLookups.SYSTEM.lookup(target.host()) : null,
        timeout,
        cancellation);
  }

  /**
   * @param lookup the lookup of the target's DNS name, already started; null without a name
   */
  static Handshake probe(
      Target target, NameLookups.Lookup lookup, Duration timeout, Cancellation cancellation) {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    Addresses.Resolved resolved = Addresses.resolve(target, lookup, deadline);
    List<InetSocketAddress> candidates = resolved.candidates();
    String unresolved = resolved.problem();
    int fromDns = resolved.fromName();
    if (candidates.isEmpty()) {
      return failed(Outcome.UNREACHABLE, unresolved, start);
    }
    Socket raw = null;
    String reason = null;
    boolean timedOut = false;
    boolean viaDns = false;
    for (int i = 0; i < candidates.size() && raw == null; i++) {
      if (cancellation.cancelled()) {
        return failed(Outcome.CANCELLED, "cancelled", start);
      }
      Socket socket = new Socket();
      cancellation.register(socket);
      try {
        socket.connect(candidates.get(i), millisLeft(deadline));
        raw = socket;
        viaDns = i < fromDns;
      } catch (IOException e) {
        cancellation.unregister(socket);
        Cancellation.closeQuietly(socket);
        reason = connectFailure(candidates.get(i), e);
        timedOut = e instanceof SocketTimeoutException;
      }
    }
    if (raw == null) {
      if (cancellation.cancelled()) {
        return failed(Outcome.CANCELLED, "cancelled", start);
      }
      // What the last address said decides, not the clock: a refusal that arrives late (a loaded
      // machine) is still a refusal.
      return failed(
          timedOut ? Outcome.TIMED_OUT : Outcome.UNREACHABLE,
          (unresolved != null ? unresolved + "; " : "") + reason,
          start);
    }
    return handshake(target, raw, viaDns, deadline, start, cancellation);
  }

  private static Handshake handshake(
      Target target,
      Socket raw,
      boolean viaDns,
      long deadline,
      long start,
      Cancellation cancellation) {
    CapturingTrustManager captured = new CapturingTrustManager();
    String connectedTo = raw.getInetAddress().getHostAddress() + ":" + raw.getPort();
    // A socket still open at the deadline is closed under the handshake's feet.
    java.util.concurrent.atomic.AtomicBoolean rang =
        new java.util.concurrent.atomic.AtomicBoolean();
    ScheduledFuture<?> alarm =
        DEADLINES.schedule(
            () -> {
              rang.set(true);
              Cancellation.closeQuietly(raw);
            },
            millisLeft(deadline),
            TimeUnit.MILLISECONDS);
    String sni = Addresses.isIpLiteral(target.host()) ? null : target.host();
    try (raw) {
      raw.setSoTimeout(millisLeft(deadline));
      SSLSocket tls =
          (SSLSocket)
              context(captured)
                  .getSocketFactory()
                  .createSocket(
                      raw,
                      sni != null ? sni : raw.getInetAddress().getHostAddress(),
                      raw.getPort(),
                      true);
      try (tls) {
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        if (sni != null) {
          try {
            parameters.setServerNames(List.of(new SNIHostName(sni)));
          } catch (IllegalArgumentException e) {
            // not a name SNI can carry: the handshake goes without it
          }
        }
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return new Handshake(
            Outcome.COMPLETED,
            null,
            connectedTo,
            viaDns,
            captured.chain(),
            captured.staples(),
            tls.getSession().getProtocol(),
            since(start));
      }
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      Outcome outcome;
      String detail;
      if (cancellation.cancelled()) {
        outcome = Outcome.CANCELLED;
        detail = "cancelled";
      } else if (!captured.chain().isEmpty()) {
        outcome = Outcome.CERTIFICATE_SEEN;
        detail =
            "the endpoint ended the handshake after sending its certificate ("
                + message(e)
                + "); it may demand a client certificate";
      } else if (rang.get()
          || System.nanoTime() >= deadline
          || e instanceof SocketTimeoutException) {
        outcome = Outcome.TIMED_OUT;
        detail = "no TLS answer within the time allowed";
      } else {
        outcome = Outcome.HANDSHAKE_FAILED;
        detail =
            (e instanceof SSLException ? "TLS handshake failed: " : "the connection failed: ")
                + message(e)
                + " (is it a TLS endpoint?)";
      }
      return new Handshake(
          outcome,
          detail,
          connectedTo,
          viaDns,
          captured.chain(),
          captured.staples(),
          null,
          since(start));
    } finally {
      alarm.cancel(false);
      cancellation.unregister(raw);
    }
  }

  /** A context of its own per probe: a resumed session carries no staple. */
  private static SSLContext context(CapturingTrustManager trust) throws GeneralSecurityException {
    synchronized (HandshakeProbe.class) {
      String before = System.getProperty(CLIENT_PROPERTY);
      System.setProperty(CLIENT_PROPERTY, "true");
      try {
        SSLContext context = SSLContext.getInstance("TLS");
        // No key manager at all (not the default one, which reads javax.net.ssl.keyStore): the
        // probe can never present a client certificate.
        context.init(new KeyManager[0], new TrustManager[] {trust}, null);
        return context;
      } finally {
        if (before == null) {
          System.clearProperty(CLIENT_PROPERTY);
        } else {
          System.setProperty(CLIENT_PROPERTY, before);
        }
      }
    }
  }

  private static String connectFailure(InetSocketAddress address, IOException e) {
    String where = address.getAddress().getHostAddress() + ":" + address.getPort();
    if (e instanceof ConnectException) {
      return where + " refused the connection";
    }
    if (e instanceof SocketTimeoutException) {
      return where + " did not answer in time";
    }
    if (e instanceof NoRouteToHostException) {
      return "no route to " + where;
    }
    return where + ": " + message(e);
  }

  private static String message(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  static int millisLeft(long deadline) {
    return (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private static Handshake failed(Outcome outcome, String detail, long start) {
    return new Handshake(outcome, detail, null, false, List.of(), List.of(), null, since(start));
  }
}
