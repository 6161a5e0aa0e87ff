package org.ocspconsole.stapling;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * What one TLS handshake showed, as a database client would have seen it.
 *
 * @param outcome how far it got
 * @param detail the failure in words, or null
 * @param connectedTo the address actually used ({@code host/ip:port}), or null
 * @param viaDnsName whether that address came from the endpoint's DNS name (else from its addr)
 * @param chain the certificates the endpoint served, leaf first; empty when none arrived
 * @param staples the OCSP responses stapled to the leaf; empty when none
 * @param protocol the TLS version, once negotiated
 * @param took from the first connection attempt to the end of the handshake
 */
public record Handshake(
    Outcome outcome,
    String detail,
    String connectedTo,
    boolean viaDnsName,
    List<X509Certificate> chain,
    List<byte[]> staples,
    String protocol,
    Duration took) {

  public Handshake {
    chain = List.copyOf(chain);
    staples = List.copyOf(staples);
  }

  /** How far a handshake got. */
  public enum Outcome {
    /** The handshake completed; the connection was closed at once. */
    COMPLETED,
    /**
     * The server's certificate (and any staple) arrived, then the handshake failed: typically an
     * endpoint that demands a client certificate. What clients receive is known all the same.
     */
    CERTIFICATE_SEEN,
    /** The name does not resolve and no address works, or nothing answers on the port. */
    UNREACHABLE,
    /** Something answered but no TLS server certificate came back. */
    HANDSHAKE_FAILED,
    /** No answer within the time allowed. */
    TIMED_OUT,
    /** The check was cancelled. */
    CANCELLED
  }

  /** Whether the served certificate is known, whatever happened after. */
  public boolean certificateSeen() {
    return !chain.isEmpty();
  }
}
