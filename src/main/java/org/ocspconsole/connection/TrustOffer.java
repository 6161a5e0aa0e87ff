package org.ocspconsole.connection;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.CertificateInfo;
import org.ocspconsole.profiles.Profile;

/**
 * Whether the user can be offered to trust a presented certificate. The console trusts no
 * certificate outside its validity dates, pinned or not (the pin check refuses it as the CA check
 * does), so offering "Trust" for one would only bring the dialog back: instead the dialog says why
 * it cannot be trusted and what to do.
 *
 * @param possible whether pinning it or choosing a CA file can work
 * @param reason why not, in words; null when possible
 */
public record TrustOffer(boolean possible, String reason) {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  public static TrustOffer of(CertificateInfo cert, Instant now, ZoneId zone) {
    if (now.isAfter(cert.notAfter())) {
      return new TrustOffer(
          false,
          "This certificate expired on "
              + WHEN.format(cert.notAfter().atZone(zone))
              + " ("
              + days(Duration.between(cert.notAfter(), now))
              + " ago). The console trusts no expired certificate, pinned or not, so it cannot"
              + " be trusted here. Renew the cluster's REST API certificate (rladmin cluster"
              + " certificate set api \u2026) and connect again; if it should still be valid,"
              + " check this computer's date and time.");
    }
    if (now.isBefore(cert.notBefore())) {
      return new TrustOffer(
          false,
          "This certificate is valid only from "
              + WHEN.format(cert.notBefore().atZone(zone))
              + " (in "
              + days(Duration.between(now, cert.notBefore()))
              + "). The console trusts a certificate only within its validity dates, so it"
              + " cannot be trusted here. Check this computer's date and time.");
    }
    return new TrustOffer(true, null);
  }

  public static TrustOffer of(CertificateInfo cert) {
    return of(cert, Instant.now(), ZoneId.systemDefault());
  }

  /** A certificate the user just trusted is still refused: said instead of asking again. */
  static String stillRefused(Profile profile, ApiError error) {
    return (profile.trust() == Profile.Trust.CA_FILE
            ? "The CA file " + profile.caFile() + " does not make this certificate trusted. "
            : "The certificate is still not trusted after pinning it. ")
        + error.message();
  }

  private static String days(Duration duration) {
    long days = duration.toDays();
    if (days >= 1) {
      return days + (days == 1 ? " day" : " days");
    }
    long hours = Math.max(1, duration.toHours());
    return hours + (hours == 1 ? " hour" : " hours");
  }
}
