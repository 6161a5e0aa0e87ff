package org.ocspconsole.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Base64;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;

/** How the console proves who it is: a Basic header, or a client certificate in the handshake. */
final class Authentication {
  private Authentication() {}

  /**
   * The Authorization header for Basic credentials, or null for a client certificate. Built for one
   * request at the moment it is sent, from bytes that are wiped at once: the only copy left is the
   * header value the request itself carries.
   */
  static String basicHeader(Credentials credentials) {
    if (!(credentials instanceof Credentials.Basic basic)) {
      return null;
    }
    char[] password = basic.password();
    ByteBuffer secret = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] user = (basic.user() + ":").getBytes(StandardCharsets.UTF_8);
    byte[] pair = new byte[user.length + secret.remaining()];
    System.arraycopy(user, 0, pair, 0, user.length);
    secret.get(pair, user.length, secret.remaining());
    try {
      return "Basic " + Base64.getEncoder().encodeToString(pair);
    } finally {
      Arrays.fill(password, '\0');
      Arrays.fill(pair, (byte) 0);
      Arrays.fill(secret.array(), (byte) 0);
    }
  }

  /** The key managers for a client certificate, or null for Basic credentials. */
  static KeyManager[] keyManagers(Credentials credentials) throws GeneralSecurityException {
    if (!(credentials instanceof Credentials.ClientCertificate client)) {
      return null;
    }
    char[] password = client.password();
    try (InputStream in = Files.newInputStream(client.pkcs12())) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(store, password);
      return factory.getKeyManagers();
    } catch (IOException e) {
      // The message of a wrong password is "keystore password was incorrect": no secret in it.
      throw new GeneralSecurityException(
          "the client certificate "
              + client.pkcs12().getFileName()
              + " could not be opened ("
              + e.getMessage()
              + ")");
    } finally {
      Arrays.fill(password, '\0');
    }
  }
}
