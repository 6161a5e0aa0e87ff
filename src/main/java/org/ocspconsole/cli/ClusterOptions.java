package org.ocspconsole.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterAddress;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.profiles.ProfileStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which cluster a command talks to, with the same options as the window's: a saved profile, or an
 * address with a login and the trust to use. There is no option that turns certificate checks off.
 */
final class ClusterOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description =
          "a profile saved in the window: its address, login, trust and remembered password")
  String profile;

  @Option(
      names = "--cluster",
      paramLabel = "URL",
      description =
          "the cluster's REST API, e.g. cluster.example.com (https://...:9443 is assumed)")
  String cluster;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description =
          "with --cluster: the user name or e-mail; the password comes from "
              + Passwords.PASSWORD_VARIABLE
              + " or is asked for on the terminal")
  String user;

  @Option(
      names = "--client-cert",
      paramLabel = "FILE.p12",
      description =
          "with --cluster: log in with this PKCS#12 client certificate; its password comes from "
              + Passwords.CERT_PASSWORD_VARIABLE
              + " or the terminal")
  Path clientCert;

  @Option(
      names = "--ca-file",
      paramLabel = "PEM",
      description = "with --cluster: trust the CA (or self-signed certificate) in this PEM file")
  Path caFile;

  @Option(
      names = "--pin-sha256",
      paramLabel = "HEX",
      description = "with --cluster: trust exactly the certificate with this SHA-256 fingerprint")
  String pin;

  @Option(names = "--demo", description = "the built-in demo cluster, to try the commands")
  boolean demo;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "15",
      description = "how long one request may take (default: ${DEFAULT-VALUE})")
  int timeoutSeconds;

  /** Refused with a reason rather than "unknown option": people try it. */
  @Option(
      names = {"--password", "-p"},
      hidden = true,
      paramLabel = "TEXT")
  String password;

  /** Checks the options and connects; the caller closes what it gets. */
  Connected open(CliContext context) throws CliFailure {
    if (password != null) {
      throw usage(
          "Passwords are not taken from the command line (they would show in process lists and"
              + " shell history). Set "
              + Passwords.PASSWORD_VARIABLE
              + ", remember the password in the window, or type it when asked.");
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 600) {
      throw usage("--timeout must be between 1 and 600 seconds.");
    }
    int named = (demo ? 1 : 0) + (profile != null ? 1 : 0) + (cluster != null ? 1 : 0);
    if (named == 0) {
      throw usage(
          "Name the cluster: --profile NAME, or --cluster URL with --user NAME"
              + " (or --demo to try the built-in demo cluster).");
    }
    if (named > 1) {
      throw usage("--profile, --cluster and --demo exclude each other.");
    }
    boolean flags = user != null || clientCert != null || caFile != null || pin != null;
    if (cluster == null && flags) {
      throw usage(
          "--user, --client-cert, --ca-file and --pin-sha256 go with --cluster;"
              + " a profile brings its own.");
    }
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    if (demo) {
      return Connected.demo(timeout);
    }
    Profile target = profile != null ? saved(context) : commandLine();
    char[] secret = Passwords.find(context, target, profile != null);
    try {
      Credentials credentials =
          target.auth() == Profile.Auth.CLIENT_CERTIFICATE
              ? new Credentials.ClientCertificate(Path.of(target.clientCertificate()), secret)
              : new Credentials.Basic(target.user(), secret);
      return Connected.to(target, credentials, timeout);
    } catch (ApiException e) {
      throw new CliFailure(Exit.NO_ANSWER, e.getMessage());
    } finally {
      java.util.Arrays.fill(secret, '\0');
    }
  }

  private Profile saved(CliContext context) throws CliFailure {
    ProfileStore.Loaded loaded = context.profiles().get().load();
    List<Profile> all = loaded.contents().profiles();
    for (Profile candidate : all) {
      if (candidate.name().equals(profile)) {
        return candidate;
      }
    }
    List<Profile> alike =
        all.stream().filter(candidate -> candidate.name().equalsIgnoreCase(profile)).toList();
    if (alike.size() == 1) {
      return alike.get(0);
    }
    String problem = loaded.problem() == null ? "" : " " + loaded.problem();
    throw usage(
        "No profile named \u201c"
            + profile
            + "\u201d."
            + (all.isEmpty()
                ? " No profile is saved yet: add one in the window, or use --cluster."
                : " Saved profiles: "
                    + String.join(", ", all.stream().map(Profile::name).toList())
                    + ".")
            + problem);
  }

  private Profile commandLine() throws CliFailure {
    java.net.URI uri;
    try {
      uri = ClusterAddress.parse(cluster);
    } catch (IllegalArgumentException e) {
      throw usage("--cluster: " + e.getMessage());
    }
    if (user == null && clientCert == null) {
      throw usage("--cluster needs --user NAME (or --client-cert FILE.p12).");
    }
    if (user != null && clientCert != null) {
      throw usage("Choose one of --user and --client-cert.");
    }
    if (caFile != null && pin != null) {
      throw usage("Choose one of --ca-file and --pin-sha256.");
    }
    String userProblem = Credentials.userNameProblem(user);
    if (userProblem != null) {
      throw usage("--user: " + userProblem);
    }
    boolean certificate = clientCert != null;
    Profile made =
        new Profile(
            null,
            uri.getHost() + ":" + uri.getPort(),
            uri.toString(),
            certificate ? null : user,
            certificate ? Profile.Auth.CLIENT_CERTIFICATE : Profile.Auth.BASIC,
            certificate ? clientCert.toString() : null,
            caFile != null
                ? Profile.Trust.CA_FILE
                : pin != null ? Profile.Trust.PINNED : Profile.Trust.SYSTEM,
            caFile == null ? null : caFile.toString(),
            pin);
    try {
      made.trustSettings(); // an unreadable CA file or a malformed pin, before any password
    } catch (ApiException e) {
      throw usage(e.getMessage());
    }
    return made;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
