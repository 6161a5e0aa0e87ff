package org.ocspconsole.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostnameMatcherTest {
  private static boolean dns(String host, String... names) {
    return HostnameMatcher.matches(host, List.of(names), List.of(), null);
  }

  @Test
  void exactNamesMatchIgnoringCaseAndTrailingDot() {
    assertThat(dns("cluster.example.com", "Cluster.Example.COM")).isTrue();
    assertThat(dns("cluster.example.com.", "cluster.example.com")).isTrue();
    assertThat(dns("node1.cluster.example.com", "cluster.example.com")).isFalse();
  }

  @Test
  void aWildcardCoversExactlyOneLeftMostLabel() {
    assertThat(dns("node1.example.com", "*.example.com")).isTrue();
    assertThat(dns("a.node1.example.com", "*.example.com")).isFalse();
    assertThat(dns("example.com", "*.example.com")).isFalse();
    assertThat(dns("node1.example.com", "node*.example.com")).isFalse();
    assertThat(dns("node1.example.com", "node1.*.com")).isFalse();
    assertThat(dns("example.com", "*.com")).isFalse();
  }

  @Test
  void addressesMatchOnlyIpAddressEntries() {
    assertThat(HostnameMatcher.matches("127.0.0.1", List.of(), List.of("127.0.0.1"), null))
        .isTrue();
    assertThat(HostnameMatcher.matches("[::1]", List.of(), List.of("0:0:0:0:0:0:0:1"), null))
        .isTrue();
    assertThat(HostnameMatcher.matches("10.0.0.1", List.of("10.0.0.1"), List.of(), "10.0.0.1"))
        .isFalse();
    assertThat(HostnameMatcher.matches("999.1.1.1", List.of(), List.of("127.0.0.1"), null))
        .isFalse();
  }

  @Test
  void theCommonNameCountsOnlyWithoutDnsNames() {
    assertThat(
            HostnameMatcher.matches(
                "cluster.example.com", List.of(), List.of(), "cluster.example.com"))
        .isTrue();
    assertThat(
            HostnameMatcher.matches(
                "cluster.example.com",
                List.of("other.example.com"),
                List.of(),
                "cluster.example.com"))
        .isFalse();
  }

  @Test
  void readsTheNamesOutOfARealCertificate() throws Exception {
    IssuedCertificate cert =
        CertificateBuilder.create()
            .subject("CN=ignored.example.com")
            .dnsNames("*.redis.example.com")
            .ipAddresses("192.0.2.7")
            .build();
    assertThat(HostnameMatcher.matches("node3.redis.example.com", cert.certificate())).isTrue();
    assertThat(HostnameMatcher.matches("192.0.2.7", cert.certificate())).isTrue();
    assertThat(HostnameMatcher.matches("ignored.example.com", cert.certificate())).isFalse();
  }
}
