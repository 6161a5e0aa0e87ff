package org.ocspconsole.certificate;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ocspconsole.api.CertificateInfo;
import org.ocspconsole.pki.AuthorityInfoAccess;

/**
 * What the console shows about a proxy certificate: who it names, who issued it, how long it stays
 * valid, its fingerprint, and the OCSP URLs its AIA extension names (read by the console).
 *
 * @param ocspUrls empty when the certificate names none; the cluster's responder URL is the first
 * @param aiaUnreadable the extension is present but not valid DER
 */
public record CertificateFacts(
    CertificateInfo info, List<String> ocspUrls, boolean aiaUnreadable, int chainLength) {
  /** Fewer days left than this earn a warning. */
  public static final long NEAR_EXPIRY_DAYS = 30;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  public enum Expiry {
    NOT_YET_VALID,
    EXPIRED,
    NEAR,
    FINE
  }

  public CertificateFacts {
    ocspUrls = List.copyOf(ocspUrls);
  }

  /** The first certificate is the one described; the others are its chain. */
  public static CertificateFacts of(List<X509Certificate> chain) {
    X509Certificate leaf = chain.get(0);
    try {
      return new CertificateFacts(
          CertificateInfo.of(leaf), AuthorityInfoAccess.ocspUrls(leaf), false, chain.size());
    } catch (IOException e) {
      return new CertificateFacts(CertificateInfo.of(leaf), List.of(), true, chain.size());
    }
  }

  /** Whole days until expiry; negative once expired. */
  public long daysLeft(Instant now) {
    return Math.floorDiv(Duration.between(now, info.notAfter()).getSeconds(), 86400);
  }

  public Expiry expiry(Instant now) {
    if (now.isBefore(info.notBefore())) {
      return Expiry.NOT_YET_VALID;
    }
    if (now.isAfter(info.notAfter())) {
      return Expiry.EXPIRED;
    }
    return daysLeft(now) < NEAR_EXPIRY_DAYS ? Expiry.NEAR : Expiry.FINE;
  }

  /** "1 Jan 2026 – 1 Jan 2027 (214 days left)", with the state in words. */
  public String validityText(Instant now, ZoneId zone) {
    String range =
        DATE.format(info.notBefore().atZone(zone))
            + " \u2013 "
            + DATE.format(info.notAfter().atZone(zone));
    long days = daysLeft(now);
    return range
        + switch (expiry(now)) {
          case NOT_YET_VALID -> " (not valid yet)";
          case EXPIRED -> " (expired " + -days + (days == -1 ? " day" : " days") + " ago)";
          case NEAR -> " (\u26a0 only " + days + (days == 1 ? " day" : " days") + " left)";
          case FINE -> " (" + days + " days left)";
        };
  }

  /** The subject, one attribute a line ("CN=…" then "O=…"), so it wraps between them. */
  public String subjectText() {
    return lines(info.subject());
  }

  public String issuerText() {
    return lines(info.issuer());
  }

  /**
   * The fingerprint with a hair space after each colon (JavaFX wraps only at white space): a narrow
   * card then wraps between two bytes, never inside one.
   */
  public String sha256Text() {
    return info.sha256().replace(":", ":\u200a");
  }

  /**
   * An RFC 2253 name as written by {@code X500Principal.getName()} ("CN=a,O=b"), split into its
   * attributes at the commas that separate them; an escaped comma ({@code \,}) stays inside its
   * value, shown without the backslash. Without spaces after the commas a label can only wrap such
   * a name in the middle of a word.
   */
  static String lines(String name) {
    StringBuilder out = new StringBuilder();
    boolean escaped = false;
    boolean quoted = false;
    for (char c : name.toCharArray()) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
        continue;
      } else if (c == '"') {
        quoted = !quoted;
      } else if ((c == ',' || c == ';') && !quoted) {
        out.append('\n');
        continue;
      }
      out.append(c);
    }
    return out.toString().replaceAll("\n\\s+", "\n");
  }

  public String ocspUrlText() {
    if (aiaUnreadable) {
      return "The Authority Information Access extension could not be read.";
    }
    // What that means for OCSP is said once, at the form's switch.
    return ocspUrls.isEmpty() ? "none" : String.join(", ", ocspUrls);
  }
}
