package org.ocspconsole.pki;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The OCSP URLs in a certificate's Authority Information Access extension (RFC 5280 4.2.2.1). The
 * cluster takes its {@code responder_url} from there, so the console reads it the same way to show
 * the user why the responder URL is what it is.
 */
public final class AuthorityInfoAccess {
  static final String OID_EXTENSION = "1.3.6.1.5.5.7.1.1";
  static final String OID_AD_OCSP = "1.3.6.1.5.5.7.48.1";
  static final String OID_AD_CA_ISSUERS = "1.3.6.1.5.5.7.48.2";

  /** GeneralName uniformResourceIdentifier: {@code [6] IA5String}, implicit and primitive. */
  private static final int URI_TAG = 0x86;

  private AuthorityInfoAccess() {}

  /** Every id-ad-ocsp URI, in order; empty when the extension or an OCSP entry is missing. */
  public static List<String> ocspUrls(X509Certificate certificate) throws IOException {
    return urls(certificate, OID_AD_OCSP);
  }

  /** Every id-ad-caIssuers URI: where the issuer's certificate can be downloaded. */
  public static List<String> caIssuersUrls(X509Certificate certificate) throws IOException {
    return urls(certificate, OID_AD_CA_ISSUERS);
  }

  private static List<String> urls(X509Certificate certificate, String method) throws IOException {
    byte[] extension = certificate.getExtensionValue(OID_EXTENSION);
    if (extension == null) {
      return List.of();
    }
    // getExtensionValue answers the extnValue OCTET STRING, which wraps the SEQUENCE.
    byte[] inner = DerReader.read(extension).expect(Der.OCTET_STRING).content();
    List<String> urls = new ArrayList<>();
    for (DerReader.Element description : DerReader.read(inner).expect(Der.SEQUENCE).children()) {
      List<DerReader.Element> parts = description.expect(Der.SEQUENCE).children();
      if (parts.size() != 2) {
        throw new IOException("an AccessDescription has two parts, found " + parts.size());
      }
      if (parts.get(0).oid().equals(method) && parts.get(1).is(URI_TAG)) {
        urls.add(parts.get(1).ascii());
      }
    }
    return List.copyOf(urls);
  }

  /** The first OCSP URL, or {@code ""} as the cluster reports a certificate without one. */
  public static String firstOcspUrl(X509Certificate certificate) {
    try {
      List<String> urls = ocspUrls(certificate);
      return urls.isEmpty() ? "" : urls.get(0);
    } catch (IOException e) {
      return "";
    }
  }
}
