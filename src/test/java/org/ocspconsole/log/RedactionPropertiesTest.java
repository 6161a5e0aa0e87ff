package org.ocspconsole.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;

/**
 * Generated secrets in each form a log line can carry them (name=value, JSON, headers, URL user
 * info, Basic and Bearer credentials) inside generated sentences: no secret survives, and the words
 * around it do. Generated ordinary sentences, full of the words the patterns look for, come out
 * unchanged.
 */
class RedactionPropertiesTest {

  /** Where a secret sits: the text around it, and whether masking may run to the line's end. */
  record Placed(String text, String secret, boolean toEndOfLine) {}

  private static final List<String> WORDS =
      List.of(
          "the",
          "cluster",
          "did",
          "not",
          "accept",
          "password",
          "passwords",
          "for",
          "admin",
          "basic",
          "Basic",
          "settings",
          "Settings",
          "bearer",
          "Bearer",
          "of",
          "this",
          "certificate",
          "token",
          "tokens",
          "secret",
          "key",
          "keys",
          "Authorization",
          "authorization",
          "Authentication",
          "authentication",
          "was",
          "refused",
          "pass",
          "compass",
          "bypass",
          "well-known",
          "OCSP",
          "responder",
          "stapling",
          "query",
          "frequency",
          "3600",
          "9443",
          "(401)",
          "e.g.",
          "admin@example.com",
          "https://cluster.example.com:9443/v1/ocsp",
          "GET",
          "PUT",
          "->",
          "200",
          "in",
          "12",
          "ms",
          "knowledge",
          "policy",
          "expired",
          "user",
          "proxy",
          "api",
          "smtp");

  private static final List<String> NAMES =
      List.of(
          "password",
          "Password",
          "PASSWORD",
          "passwd",
          "passphrase",
          "pwd",
          "secret",
          "token",
          "access_token",
          "refresh_token",
          "client_secret",
          "smtp_password",
          "db-password",
          "authentication_redis_pass",
          "api_key",
          "proxy_key",
          "X-Auth-Token");

  @Property(tries = 1000)
  void noGeneratedSecretSurvivesAndTheWordsAroundItDo(
      @ForAll("sentences") String before,
      @ForAll("placedSecrets") Placed placed,
      @ForAll("sentences") String after) {
    Assume.that(!(before + " " + after).contains(placed.secret()));
    String line = before + " " + placed.text() + " " + after;
    String out = Redaction.apply(line);
    assertThat(out).doesNotContain(placed.secret());
    assertThat(out).startsWith(before + " ");
    if (!placed.toEndOfLine()) {
      assertThat(out).endsWith(" " + after);
    }
  }

  @Property(tries = 1000)
  void ordinarySentencesComeOutUnchanged(@ForAll("sentences") String sentence) {
    assertThat(Redaction.apply(sentence)).isEqualTo(sentence);
  }

  @Provide
  Arbitrary<String> sentences() {
    Arbitrary<String> word =
        Combinators.combine(
                Arbitraries.of(WORDS), Arbitraries.of("", "", "", ",", ".", ";", "!", "?"))
            .as((w, punctuation) -> w + punctuation);
    return word.list().ofMinSize(1).ofMaxSize(14).map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<Placed> placedSecrets() {
    return Arbitraries.oneOf(
        namedValues(),
        jsonValues(),
        basicCredentials(),
        bearerTokens(),
        urlUserInfo(),
        authorizationHeaders());
  }

  /** Any printable text without white space, commas, semicolons and quotes included. */
  private static Arbitrary<String> unquotedSecrets() {
    return Arbitraries.strings()
        .withCharRange('!', '~')
        .ofMinLength(8)
        .ofMaxLength(32)
        .filter(s -> !s.chars().allMatch(c -> c == '*'));
  }

  private static Arbitrary<Placed> namedValues() {
    return Combinators.combine(
            Arbitraries.of(NAMES), Arbitraries.of("=", ": ", " = ", ":"), unquotedSecrets())
        .as((name, separator, secret) -> new Placed(name + separator + secret, secret, false));
  }

  private static Arbitrary<Placed> jsonValues() {
    Arbitrary<String> secret =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .ofMinLength(8)
            .ofMaxLength(32)
            .filter(s -> !s.isBlank() && !s.chars().allMatch(c -> c == '*' || c == ' '));
    return Combinators.combine(Arbitraries.of(NAMES), secret, Arbitraries.of("}", ",\"user\":1}"))
        .as(
            (name, value, close) -> {
              String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"");
              return new Placed("{\"" + name + "\": \"" + escaped + "\"" + close, escaped, false);
            });
  }

  private static Arbitrary<Placed> basicCredentials() {
    StringArbitrary user = Arbitraries.strings().alpha().numeric().withChars("._@-").ofMinLength(1);
    return Combinators.combine(
            user.ofMaxLength(20),
            unquotedSecrets(),
            Arbitraries.of("Basic ", "basic ", "BASIC "),
            Arbitraries.of(true, false))
        .as(
            (name, password, scheme, urlSafe) -> {
              byte[] pair = (name + ":" + password).getBytes(StandardCharsets.UTF_8);
              String token =
                  urlSafe
                      ? Base64.getUrlEncoder().encodeToString(pair)
                      : Base64.getEncoder().encodeToString(pair);
              return new Placed(scheme + token, token, false);
            });
  }

  private static Arbitrary<Placed> bearerTokens() {
    Arbitrary<String> segment =
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMinSize(6)
            .ofMaxSize(40)
            .map(b -> Base64.getUrlEncoder().withoutPadding().encodeToString(b));
    Arbitrary<String> jwt =
        Combinators.combine(segment, segment, segment).as((a, b, c) -> a + "." + b + "." + c);
    Arbitrary<String> opaque =
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMinSize(16)
            .ofMaxSize(48)
            .map(b -> Base64.getEncoder().encodeToString(b));
    return Combinators.combine(
            Arbitraries.oneOf(jwt, opaque),
            Arbitraries.of("Bearer ", "bearer ", "access_token=", "\"access_token\":\"", "?token="))
        .as(
            (token, form) ->
                new Placed(form + token + (form.endsWith("\"") ? "\"" : ""), token, false));
  }

  private static Arbitrary<Placed> urlUserInfo() {
    // Unencoded '/', '?' and '#' end the authority of a URL, so no password can hold them.
    Arbitrary<String> password =
        unquotedSecrets().filter(s -> s.chars().noneMatch(c -> "/?#".indexOf(c) >= 0));
    return Combinators.combine(
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
            password,
            Arbitraries.of("https", "http", "redis"))
        .as(
            (user, secret, scheme) ->
                new Placed(
                    scheme + "://" + user + ":" + secret + "@cluster.example.com:9443/v1/ocsp",
                    secret,
                    false));
  }

  private static Arbitrary<Placed> authorizationHeaders() {
    Arbitrary<String> token =
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMinSize(4)
            .ofMaxSize(40)
            .map(b -> Base64.getEncoder().encodeToString(b));
    return Combinators.combine(
            token,
            Arbitraries.of("Authorization: ", "authorization=", "Proxy-Authorization: "),
            Arbitraries.of("Basic ", "Bearer ", "Digest ", ""))
        .as((value, header, scheme) -> new Placed(header + scheme + value, value, true));
  }
}
