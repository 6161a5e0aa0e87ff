package org.ocspconsole.profiles;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterAddress;
import org.ocspconsole.api.TrustSettings;
import org.ocspconsole.pki.Fingerprints;

/**
 * A saved cluster: where it is, who logs in and how, and which certificate is trusted. Holds no
 * secret at all, so the profiles file and an export can be shared; passwords live only in the
 * operating system's credential store, and only when the user asked for that.
 *
 * @param id stable across renames
 * @param url the REST API's base URL as {@link ClusterAddress#parse} makes it
 * @param clientCertificate the PKCS#12 file, for {@link Auth#CLIENT_CERTIFICATE}
 * @param caFile the PEM file, for {@link Trust#CA_FILE}
 * @param pinSha256 the pinned fingerprint, for {@link Trust#PINNED}
 */
public record Profile(
    String id,
    String name,
    String url,
    String user,
    Auth auth,
    String clientCertificate,
    Trust trust,
    String caFile,
    String pinSha256) {

  /** How the console logs in. */
  public enum Auth {
    BASIC,
    CLIENT_CERTIFICATE
  }

  /** Which server certificates are accepted; there is deliberately no "any". */
  public enum Trust {
    SYSTEM,
    CA_FILE,
    PINNED
  }

  public Profile {
    id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
    auth = auth == null ? Auth.BASIC : auth;
    trust = trust == null ? Trust.SYSTEM : trust;
  }

  /** The REST API's base URL; throws with the user-facing reason when it is not acceptable. */
  public URI baseUri() throws ApiException {
    try {
      return ClusterAddress.parse(url);
    } catch (IllegalArgumentException e) {
      throw new ApiException(ApiError.transport(ApiError.Kind.LOCAL, e.getMessage()));
    }
  }

  /** The trust settings the client is built with; reads the CA file, if any. */
  public TrustSettings trustSettings() throws ApiException {
    return switch (trust) {
      case SYSTEM -> TrustSettings.system();
      case CA_FILE -> TrustSettings.caFile(Path.of(caFile == null ? "" : caFile));
      case PINNED -> pinned();
    };
  }

  private TrustSettings pinned() throws ApiException {
    try {
      return TrustSettings.pinned(pinSha256 == null ? "" : pinSha256);
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          ApiError.transport(ApiError.Kind.LOCAL, "The pinned fingerprint: " + e.getMessage()));
    }
  }

  /**
   * The name of this profile's secret in the credential store: the login, the address and what is
   * trusted there. A profile that trusts another pin or CA file (an imported one, say) never
   * receives a password remembered for this one; a renamed profile keeps its password, and two
   * profiles alike in all three share it.
   */
  @JsonIgnore
  public String credentialKey() {
    String who = auth == Auth.BASIC ? user : "certificate " + clientCertificate;
    return who + " @ " + url + " trusting " + trustKey();
  }

  private String trustKey() {
    return switch (trust) {
      case SYSTEM -> "the system CAs";
      case CA_FILE -> "the CA file " + caFile;
      case PINNED -> "the pin " + normalizedPin();
    };
  }

  private String normalizedPin() {
    try {
      return Fingerprints.normalize(pinSha256 == null ? "" : pinSha256);
    } catch (IllegalArgumentException e) {
      return pinSha256;
    }
  }

  /** The login as shown to the user: the user name or the certificate's file name. */
  @JsonIgnore
  public String login() {
    if (auth == Auth.BASIC) {
      return user;
    }
    return clientCertificate == null
        ? "client certificate"
        : Path.of(clientCertificate).getFileName().toString();
  }

  public Profile withName(String newName) {
    return new Profile(id, newName, url, user, auth, clientCertificate, trust, caFile, pinSha256);
  }

  public Profile withUrl(String newUrl) {
    return new Profile(id, name, newUrl, user, auth, clientCertificate, trust, caFile, pinSha256);
  }

  public Profile withPin(String sha256) {
    return new Profile(id, name, url, user, auth, clientCertificate, Trust.PINNED, null, sha256);
  }

  public Profile withCaFile(Path file) {
    return new Profile(
        id, name, url, user, auth, clientCertificate, Trust.CA_FILE, file.toString(), null);
  }

  /** A copy under a new identity, for "Duplicate". */
  public Profile copy(String newName) {
    return new Profile(null, newName, url, user, auth, clientCertificate, trust, caFile, pinSha256);
  }
}
