package org.ocspconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterAddressTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "cluster.example.com, https://cluster.example.com:9443",
    "'  cluster.example.com  ', https://cluster.example.com:9443",
    "cluster.example.com:8443, https://cluster.example.com:8443",
    "https://cluster.example.com, https://cluster.example.com:9443",
    "HTTPS://cluster.example.com/, https://cluster.example.com:9443",
    "10.0.0.5, https://10.0.0.5:9443",
    "[::1]:9443, https://[::1]:9443"
  })
  void addressBecomesTheHttpsBaseUri(String input, String expected) {
    assertThat(ClusterAddress.parse(input)).isEqualTo(URI.create(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://cluster.example.com", "HTTP://cluster.example.com:8080"})
  void plainHttpIsRefusedBecauseThePasswordWouldTravelInClearText(String input) {
    assertThatThrownBy(() -> ClusterAddress.parse(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clear text")
        .hasMessageContaining("https://");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "admin:secret@cluster.example.com",
        "https://admin@cluster.example.com",
        "https://admin:se/cret@cluster.example.com",
        "https://admin:se@cret@cluster.example.com",
        "https://admin:secret@cluster.example.com:notaport",
        "http://admin:secret@cluster.example.com"
      })
  void userInfoIsRefusedFirstAndNeverRepeated(String input) {
    assertThatThrownBy(() -> ClusterAddress.parse(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Leave \"user:password@\" out")
        .hasMessageNotContaining("admin")
        .hasMessageNotContaining("cret");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cluster.example.com/v1/ocsp", "https://cluster.example.com:9443/api"})
  void pathIsRefused(String input) {
    assertThatThrownBy(() -> ClusterAddress.parse(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only the host and port");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "ftp://cluster.example.com",
        "cluster.example.com?x=1",
        "cluster.example.com#top",
        "https://"
      })
  void otherMalformedAddressesAreRefused(String input) {
    assertThatThrownBy(() -> ClusterAddress.parse(input))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cluster.example.com:0",
        "cluster.example.com:65536",
        "https://cluster.example.com:99999"
      })
  void portOutsideTheTcpRangeIsRefused(String input) {
    assertThatThrownBy(() -> ClusterAddress.parse(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"127.0.0.1:9443x", "cluster.example.com:port", "https://c.example.com:9a"})
  void aPortThatIsNotANumberIsNamedAsTheProblem(String input) {
    assertThatThrownBy(() -> ClusterAddress.parse(input))
        .hasMessage("The port must be a number from 1 to 65535.");
  }
}
