package org.ocspconsole.stapling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ocspconsole.pki.AuthorityInfoAccess;
import org.ocspconsole.pki.Pem;

/**
 * The issuer of a certificate, needed to check an OCSP answer about it: from the chain the endpoint
 * served, from the chain the cluster lists for its proxy certificate, or downloaded from the
 * certificate's AIA caIssuers URL. A candidate counts only if its key verifies the certificate's
 * signature. Downloads are made once per check.
 */
final class IssuerFinder {
  /** An issuer and where it came from, in words. */
  record Found(X509Certificate issuer, String source) {}

  private static final int MAX_BYTES = 64 * 1024;

  private final List<X509Certificate> clusterChain;
  private final HttpClient http;
  private final Duration timeout;
  private final Map<String, List<X509Certificate>> downloaded = new ConcurrentHashMap<>();

  IssuerFinder(List<X509Certificate> clusterChain, HttpClient http, Duration timeout) {
    this.clusterChain = List.copyOf(clusterChain);
    this.http = http;
    this.timeout = timeout;
  }

  /** The issuer of {@code leaf}, or null when none can be found. */
  Found find(X509Certificate leaf, List<X509Certificate> served) {
    for (X509Certificate candidate : served.subList(Math.min(1, served.size()), served.size())) {
      if (issued(leaf, candidate)) {
        return new Found(candidate, "from the chain the endpoint served");
      }
    }
    for (X509Certificate candidate : clusterChain) {
      if (!candidate.equals(leaf) && issued(leaf, candidate)) {
        return new Found(candidate, "from the proxy certificate chain the cluster lists");
      }
    }
    List<String> urls;
    try {
      urls = AuthorityInfoAccess.caIssuersUrls(leaf);
    } catch (IOException e) {
      return null;
    }
    for (String url : urls) {
      for (X509Certificate candidate : downloaded.computeIfAbsent(url, this::download)) {
        if (issued(leaf, candidate)) {
          return new Found(candidate, "downloaded from the caIssuers URL " + url);
        }
      }
    }
    return null;
  }

  private List<X509Certificate> download(String url) {
    try {
      URI uri = URI.create(url);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        return List.of(); // ldap: and the like are not followed
      }
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      byte[] body = response.body();
      if (response.statusCode() != 200 || body.length > MAX_BYTES) {
        return List.of();
      }
      return parse(body);
    } catch (IOException | IllegalArgumentException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  /** DER or PEM, one certificate or several (a .p7c bundle is not read). */
  static List<X509Certificate> parse(byte[] body) {
    String text = new String(body, StandardCharsets.US_ASCII);
    try {
      if (text.contains("-----BEGIN CERTIFICATE-----")) {
        return Pem.readCertificates(text);
      }
      List<X509Certificate> result = new ArrayList<>();
      result.add(
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(body)));
      return result;
    } catch (CertificateException | RuntimeException e) {
      return List.of();
    }
  }

  static boolean issued(X509Certificate leaf, X509Certificate candidate) {
    if (!leaf.getIssuerX500Principal().equals(candidate.getSubjectX500Principal())) {
      return false;
    }
    try {
      leaf.verify(candidate.getPublicKey());
      return true;
    } catch (Exception e) {
      return false;
    }
  }
}
