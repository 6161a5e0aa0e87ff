package org.ocspconsole.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Turns what a user types into the base URL of a cluster's REST API: a bare host name becomes
 * {@code https://host:9443}; plain {@code http://} is refused, because Basic credentials would
 * travel in clear text, and so is a user name or password in the address.
 */
public final class ClusterAddress {
  public static final int DEFAULT_PORT = 9443;

  /** Why an address with "user:password@" is refused. */
  public static final String USER_INFO =
      "Leave \"user:password@\" out of the address: the address is shown and logged.";

  private ClusterAddress() {}

  /**
   * The address with any "user:password@" before the host removed (the last '@' ends it: a password
   * may hold '@' or '/', a host name and port never do); unchanged when there is none. For
   * addresses that were stored, not typed: those are cleaned rather than refused.
   */
  public static String withoutUserInfo(String address) {
    if (address == null || address.indexOf('@') < 0) {
      return address;
    }
    int scheme = address.indexOf("://");
    int start = scheme >= 0 ? scheme + 3 : 0;
    int at = address.lastIndexOf('@');
    if (at < start) {
      return address;
    }
    return address.substring(0, start) + address.substring(at + 1);
  }

  public static URI parse(String input) throws IllegalArgumentException {
    String text = input == null ? "" : input.trim();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("Enter the cluster's address, e.g. cluster.example.com");
    }
    // Before anything else looks at the text: "user:password@" would otherwise reach a label, a
    // log line or an error message. A host name and port never hold an '@'; a password may hold a
    // '/', so the whole text is searched rather than the part a URI parser calls the authority.
    if (text.indexOf('@') >= 0) {
      throw new IllegalArgumentException(USER_INFO);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://")) {
      throw new IllegalArgumentException(
          "Plain http:// is refused: the password would travel in clear text. Use https:// (port 9443).");
    }
    if (!lower.startsWith("https://")) {
      if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
        throw new IllegalArgumentException("Only https:// addresses are supported.");
      }
      text = "https://" + text;
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a valid address: " + e.getReason());
    }
    if (uri.getHost() == null) {
      // java.net.URI leaves the host out when the port after it is not a number.
      String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
      if (authority.matches("[^/@]+:[^:\\]]*[^0-9:\\]][^:\\]]*")) {
        throw new IllegalArgumentException("The port must be a number from 1 to 65535.");
      }
      throw new IllegalArgumentException("The address has no host name.");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("The address must not have a query or fragment.");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!path.isEmpty() && !path.equals("/")) {
      throw new IllegalArgumentException(
          "Give only the host and port; the console adds /v1/ocsp itself.");
    }
    int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
    // java.net.URI accepts any digits as a port; the connection would fail later and less clearly.
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException(
          "The port must be between 1 and 65535 (the REST API uses 9443).");
    }
    try {
      return new URI("https", null, uri.getHost(), port, null, null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a valid address: " + e.getReason());
    }
  }
}
