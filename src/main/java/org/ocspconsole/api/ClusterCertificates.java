package org.ocspconsole.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cluster's certificates as PEM ({@code GET /v1/cluster/certificates}): names such as {@code
 * api_cert} and {@code proxy_cert} to PEM text. The same answer carries the cluster's private keys
 * ({@code *_key}); they are skipped while parsing, so their text never becomes a string of ours.
 * Other names and values that are not strings are left out too.
 */
@JsonDeserialize(using = ClusterCertificates.Reader.class)
public record ClusterCertificates(Map<String, String> pems) {
  public static final String PROXY = "proxy_cert";

  public ClusterCertificates {
    pems = Map.copyOf(pems);
  }

  /** The proxy certificate (with its chain, when the cluster keeps one); OCSP concerns this one. */
  public Optional<String> proxy() {
    return Optional.ofNullable(pems.get(PROXY)).filter(pem -> !pem.isBlank());
  }

  @Override
  public String toString() {
    return "ClusterCertificates" + pems.keySet();
  }

  /**
   * Reads the answer token by token and takes only string values of {@code *_cert} names: every
   * other value is skipped by the parser without being decoded.
   */
  static final class Reader extends StdDeserializer<ClusterCertificates> {
    private static final long serialVersionUID = 1L;
    private static final Pattern CERTIFICATE_NAME = Pattern.compile("[a-z0-9_]*_cert");

    /** A key block that a certificate field should not hold, in case a cluster puts one there. */
    private static final Pattern KEY_BLOCK =
        Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?(-----END \\1PRIVATE KEY-----\\s*|\\z)",
            Pattern.DOTALL);

    Reader() {
      super(ClusterCertificates.class);
    }

    @Override
    public ClusterCertificates deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        // Says what was expected, never what came: the value could be a key.
        throw MismatchedInputException.from(
            parser, ClusterCertificates.class, "the answer is not a JSON object");
      }
      Map<String, String> pems = new LinkedHashMap<>();
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_STRING && CERTIFICATE_NAME.matcher(name).matches()) {
          String pem = KEY_BLOCK.matcher(parser.getText()).replaceAll("");
          if (!pem.contains("PRIVATE KEY")) {
            pems.put(name, pem);
          }
        } else {
          parser.skipChildren();
        }
      }
      return new ClusterCertificates(pems);
    }
  }
}
