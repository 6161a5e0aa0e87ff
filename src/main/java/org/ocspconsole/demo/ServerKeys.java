package org.ocspconsole.demo;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import org.ocspconsole.pki.IssuedCertificate;

/**
 * The demo's server key, swappable while it runs: each handshake asks for the current one, so a
 * test can replace the certificate the way an administrator renews it.
 */
final class ServerKeys extends X509ExtendedKeyManager {
  private static final String ALIAS = "server";

  private volatile IssuedCertificate current;

  ServerKeys(IssuedCertificate initial) {
    this.current = initial;
  }

  IssuedCertificate current() {
    return current;
  }

  void replace(IssuedCertificate certificate) {
    this.current = certificate;
  }

  KeyManager[] keyManagers() {
    return new KeyManager[] {this};
  }

  private String aliasFor(String keyType) {
    return keyType.equals(current.privateKey().getAlgorithm()) ? ALIAS : null;
  }

  @Override
  public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
    return aliasFor(keyType);
  }

  @Override
  public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    return aliasFor(keyType);
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    return aliasFor(keyType) == null ? null : new String[] {ALIAS};
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    return ALIAS.equals(alias) ? current.chain() : null;
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    return ALIAS.equals(alias) ? current.privateKey() : null;
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    return null;
  }

  @Override
  public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
    return null;
  }
}
