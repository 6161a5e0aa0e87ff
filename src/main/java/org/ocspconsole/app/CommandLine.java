package org.ocspconsole.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ocspconsole.api.ClusterAddress;
import org.ocspconsole.api.Credentials;

/**
 * The console's command-line options. Passwords are never options: they come from the environment
 * ({@code OCSP_CONSOLE_PASSWORD}) or from the window, so they stay out of shell history and process
 * lists.
 */
public record CommandLine(
    boolean demo,
    String profile,
    String cluster,
    String user,
    Path caFile,
    String pinSha256,
    Path clientCert,
    String password,
    String clientCertPassword,
    boolean help) {

  public static final String PASSWORD_VARIABLE = "OCSP_CONSOLE_PASSWORD";
  public static final String CERT_PASSWORD_VARIABLE = "OCSP_CONSOLE_CERT_PASSWORD";

  public static final String USAGE =
      String.join(
          "\n",
          "usage: ocsp-console [--demo]",
          "       ocsp-console --profile NAME",
          "       ocsp-console --cluster URL --user NAME [--ca-file PEM | --pin-sha256 HEX]",
          "       ocsp-console --cluster URL --client-cert FILE.p12 [--ca-file PEM | --pin-sha256 HEX]",
          "       ocsp-console COMMAND ...   without a window: check, get, set, test, export, import,",
          "                                  fleet (ocsp-console help COMMAND tells more)",
          "",
          "  --demo             use the built-in demo cluster (the default, unless a profile is",
          "                     marked \"Offer at start\": then the connection screen opens)",
          "  --profile NAME     connect to this saved profile",
          "  --cluster URL      the cluster's REST API (nothing is saved), e.g. cluster.example.com (https://...:9443 is assumed)",
          "  --user NAME        the user name or e-mail; the password comes from "
              + PASSWORD_VARIABLE,
          "                     or is asked for in the window",
          "  --ca-file PEM      trust the CA (or self-signed certificate) in this PEM file",
          "  --pin-sha256 HEX   trust exactly the certificate with this SHA-256 fingerprint",
          "  --client-cert P12  log in with this PKCS#12 client certificate; its password comes from",
          "                     " + CERT_PASSWORD_VARIABLE);

  /** Thrown for options that cannot work; the message says why, for the terminal. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message, null, false, false);
    }
  }

  /** No option at all: the demo, or the connection screen when a profile is offered at start. */
  public static CommandLine none() {
    return new CommandLine(false, null, null, null, null, null, null, null, null, false);
  }

  public static CommandLine parse(List<String> args, Map<String, String> environment)
      throws UsageException {
    boolean demo = false;
    boolean help = false;
    String cluster = null;
    String profile = null;
    String user = null;
    Path caFile = null;
    String pin = null;
    Path clientCert = null;
    List<String> rest = new ArrayList<>(args);
    while (!rest.isEmpty()) {
      String option = rest.remove(0);
      switch (option) {
        case "--demo" -> demo = true;
        case "--help", "-h" -> help = true;
        case "--cluster" -> cluster = value(option, rest);
        case "--profile" -> profile = value(option, rest);
        case "--user" -> user = value(option, rest);
        case "--ca-file" -> caFile = Path.of(value(option, rest));
        case "--pin-sha256" -> pin = value(option, rest);
        case "--client-cert" -> clientCert = Path.of(value(option, rest));
        case "--password", "-p" ->
            throw new UsageException(
                "Passwords are not taken from the command line (they would show in process lists and shell history). "
                    + "Set "
                    + PASSWORD_VARIABLE
                    + " or type it in the window.");
        default -> throw new UsageException("Unknown option " + option);
      }
    }
    if ((demo ? 1 : 0) + (cluster != null ? 1 : 0) + (profile != null ? 1 : 0) > 1) {
      throw new UsageException("--demo, --profile and --cluster exclude each other.");
    }
    if (cluster == null && (user != null || caFile != null || pin != null || clientCert != null)) {
      throw new UsageException("--user, --ca-file, --pin-sha256 and --client-cert need --cluster.");
    }
    if (cluster != null && user == null && clientCert == null) {
      throw new UsageException("--cluster needs --user NAME (or --client-cert FILE).");
    }
    if (caFile != null && pin != null) {
      throw new UsageException("Choose one of --ca-file and --pin-sha256.");
    }
    if (cluster != null) {
      try {
        // Checked before any window exists: it would show the address in "Connecting to …".
        ClusterAddress.parse(cluster);
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "--cluster: "
                + e.getMessage()
                + (cluster.indexOf('@') >= 0
                    ? " Give the user with --user NAME and the password in "
                        + PASSWORD_VARIABLE
                        + "."
                    : ""));
      }
    }
    String userProblem = Credentials.userNameProblem(user);
    if (userProblem != null) {
      throw new UsageException(
          "--user: "
              + userProblem
              + " The cluster would split the name there and read the rest as the password.");
    }
    return new CommandLine(
        demo,
        profile,
        cluster,
        user,
        caFile,
        pin,
        clientCert,
        environment.get(PASSWORD_VARIABLE),
        environment.get(CERT_PASSWORD_VARIABLE),
        help);
  }

  private static String value(String option, List<String> rest) throws UsageException {
    if (rest.isEmpty() || rest.get(0).startsWith("--")) {
      throw new UsageException(option + " needs a value.");
    }
    return rest.remove(0);
  }

  @Override
  public String toString() {
    return "CommandLine[demo="
        + demo
        + ", profile="
        + profile
        + ", cluster="
        + cluster
        + ", user="
        + user
        + "]";
  }
}
