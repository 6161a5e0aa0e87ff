package org.ocspconsole.stapling;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.ocspconsole.pki.AuthorityInfoAccess;
import org.ocspconsole.pki.Fingerprints;
import org.ocspconsole.pki.OcspReading;
import org.ocspconsole.pki.OcspReading.CertStatus;
import org.ocspconsole.pki.OcspReading.ResponseStatus;
import org.ocspconsole.pki.OcspResponses;

/**
 * Turns one handshake into an endpoint's verdict and its detail: what was served, whether it is the
 * proxy certificate, and what the staple says once read and checked as a strict client would.
 */
final class StapleJudge {
  /** A thisUpdate this far in the future is taken as clock skew rather than a broken answer. */
  static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

  private final X509Certificate proxy;
  private final IssuerFinder issuers;
  private final Boolean ocspOn;

  /**
   * @param proxy the cluster's proxy certificate, or null when unknown
   * @param ocspOn whether the cluster's settings have stapling on; null when unknown
   */
  StapleJudge(X509Certificate proxy, IssuerFinder issuers, Boolean ocspOn) {
    this.proxy = proxy;
    this.issuers = issuers;
    this.ocspOn = ocspOn;
  }

  EndpointReport notTls(Target target) {
    return new EndpointReport(
        target,
        null,
        null,
        null,
        null,
        null,
        List.of(Verdict.NOT_TLS),
        List.of(
            "The database's tls_mode says its clients connect without TLS: there is no handshake, so"
                + " no staple. Not connected to."));
  }

  EndpointReport judge(Target target, Handshake handshake, Instant now) {
    EnumSet<Verdict> findings = EnumSet.noneOf(Verdict.class);
    List<String> detail = new ArrayList<>();
    connection(target, handshake, detail);
    switch (handshake.outcome()) {
      case CANCELLED -> findings.add(Verdict.CANCELLED);
      case UNREACHABLE -> findings.add(Verdict.UNREACHABLE);
      case TIMED_OUT -> findings.add(Verdict.TIMED_OUT);
      case HANDSHAKE_FAILED -> findings.add(Verdict.HANDSHAKE_FAILED);
      default -> {
        // the certificate arrived: judged below
      }
    }
    if (!handshake.certificateSeen()) {
      return report(target, handshake, null, null, null, null, findings, detail);
    }
    X509Certificate leaf = handshake.chain().get(0);
    String serial = HexFormat.of().withUpperCase().formatHex(leaf.getSerialNumber().toByteArray());
    String fingerprint = Fingerprints.sha256(leaf);
    detail.add(
        "Served certificate: "
            + leaf.getSubjectX500Principal().getName()
            + ", serial "
            + serial
            + ", SHA-256 "
            + fingerprint
            + ".");
    Boolean match = proxy == null ? null : leaf.equals(proxy);
    if (match == null) {
      detail.add("The cluster's proxy certificate is not known here, so it is not compared.");
    } else if (match) {
      detail.add("It is the cluster's proxy certificate.");
    } else {
      findings.add(Verdict.OTHER_CERTIFICATE);
      detail.add(
          "It is not the cluster's proxy certificate (serial "
              + HexFormat.of().withUpperCase().formatHex(proxy.getSerialNumber().toByteArray())
              + ", SHA-256 "
              + Fingerprints.sha256(proxy)
              + "): OCSP on the cluster covers the proxy certificate only.");
    }
    OcspReading reading = null;
    if (handshake.staples().isEmpty() || handshake.staples().get(0).length == 0) {
      findings.add(Verdict.NO_STAPLE);
      detail.add(
          "No staple: the endpoint sent no certificate status although the handshake asked for"
              + " one."
              + (Boolean.FALSE.equals(ocspOn)
                  ? " OCSP stapling is off in the cluster's settings."
                  : "")
              + (AuthorityInfoAccess.firstOcspUrl(leaf).isEmpty()
                  ? " The served certificate names no OCSP responder (no OCSP URL in its Authority"
                      + " Information Access), so there is nothing to staple."
                  : ""));
    } else {
      reading = staple(leaf, handshake, now, findings, detail);
    }
    if (findings.isEmpty()) {
      findings.add(Verdict.STAPLED_GOOD_FRESH);
    }
    return report(target, handshake, reading, serial, fingerprint, match, findings, detail);
  }

  private OcspReading staple(
      X509Certificate leaf,
      Handshake handshake,
      Instant now,
      EnumSet<Verdict> findings,
      List<String> detail) {
    byte[] der = handshake.staples().get(0);
    IssuerFinder.Found issuer = issuers.find(leaf, handshake.chain());
    if (issuer == null) {
      findings.add(Verdict.STAPLE_UNVERIFIED);
      detail.add(
          "A staple came ("
              + der.length
              + " bytes), but the issuer certificate is in neither chain nor at a caIssuers URL:"
              + " it cannot be checked.");
      return null;
    }
    OcspReading reading = OcspResponses.read(der, leaf, issuer.issuer(), null);
    if (reading.responseStatus() != ResponseStatus.SUCCESSFUL) {
      findings.add(Verdict.STAPLE_UNUSABLE);
      detail.add("The staple is not a usable answer: " + reading.responseStatus().words() + ".");
      return reading;
    }
    if (!reading.certIdMatches()) {
      findings.add(Verdict.STAPLE_FOR_OTHER_CERTIFICATE);
    }
    detail.add(
        "Staple: "
            + (reading.certStatus() == null
                ? "no status for this certificate"
                : reading.certStatus())
            + (reading.revocationTime() != null
                ? ", revoked "
                    + when(reading.revocationTime(), now)
                    + (reading.revocationReason() != null
                        ? " (" + reading.revocationReason() + ")"
                        : "")
                : "")
            + "; produced "
            + when(reading.producedAt(), now)
            + "; thisUpdate "
            + when(reading.thisUpdate(), now)
            + "; nextUpdate "
            + (reading.nextUpdate() == null ? "missing" : when(reading.nextUpdate(), now))
            + reading.validity().map(v -> "; valid for " + Ages.of(v)).orElse("")
            + ".");
    detail.add(
        "Signature: "
            + reading.signature().words()
            + (reading.signer() != null ? " (" + reading.signer() + ")" : "")
            + "; issuer "
            + issuer.source()
            + ".");
    reading.problems().forEach(problem -> detail.add("Problem: " + problem + "."));
    if (!reading.signature().trusted()) {
      findings.add(Verdict.BAD_SIGNATURE);
    }
    if (reading.certStatus() == CertStatus.REVOKED) {
      findings.add(Verdict.REVOKED);
    } else if (reading.certStatus() == CertStatus.UNKNOWN) {
      findings.add(Verdict.UNKNOWN_STATUS);
    }
    if (reading.expiredAt(now)) {
      findings.add(Verdict.STAPLE_EXPIRED);
      detail.add(
          "Expired: its nextUpdate passed "
              + Ages.of(Duration.between(reading.nextUpdate(), now))
              + " ago; clients that check it refuse the connection or ignore the staple.");
    }
    if (reading.notYetValidAt(now, CLOCK_TOLERANCE)) {
      findings.add(Verdict.STAPLE_NOT_YET_VALID);
      detail.add(
          "Its thisUpdate lies in the future: the responder's or this workstation's clock is off.");
    }
    if (reading.nextUpdate() == null && reading.certStatus() == CertStatus.GOOD) {
      findings.add(Verdict.STAPLED_GOOD_NO_NEXT_UPDATE);
      detail.add(
          "No nextUpdate: strict clients treat such a staple as expired; others take it as"
              + " fresh for as long as they like.");
    }
    return reading;
  }

  private static void connection(Target target, Handshake handshake, List<String> detail) {
    if (handshake.connectedTo() != null) {
      String how =
          target.host() != null && !Addresses.isIpLiteral(target.host()) && !handshake.viaDnsName()
              ? " (" + target.host() + " did not resolve here; the endpoint's own address was used)"
              : "";
      detail.add("Connected to " + handshake.connectedTo() + how + ".");
    }
    if (handshake.protocol() != null) {
      detail.add(
          handshake.protocol()
              + " handshake in "
              + Ages.millis(handshake.took())
              + ", closed at once: no credential, no command sent.");
    }
    if (handshake.detail() != null) {
      detail.add(capitalised(handshake.detail()) + ".");
    }
  }

  private static EndpointReport report(
      Target target,
      Handshake handshake,
      OcspReading reading,
      String serial,
      String fingerprint,
      Boolean match,
      EnumSet<Verdict> findings,
      List<String> detail) {
    List<Verdict> ordered = new ArrayList<>(findings); // EnumSet iterates in declaration order
    List<String> lines = new ArrayList<>();
    lines.add("Verdict: " + ordered.get(0).words() + ".");
    if (ordered.size() > 1) {
      lines.add(
          "Also: "
              + String.join(
                  "; ", ordered.subList(1, ordered.size()).stream().map(Verdict::words).toList())
              + ".");
    }
    lines.addAll(detail);
    return new EndpointReport(
        target, handshake, reading, serial, fingerprint, match, ordered, lines);
  }

  static String when(Instant time, Instant now) {
    if (time == null) {
      return "unknown";
    }
    return Ages.relative(time, now) + " (" + time.truncatedTo(ChronoUnit.SECONDS) + ")";
  }

  private static String capitalised(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
