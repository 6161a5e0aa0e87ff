package org.ocspconsole.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.security.auth.x500.X500Principal;

/**
 * The demo cluster's users: an admin with every OCSP permission and a cluster viewer with none,
 * authenticated by Basic credentials or, in mTLS mode, by the client certificate's common name.
 */
final class DemoUsers {
  private final Map<String, DemoUser> users = new ConcurrentHashMap<>();
  private final String startPassword;
  private final X509Certificate clientCa;
  private final boolean basicAuth;

  DemoUsers(String adminPassword, X509Certificate clientCa, boolean basicAuth) {
    this.clientCa = clientCa;
    this.basicAuth = basicAuth;
    this.startPassword = adminPassword != null ? adminPassword : randomPassword();
    users.put(
        DemoCluster.ADMIN_USER,
        new DemoUser(DemoCluster.ADMIN_USER, startPassword, "admin", DemoUser.ADMIN_PERMISSIONS));
    users.put(
        DemoCluster.VIEWER_USER,
        new DemoUser(
            DemoCluster.VIEWER_USER,
            randomPassword(),
            "cluster_viewer",
            Set.of("view_cluster_info", "view_all_bdbs_info")));
  }

  DemoUser get(String name) {
    return users.get(name);
  }

  void changeAdminPassword(String password) {
    DemoUser admin = users.get(DemoCluster.ADMIN_USER);
    users.put(
        DemoCluster.ADMIN_USER,
        new DemoUser(admin.name(), password, admin.role(), admin.permissions()));
  }

  void restoreAdminPassword() {
    changeAdminPassword(startPassword);
  }

  /** The user a request authenticates as (client certificate first, then Basic), or null. */
  DemoUser authenticate(HttpExchange exchange) {
    if (clientCa != null && exchange instanceof HttpsExchange https) {
      try {
        Certificate[] peer = https.getSSLSession().getPeerCertificates();
        if (peer.length > 0 && peer[0] instanceof X509Certificate cert) {
          DemoUser user = users.get(commonName(cert.getSubjectX500Principal()));
          if (user != null) {
            return user;
          }
        }
      } catch (SSLPeerUnverifiedException e) {
        // no client certificate: fall back to Basic, if enabled
      }
    }
    if (!basicAuth) {
      return null;
    }
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return null;
    }
    DemoUser user = users.get(decoded.substring(0, colon));
    byte[] given = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
    byte[] expected = (user == null ? "" : user.password()).getBytes(StandardCharsets.UTF_8);
    return user != null && MessageDigest.isEqual(given, expected) ? user : null;
  }

  private static String commonName(X500Principal principal) {
    for (String part : principal.getName().split(",")) {
      if (part.startsWith("CN=")) {
        return part.substring(3);
      }
    }
    return "";
  }

  private static String randomPassword() {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
