package org.ocspconsole.connection;

import java.util.Set;
import org.ocspconsole.api.ClusterAddress;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.pki.Fingerprints;
import org.ocspconsole.profiles.Profile;

/**
 * What makes a profile's fields acceptable, one message a field (null when it is fine). Plain
 * functions of the text typed, so the editor only binds them to its fields.
 */
final class ProfileRules {
  private ProfileRules() {}

  static String nameProblem(String name, Set<String> otherNames) {
    if (name.isBlank()) {
      return "Give the profile a name.";
    }
    return otherNames.contains(name.trim()) ? "Another profile has this name." : null;
  }

  static String addressProblem(String url) {
    try {
      ClusterAddress.parse(url);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** Where the address leads, or null while it names nowhere. */
  static String preview(String url) {
    try {
      return "Connects to " + ClusterAddress.parse(url) + "/v1/ocsp";
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The host name the address names, or "" while it names none. */
  static String host(String url) {
    try {
      return ClusterAddress.parse(url).getHost();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /**
   * @param certificateFile what the file check says of the client certificate, null if readable
   */
  static String loginProblem(
      Profile.Auth auth, String user, String clientCertificate, String certificateFile) {
    if (auth == Profile.Auth.BASIC) {
      return user.isBlank() ? "Enter the user name or e-mail." : Credentials.userNameProblem(user);
    }
    return clientCertificate.isBlank()
        ? "Choose the client certificate (PKCS#12, .p12 or .pfx)."
        : certificateFile;
  }

  /**
   * @param caFileCheck what the file check says of the CA file, null if readable
   */
  static String trustProblem(Profile.Trust trust, String caFile, String caFileCheck, String pin) {
    return switch (trust) {
      case SYSTEM -> null;
      case CA_FILE -> caFile.isBlank() ? "Choose the CA certificate (PEM)." : caFileCheck;
      case PINNED -> pinProblem(pin);
    };
  }

  static String pinProblem(String text) {
    try {
      Fingerprints.normalize(text);
      return null;
    } catch (IllegalArgumentException e) {
      return "A SHA-256 fingerprint is 64 hexadecimal digits (colons optional).";
    }
  }
}
