package org.ocspconsole.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;

/** How the console proves who it is: a Basic header, or a client certificate in the handshake. */
final class Authentication {
  private Authentication() {}

  /** The Authorization header for Basic credentials, or null for a client certificate. */
  static String basicHeader(Credentials credentials) {
    if (!(credentials instanceof Credentials.Basic basic)) {
      return null;
    }
    char[] password = basic.password();
    String pair = basic.user() + ":" + new String(password);
    java.util.Arrays.fill(password, '\0');
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
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
      java.util.Arrays.fill(password, '\0');
    }
  }
}
