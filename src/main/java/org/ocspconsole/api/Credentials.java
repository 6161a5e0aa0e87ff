package org.ocspconsole.api;

import java.nio.file.Path;

/**
 * How the console authenticates. Passwords are char arrays and never part of {@link #toString()},
 * so they cannot reach a log or an exception message by accident.
 *
 * <p>Each credential is the one place its password lives while connected: it copies the array it is
 * given (the giver wipes its own), hands out copies for the moment a request or a handshake needs
 * one, and is {@link #wipe() wiped} when the session ends or a new password replaces it.
 */
public sealed interface Credentials {

  /**
   * Overwrites the password with zeros. From then on the credential can no longer log in; the
   * client that held it refuses to send (see {@link ClusterClient#close()}).
   */
  void wipe();

  /** HTTP Basic: user name (or e-mail) and password. */
  record Basic(String user, char[] password) implements Credentials {
    public Basic {
      if (user == null || user.isBlank()) {
        throw new IllegalArgumentException("a user name is required");
      }
      String problem = userNameProblem(user);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      password = password == null ? new char[0] : password.clone();
    }

    @Override
    public char[] password() {
      return password.clone();
    }

    @Override
    public void wipe() {
      java.util.Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
      return "Basic[user=" + user + "]";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Basic b
          && b.user.equals(user)
          && java.util.Arrays.equals(b.password, password);
    }

    @Override
    public int hashCode() {
      return user.hashCode();
    }
  }

  /** A TLS client certificate from a PKCS#12 file, for clusters with Basic turned off. */
  record ClientCertificate(Path pkcs12, char[] password) implements Credentials {
    public ClientCertificate {
      password = password == null ? new char[0] : password.clone();
    }

    @Override
    public char[] password() {
      return password.clone();
    }

    @Override
    public void wipe() {
      java.util.Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
      return "ClientCertificate[" + pkcs12 + "]";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ClientCertificate c
          && c.pkcs12.equals(pkcs12)
          && java.util.Arrays.equals(c.password, password);
    }

    @Override
    public int hashCode() {
      return pkcs12.hashCode();
    }
  }

  /**
   * Why a user name cannot log in with Basic, or null. Basic sends "user:password" and the server
   * splits at the first colon, so a colon in the name would move the rest of it into the password.
   */
  static String userNameProblem(String user) {
    return user != null && user.indexOf(':') >= 0
        ? "A user name cannot contain \":\" (Basic sends \"user:password\")."
        : null;
  }

  /** The user name shown in the window and the activity log. */
  default String displayName() {
    return this instanceof Basic b ? b.user() : "client certificate";
  }
}
