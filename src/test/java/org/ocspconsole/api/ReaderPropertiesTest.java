package org.ocspconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random JSON documents (and random bytes) into the readers: reading a configuration or a status
 * either succeeds or fails with an {@link IOException}, never anything else; an error body always
 * maps to a typed error with a message.
 */
class ReaderPropertiesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> KEYS =
      List.of(
          "ocsp_functionality",
          "query_frequency",
          "response_timeout",
          "recovery_frequency",
          "recovery_max_tries",
          "responder_url",
          "cert_status",
          "produced_at",
          "this_update",
          "next_update",
          "revocation_time",
          "error_code",
          "message",
          "description",
          "status_code",
          "unknown");

  @Property
  void readingAConfigurationFailsOnlyWithAnIoException(@ForAll("documents") byte[] body) {
    try {
      OcspConfig config = Json.read(body, OcspConfig.class);
      if (config != null && config.queryFrequency() != null) {
        // whatever was read is a real int, never a coerced string or a truncated float
        assertThat(new String(body, StandardCharsets.UTF_8))
            .contains(String.valueOf(config.queryFrequency()));
      }
    } catch (IOException expected) {
      // the typed failure ClusterClient maps to BAD_RESPONSE or NOT_JSON
    }
  }

  @Property
  void readingAStatusFailsOnlyWithAnIoException(@ForAll("documents") byte[] body) {
    try {
      OcspStatus status = Json.read(body, OcspStatus.class);
      if (status != null) {
        status.state(); // derived values must not throw either
      }
    } catch (IOException expected) {
      // typed failure
    }
  }

  @Property
  void anyErrorBodyMapsToATypedErrorWithAMessage(
      @ForAll("documents") byte[] body, @ForAll("statuses") int status) {
    Call call = new Call("GET", "/v1/ocsp", "view_ocsp_config", "read", Duration.ofSeconds(1));
    ApiError error = ErrorMapping.fromResponse(call, status, body, null);
    assertThat(error.kind()).isNotNull();
    assertThat(error.message()).isNotBlank();
    assertThat(error.status()).isEqualTo(status);
    if (error.excerpt() != null) {
      assertThat(error.excerpt().length()).isLessThanOrEqualTo(160);
    }
  }

  @Property
  void aBadSuccessBodyMapsToATypedError(@ForAll("documents") byte[] body) {
    Call call = new Call("GET", "/v1/ocsp", "view_ocsp_config", "read", Duration.ofSeconds(1));
    assertThatCode(
            () -> {
              ApiError error = ErrorMapping.badBody(call, 200, body, new IOException("bad"));
              assertThat(error.kind()).isIn(ApiError.Kind.NOT_JSON, ApiError.Kind.BAD_RESPONSE);
              assertThat(error.message()).isNotBlank();
            })
        .doesNotThrowAnyException();
  }

  @Provide
  Arbitrary<Integer> statuses() {
    return Arbitraries.integers().between(100, 599);
  }

  /** Objects with the contract's keys and values of every type, plus broken and random bytes. */
  @Provide
  Arbitrary<byte[]> documents() {
    Arbitrary<byte[]> objects =
        Arbitraries.maps(Arbitraries.of(KEYS), values())
            .ofMaxSize(8)
            .map(
                map -> {
                  ObjectNode node = NODES.objectNode();
                  map.forEach(node::set);
                  return node.toString().getBytes(StandardCharsets.UTF_8);
                });
    Arbitrary<byte[]> cut =
        objects.flatMap(
            bytes ->
                Arbitraries.integers()
                    .between(0, bytes.length)
                    .map(n -> java.util.Arrays.copyOf(bytes, n)));
    Arbitrary<byte[]> text =
        Arbitraries.strings().all().ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    Arbitrary<byte[]> nested =
        Arbitraries.integers()
            .between(1, 2000)
            .map(depth -> ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, objects),
        net.jqwik.api.Tuple.of(2, cut),
        net.jqwik.api.Tuple.of(1, text),
        net.jqwik.api.Tuple.of(1, raw),
        net.jqwik.api.Tuple.of(1, nested));
  }

  private static Arbitrary<com.fasterxml.jackson.databind.JsonNode> values() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(NODES::numberNode),
        Arbitraries.longs().map(NODES::numberNode),
        Arbitraries.doubles().map(NODES::numberNode),
        Arbitraries.bigIntegers()
            .between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
            .map(NODES::numberNode),
        Arbitraries.strings().all().ofMaxLength(40).map(NODES::textNode),
        Arbitraries.of(
            NODES.booleanNode(true),
            NODES.booleanNode(false),
            NODES.nullNode(),
            NODES.objectNode().put("seconds", 3600),
            NODES.arrayNode().add(1).add("x"),
            NODES.textNode("Wed, 22 Dec 2021 12:50:11 GMT"),
            NODES.textNode("GOOD")));
  }
}
