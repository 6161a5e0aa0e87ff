package org.ocspconsole.pki;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Whether a certificate names the host the console connected to, by the rules of RFC 6125 as
 * browsers apply them: dNSName entries (a wildcard only as the whole left-most label, matching
 * exactly one label), iPAddress entries for address literals, and the subject's CN only when the
 * certificate has no dNSName at all. The trust dialog uses it to say so before the user pins.
 */
public final class HostnameMatcher {
  private static final int DNS_NAME = 2;
  private static final int IP_ADDRESS = 7;
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private HostnameMatcher() {}

  public static boolean matches(String host, X509Certificate certificate) {
    List<String> dnsNames = new ArrayList<>();
    List<String> addresses = new ArrayList<>();
    try {
      Collection<List<?>> entries = certificate.getSubjectAlternativeNames();
      if (entries != null) {
        for (List<?> entry : entries) {
          int type = (Integer) entry.get(0);
          if (type == DNS_NAME) {
            dnsNames.add(String.valueOf(entry.get(1)));
          } else if (type == IP_ADDRESS) {
            addresses.add(String.valueOf(entry.get(1)));
          }
        }
      }
    } catch (CertificateParsingException e) {
      return false; // an unreadable extension names nothing
    }
    return matches(host, dnsNames, addresses, commonName(certificate));
  }

  /**
   * The rule itself, on names already taken out of a certificate.
   *
   * @param commonName the subject's CN, or null; consulted only when {@code dnsNames} is empty
   */
  public static boolean matches(
      String host, List<String> dnsNames, List<String> addresses, String commonName) {
    if (host == null || host.isBlank()) {
      return false;
    }
    String h =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    byte[] literal = addressLiteral(h);
    if (literal != null) {
      // An address is matched only by an iPAddress entry, never by a DNS name or the CN.
      return addresses.stream()
          .map(HostnameMatcher::addressLiteral)
          .anyMatch(a -> a != null && java.util.Arrays.equals(a, literal));
    }
    String name = normalize(h);
    if (!dnsNames.isEmpty()) {
      return dnsNames.stream().anyMatch(pattern -> dnsMatches(name, normalize(pattern)));
    }
    return commonName != null && dnsMatches(name, normalize(commonName));
  }

  private static boolean dnsMatches(String host, String pattern) {
    if (pattern.isEmpty()) {
      return false;
    }
    if (!pattern.startsWith("*.")) {
      return !pattern.contains("*") && host.equals(pattern);
    }
    String suffix = pattern.substring(1); // ".example.com"
    // "*.com" would cover a whole top-level domain: refused, as browsers do.
    if (suffix.indexOf('.', 1) < 0 || suffix.substring(1).contains("*")) {
      return false;
    }
    if (!host.endsWith(suffix)) {
      return false;
    }
    String label = host.substring(0, host.length() - suffix.length());
    return !label.isEmpty() && !label.contains(".");
  }

  private static String normalize(String name) {
    String lower = name.trim().toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /** The bytes of an IPv4 or IPv6 literal, or null for anything else; never a DNS lookup. */
  private static byte[] addressLiteral(String text) {
    if (IPV4.matcher(text).matches()) {
      byte[] bytes = new byte[4];
      String[] parts = text.split("\\.");
      for (int i = 0; i < 4; i++) {
        int value = Integer.parseInt(parts[i]);
        if (value > 255) {
          return null;
        }
        bytes[i] = (byte) value;
      }
      return bytes;
    }
    // With a colon, InetAddress parses an IPv6 literal and never resolves a name.
    if (!text.contains(":") || !text.matches("[0-9A-Fa-f:.%]+")) {
      return null;
    }
    try {
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static String commonName(X509Certificate certificate) {
    try {
      LdapName name = new LdapName(certificate.getSubjectX500Principal().getName());
      for (Rdn rdn : name.getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return String.valueOf(rdn.getValue());
        }
      }
    } catch (InvalidNameException e) {
      return null;
    }
    return null;
  }
}
