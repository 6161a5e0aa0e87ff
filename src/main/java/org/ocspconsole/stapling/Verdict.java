package org.ocspconsole.stapling;

/**
 * One endpoint's verdict in words. When several apply, the one declared first is the row's verdict;
 * every one that applies is listed in the detail.
 */
public enum Verdict {
  CANCELLED("cancelled", Severity.UNKNOWN),
  UNREACHABLE("not reachable from this workstation", Severity.UNKNOWN),
  TIMED_OUT("no answer in time", Severity.UNKNOWN),
  HANDSHAKE_FAILED("TLS handshake failed", Severity.CRITICAL),
  NOT_TLS("no TLS: nothing to staple", Severity.INFO),
  STAPLE_UNUSABLE("staple is not a usable OCSP answer", Severity.CRITICAL),
  STAPLE_FOR_OTHER_CERTIFICATE("staple is about another certificate", Severity.CRITICAL),
  BAD_SIGNATURE("staple signature not trusted", Severity.CRITICAL),
  REVOKED("REVOKED", Severity.CRITICAL),
  STAPLE_EXPIRED("staple expired", Severity.CRITICAL),
  STAPLE_NOT_YET_VALID("staple not yet valid", Severity.CRITICAL),
  UNKNOWN_STATUS("stapled, UNKNOWN to the responder", Severity.CRITICAL),
  STAPLE_UNVERIFIED("stapled, but the issuer is unknown: not verified", Severity.WARNING),
  OTHER_CERTIFICATE("serves another certificate than the proxy certificate", Severity.WARNING),
  NO_STAPLE("no staple", Severity.WARNING),
  STAPLED_GOOD_NO_NEXT_UPDATE("stapled, GOOD, no nextUpdate", Severity.WARNING),
  STAPLED_GOOD_FRESH("stapled, GOOD, fresh", Severity.OK);

  private final String words;
  private final Severity severity;

  Verdict(String words, Severity severity) {
    this.words = words;
    this.severity = severity;
  }

  public String words() {
    return words;
  }

  public Severity severity() {
    return severity;
  }
}
