package org.ocspconsole.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.ocspconsole.api.OcspStatus.CertState;
import org.ocspconsole.pki.Pem;

/**
 * Runs the demo cluster without a window, for curl and other clients. Prints one line with the URL,
 * the admin credentials and the certificate's fingerprint, and writes the certificate as PEM so
 * that {@code curl --cacert} can verify it.
 */
public final class DemoClusterMain {
  private static final String USAGE =
      String.join(
          "\n",
          "usage: demo-cluster [options]",
          "  --port N               loopback port (default 9443; 0 picks a free one)",
          "  --password TEXT        the admin password (default: random)",
          "  --cert-out FILE        where to write the certificate PEM (default: demo-cluster.pem in the temp dir)",
          "  --no-responder-url     the proxy certificate carries no OCSP URL",
          "  --unsupported          every OCSP call answers 406 ocsp_unsupported_by_capability",
          "  --unsupported-no-code  every OCSP call answers 406 with an HTML page (no error_code)",
          "  --latency-ms N         delay every answer",
          "  --test-queued          POST /v1/ocsp/test answers 500 task_queued_for_too_long",
          "  --html-errors          answer every call with a 502 HTML page, like a proxy",
          "  --drop                 close every connection without an answer",
          "  --broken ANSWER        answer every call as a broken server would: MALFORMED_JSON,",
          "                         HTML_PAGE_200, PROXY_502, NO_ANSWER, ... (the demo menu's Broken answers)",
          "  --unavailable          answer every call 503, as a node that is not a cluster member",
          "  --invalid-ocsp-response  status and test answer 500 invalid_ocsp_response",
          "  --cert-status STATE    GOOD, REVOKED or UNKNOWN",
          "  --client-cert-out P12  mTLS: accept client certificates from a fresh CA, write the admin's",
          "                         as PKCS#12 to this file (password printed) and turn Basic off",
          "  --rotate-after-s N     serve a new self-signed certificate N seconds after start, as after",
          "                         a renewal (a console that pinned the old one must refuse it)",
          "stapling (the databases' TLS endpoints and the OCSP responder start at once):",
          "  --ocsp-on              turn OCSP stapling on (off, as on a fresh cluster, staples nothing)",
          "  --databases N          serve N TLS databases (default 3)",
          "  --expired-staple       the cached answer (and so the staple) is past its nextUpdate",
          "  --no-next-update       answers carry no nextUpdate",
          "  --no-staple            the database endpoints staple nothing",
          "  --responder-down       the responder refuses connections",
          "  --responder-503        the responder answers 503 Service Unavailable",
          "  --responder-slow       the responder takes 8 s per answer",
          "  --signer WHO           CA, DELEGATED, DELEGATED_WITHOUT_OCSP_SIGNING or WRONG_KEY",
          "  --other-certificate    the last database serves another certificate than the proxy's",
          "  --plain-database       add a database without TLS");

  private DemoClusterMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    DemoCluster.Builder builder = DemoCluster.builder().port(9443);
    Path certOut = Path.of(System.getProperty("java.io.tmpdir"), "demo-cluster.pem");
    // Applied to the running cluster's switches once it has started.
    List<Consumer<DemoSwitches>> pending = new ArrayList<>();
    Path clientCertOut = null;
    long rotateAfter = -1;
    boolean[] ocspOn = {false};
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> builder.port(Integer.parseInt(value(args, ++i)));
        case "--password" -> builder.adminPassword(value(args, ++i));
        case "--cert-out" -> certOut = Path.of(value(args, ++i));
        case "--no-responder-url" -> pending.add(DemoSwitches::noResponderUrl);
        case "--unsupported" -> pending.add(s -> s.unsupportedCapability(true));
        case "--unsupported-no-code" -> pending.add(s -> s.unsupportedWithoutCode(true));
        case "--latency-ms" -> {
          Duration latency = Duration.ofMillis(Long.parseLong(value(args, ++i)));
          pending.add(s -> s.latency(latency));
        }
        case "--test-queued" -> pending.add(s -> s.testQueuedTooLong(true));
        case "--html-errors" -> pending.add(s -> s.htmlErrorPage(true));
        case "--unavailable" -> pending.add(s -> s.serviceUnavailable(true));
        case "--invalid-ocsp-response" -> pending.add(s -> s.invalidOcspResponse(true));
        case "--drop" -> pending.add(s -> s.dropConnections(true));
        case "--broken" -> {
          BrokenAnswer answer = BrokenAnswer.valueOf(value(args, ++i).toUpperCase(Locale.ROOT));
          pending.add(s -> s.brokenAnswer(answer));
        }
        case "--client-cert-out" -> clientCertOut = Path.of(value(args, ++i));
        case "--rotate-after-s" -> rotateAfter = Long.parseLong(value(args, ++i));
        case "--cert-status" -> {
          CertState state = CertState.valueOf(value(args, ++i).toUpperCase(Locale.ROOT));
          pending.add(s -> s.certState(state));
        }
        case "--ocsp-on" -> pending.add(s -> ocspOn[0] = true);
        case "--databases" -> builder.databases(Integer.parseInt(value(args, ++i)));
        case "--expired-staple" -> pending.add(s -> s.staleNextUpdate(true));
        case "--no-next-update" -> pending.add(s -> s.omitNextUpdate(true));
        case "--no-staple" -> pending.add(s -> s.stapling().noStaple(true));
        case "--responder-down" -> pending.add(s -> s.stapling().responderDown(true));
        case "--responder-503" -> pending.add(s -> s.stapling().responderUnavailable(true));
        case "--responder-slow" ->
            pending.add(s -> s.stapling().responderDelay(StapleSwitches.SLOW_RESPONDER));
        case "--signer" -> {
          StapleSwitches.Signer signer =
              StapleSwitches.Signer.valueOf(value(args, ++i).toUpperCase(Locale.ROOT));
          pending.add(s -> s.stapling().signer(signer));
        }
        case "--other-certificate" -> pending.add(s -> s.stapling().otherCertificate(true));
        case "--plain-database" -> pending.add(s -> s.stapling().plainDatabase(true));
        case "--help", "-h" -> {
          System.out.println(USAGE);
          return;
        }
        default -> {
          System.err.println("unknown option " + args[i] + "\n" + USAGE);
          System.exit(2);
        }
      }
    }
    String clientSecret = null;
    if (clientCertOut != null) {
      clientSecret = DemoClientCertificates.enable(builder, clientCertOut);
    }
    DemoCluster cluster;
    try {
      cluster = builder.start();
    } catch (java.net.BindException e) {
      System.err.println("The port is in use; choose another with --port N (0 picks a free one).");
      System.exit(1);
      return;
    }
    pending.forEach(action -> action.accept(cluster.switches()));
    if (ocspOn[0]) {
      cluster.setConfig(org.ocspconsole.api.OcspField.OCSP_FUNCTIONALITY, true);
    }
    Files.writeString(certOut, Pem.certificates(cluster.certificate()));
    System.out.println(
        "OCSP Console demo cluster: "
            + cluster.baseUri()
            + "  user "
            + cluster.admin().name()
            + "  password "
            + cluster.admin().password()
            + "  viewer "
            + cluster.viewer().name()
            + " / "
            + cluster.viewer().password()
            + "  sha256 "
            + cluster.fingerprint()
            + "  certificate "
            + certOut.toAbsolutePath());
    if (clientSecret != null) {
      System.out.println(
          "mTLS only (Basic is off): client certificate "
              + clientCertOut.toAbsolutePath()
              + "  PKCS#12 password "
              + clientSecret);
    }
    Stapling stapling = cluster.stapling();
    StringBuilder databases = new StringBuilder("databases (TLS):");
    for (int port : stapling.tlsPorts()) {
      databases.append(" 127.0.0.1:").append(port);
    }
    System.out.println(
        databases
            + "  responder "
            + cluster.switches().responderUrl()
            + "  (openssl s_client -connect 127.0.0.1:"
            + stapling.tlsPorts().get(0)
            + " -status </dev/null)");
    if (rotateAfter >= 0) {
      DemoClientCertificates.rotateLater(cluster, Duration.ofSeconds(rotateAfter), certOut);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  cluster.close();
                  stopped.countDown();
                }));
    stopped.await();
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      System.err.println("missing value for " + args[i - 1] + "\n" + USAGE);
      System.exit(2);
    }
    return args[i];
  }
}
