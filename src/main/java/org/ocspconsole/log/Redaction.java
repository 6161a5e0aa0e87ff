package org.ocspconsole.log;

import java.util.regex.Pattern;

/**
 * Masks secrets in text bound for a log or a dialog: whatever follows "Authorization:", Basic
 * credentials, password values, and PEM private-key blocks. The console never logs a secret on
 * purpose; this is the net under a mistake (an exception message quoting a header, say).
 */
public final class Redaction {
  public static final String MASK = "***";

  private static final Pattern PRIVATE_KEY =
      Pattern.compile(
          "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?(-----END \\1PRIVATE KEY-----|\\z)",
          Pattern.DOTALL);
  private static final Pattern AUTHORIZATION =
      Pattern.compile("(?i)(authorization\\s*[\"']?\\s*[:=]\\s*)[^\\r\\n]*");
  private static final Pattern BASIC = Pattern.compile("(?i)(\\bbasic\\s+)[A-Za-z0-9+/=_-]{4,}");
  private static final Pattern PASSWORD =
      Pattern.compile(
          "(?i)((?:pass(?:word|phrase|wd)?|pwd|secret)\\s*[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"',;}&]+");

  private Redaction() {}

  public static String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = PRIVATE_KEY.matcher(text).replaceAll("-----BEGIN $1PRIVATE KEY----- " + MASK);
    out = AUTHORIZATION.matcher(out).replaceAll("$1" + MASK);
    out = BASIC.matcher(out).replaceAll("$1" + MASK);
    return PASSWORD.matcher(out).replaceAll("$1" + MASK);
  }
}
