package org.ocspconsole.log;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Masks secrets in text bound for a log or a dialog: PEM private-key blocks, the value of an
 * Authorization header, Basic and Bearer credentials, the password in a URL's user info, and the
 * whole value of anything named like a password, secret, token or key. The console never logs a
 * secret on purpose; this is the net under a mistake (an exception message quoting a header, say).
 *
 * <p>Values are masked whole (up to the closing quote, or to the next white space when unquoted),
 * so a secret with a comma or a semicolon in it is not cut in two. Words that only look like a
 * scheme ("basic settings", "the bearer of") are left alone: after {@code Basic} only a base64
 * user:password pair or a credential-like token is masked, after {@code Bearer} only a token.
 */
public final class Redaction {
  public static final String MASK = "***";

  private static final Pattern PRIVATE_KEY =
      Pattern.compile(
          "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?(-----END \\1PRIVATE KEY-----|\\z)",
          Pattern.DOTALL);

  /**
   * A quoted value (to its closing quote, escapes included, when a separator follows it) or an
   * unquoted one: everything up to the next white space, with the credential after a scheme word.
   */
  private static final String VALUE =
      "(\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"(?=[\\s,;}\\])&]|$)"
          + "|'(?:[^'\\\\\\r\\n]|\\\\.)*'(?=[\\s,;}\\])&]|$)"
          + "|(?:(?:basic|bearer|digest|negotiate)[ \\t]+)?[^\\s]+)";

  /** Whatever follows "Authorization:" (or "Proxy-Authorization="): a quoted value or the line. */
  private static final Pattern AUTHORIZATION =
      Pattern.compile(
          "(?i)(authorization[\"']?[ \\t]*[:=][ \\t]*)"
              + "(\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"|'(?:[^'\\\\\\r\\n]|\\\\.)*'|[^\\r\\n]*)");

  /** {@code https://user:password@host}: the password, up to the last @ of the authority. */
  private static final Pattern URL_USER_INFO =
      Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://[^\\s/?#@:]*:)([^\\s/?#]+)(@)");

  private static final Pattern BASIC =
      Pattern.compile(
          "(?i)(?<=(?<![a-z0-9])basic\\s{1,16})([A-Za-z0-9+/_-]+={0,2})(?![A-Za-z0-9+/=_-])");

  private static final Pattern BEARER =
      Pattern.compile(
          "(?i)(?<=(?<![a-z0-9])bearer\\s{1,16})"
              + "([A-Za-z0-9+/_~-]+(?:\\.[A-Za-z0-9+/_~-]+)*=*)(?![A-Za-z0-9+/=_~-])");

  /**
   * {@code name=value}, {@code name: value}, {@code "name": "value"} for names such as password,
   * passwd, passphrase, pwd, secret, token, access_token, smtp_password, api_key or proxy_key.
   */
  private static final Pattern NAMED_VALUE =
      Pattern.compile(
          "(?i)((?<![a-z0-9])"
              + "(?:(?:[a-z0-9]+[_.-])*(?:password|passwd|passphrase|pass|pwd|secret|token)"
              + "|(?:[a-z0-9]+[_.-])+key)"
              + "(?![a-z0-9])[\"']?[ \\t]*[:=][ \\t]*)"
              + VALUE);

  private Redaction() {}

  public static String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = PRIVATE_KEY.matcher(text).replaceAll("-----BEGIN $1PRIVATE KEY----- " + MASK);
    out = AUTHORIZATION.matcher(out).replaceAll(Redaction::maskValue);
    out = URL_USER_INFO.matcher(out).replaceAll("$1" + MASK + "$3");
    out = NAMED_VALUE.matcher(out).replaceAll(Redaction::maskValue);
    // The scheme word is a look-behind, so "basic Basic <token>" still reaches the token.
    out =
        BASIC
            .matcher(out)
            .replaceAll(
                m ->
                    basicCredentials(m.group(1)) || tokenLike(m.group(1))
                        ? MASK
                        : quote(m.group()));
    return BEARER.matcher(out).replaceAll(m -> tokenLike(m.group(1)) ? MASK : quote(m.group()));
  }

  /** Group 1 kept, group 2 (the value) masked; a quoted value keeps its quotes. */
  private static String maskValue(MatchResult m) {
    String value = m.group(2);
    if (value.isEmpty()) {
      return quote(m.group());
    }
    char first = value.charAt(0);
    String masked =
        (first == '"' || first == '\'')
                && value.length() > 1
                && value.endsWith(String.valueOf(first))
            ? first + MASK + first
            : MASK;
    return quote(m.group(1)) + masked;
  }

  /** Whether the text is base64 of "user:password" in readable UTF-8, as a Basic header holds. */
  static boolean basicCredentials(String token) {
    String base64 = token.replace('-', '+').replace('_', '/').replace("=", "");
    if (base64.length() % 4 == 1) {
      return false;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64 + "==".substring(0, (4 - base64.length() % 4) % 4));
    } catch (IllegalArgumentException e) {
      return false;
    }
    String decoded;
    try {
      decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return false;
    }
    return decoded.indexOf(':') >= 0 && decoded.codePoints().noneMatch(Character::isISOControl);
  }

  /**
   * Whether a word after "Basic" or "Bearer" looks like a credential rather than prose: long, or
   * with a digit, a symbol of the base64 and JWT alphabets, or an upper-case letter inside it.
   */
  static boolean tokenLike(String token) {
    if (token.length() >= 20) {
      return true;
    }
    if (token.length() < 8) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isDigit(c) || "+/_~=.".indexOf(c) >= 0 || (i > 0 && Character.isUpperCase(c))) {
        return true;
      }
    }
    return false;
  }

  private static String quote(String literal) {
    return java.util.regex.Matcher.quoteReplacement(literal);
  }
}
