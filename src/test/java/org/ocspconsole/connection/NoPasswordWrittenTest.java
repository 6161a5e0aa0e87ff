package org.ocspconsole.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocspconsole.activity.ActivityLog;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.config.ConfigViewModel;
import org.ocspconsole.connection.ConnectPrompts.TrustDecision;
import org.ocspconsole.demo.DemoCluster;
import org.ocspconsole.fx.FxThread;
import org.ocspconsole.log.Logs;
import org.ocspconsole.pki.IssuedCertificate;
import org.ocspconsole.pki.Pem;
import org.ocspconsole.profiles.Profile;
import org.ocspconsole.profiles.ProfileStore;
import org.ocspconsole.testing.DemoProfiles;
import org.ocspconsole.testing.MemoryCredentialStore;

/**
 * Goes through everything that handles a secret (connect with "Remember", trust, a 401 and
 * re-entry, a save, export, the activity pane, a client-certificate login in mTLS mode, the log
 * file), then reads every file the console could have written and everything it printed.
 */
class NoPasswordWrittenTest {
  private static final String PASSWORD = "Zebra-Quartz-4711-Sphinx";
  private static final String P12_PASSWORD = "Walrus-Onyx-2209-Gryphon";

  @TempDir Path configDir;

  @Test
  void noSecretReachesAFileTheLogOrTheActivityPane() throws Exception {
    Instant started = Instant.now().minusSeconds(1);
    Path logDir = Logs.configure();
    assertThat(logDir).as("the log folder of the tests").isNotNull();
    List<String> keyMaterial = new ArrayList<>();
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
    List<String> texts = new ArrayList<>();
    MemoryCredentialStore keyring = new MemoryCredentialStore();
    try (DemoCluster cluster = DemoCluster.builder().adminPassword(PASSWORD).start()) {
      System.setOut(capture);
      System.setErr(capture);
      FakePrompts prompts =
          new FakePrompts()
              .password("typo-" + PASSWORD.substring(3), false)
              .password(PASSWORD, true)
              .password(PASSWORD, true);
      prompts.trust.add(new TrustDecision.Pin(cluster.fingerprint()));
      ConnectFlow flow = prompts.directFlow(Optional.of(keyring));
      ConnectionViewModel vm =
          new ConnectionViewModel(
              new ProfileStore(configDir),
              flow,
              () -> CompletableFuture.failedFuture(new IllegalStateException()),
              () -> CompletableFuture.completedFuture(Optional.of(keyring)),
              FxThread.DIRECT,
              Runnable::run);
      Profile profile = DemoProfiles.systemTrust(cluster, "Demo");
      vm.put(profile);
      vm.setStartWithSelected(true);
      ConnectFlow.Connected connected = vm.connect(null).get(20, TimeUnit.SECONDS);
      assertThat(keyring.secrets).containsValue(PASSWORD); // remembered, in the OS store only

      ActivityLog activity = new ActivityLog(connected.session(), FxThread.DIRECT);
      ConfigViewModel form =
          new ConfigViewModel(
              connected.session(),
              FxThread.DIRECT,
              new RememberingPrompt(
                  connected.profile(),
                  prompts,
                  () -> CompletableFuture.completedFuture(Optional.of(keyring)),
                  FxThread.DIRECT,
                  Runnable::run));
      connected
          .session()
          .useCredentials(
              new org.ocspconsole.api.Credentials.Basic(
                  cluster.admin().name(), "stale".toCharArray()));
      form.load().get(20, TimeUnit.SECONDS);
      form.form().number(OcspField.QUERY_FREQUENCY).textProperty().set("1800");
      form.save().get(20, TimeUnit.SECONDS);
      assertThat(cluster.config().queryFrequency()).isEqualTo(1800);
      vm.exportTo(configDir.resolve("export.json"));
      keyMaterial.addAll(clientCertificateSession(keyring, texts));
      activity.rows().forEach(row -> texts.add(row.toString() + activity.curl(row)));
      texts.add(String.valueOf(vm.messageProperty().get()));
      texts.add(connected.toString() + connected.session().connection());
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    texts.add(console.toString(StandardCharsets.UTF_8));

    List<Path> written = new ArrayList<>(filesUnder(configDir, Instant.MIN));
    List<Path> logs = filesUnder(logDir, Instant.MIN);
    assertThat(logs).as("log files").isNotEmpty();
    String log = String.join("\n", read(logs));
    assertThat(log).contains("PUT https://127.0.0.1:").contains("-> 401").contains("-> 200");
    written.addAll(logs);
    written.addAll(filesUnder(Path.of(System.getProperty("java.io.tmpdir")), started));
    assertThat(written).anyMatch(p -> p.getFileName().toString().equals(ProfileStore.FILE_NAME));
    String basic =
        Base64.getEncoder()
            .encodeToString(("admin@demo.local:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    for (Path file : written) {
      String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      assertThat(content).as(file.toString()).doesNotContain(PASSWORD).doesNotContain(basic);
      assertThat(content).as(file.toString()).doesNotContain(P12_PASSWORD);
      keyMaterial.forEach(key -> assertThat(content).as(file.toString()).doesNotContain(key));
      assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_16LE))
          .as(file.toString())
          .doesNotContain(PASSWORD);
    }
    for (String text : texts) {
      assertThat(text).doesNotContain(PASSWORD).doesNotContain(basic).doesNotContain(P12_PASSWORD);
      keyMaterial.forEach(key -> assertThat(text).doesNotContain(key));
    }
  }

  /**
   * Logs in with a client certificate (PKCS#12) where Basic is off, remembering its password, and
   * saves once. Answers the private key's forms a leak could take: base64 of the DER and the first
   * line of its PEM body.
   */
  private List<String> clientCertificateSession(MemoryCredentialStore keyring, List<String> texts)
      throws Exception {
    IssuedCertificate ca = TestPki.ca();
    char[] secret = P12_PASSWORD.toCharArray();
    Path p12 = TestPki.pkcs12(configDir, ca, DemoCluster.ADMIN_USER, secret);
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(p12)) {
      store.load(in, secret);
    }
    byte[] key = store.getKey("client", secret).getEncoded();
    String base64 = Base64.getEncoder().encodeToString(key);
    String pemLine = Pem.encode("PRIVATE KEY", key).lines().skip(1).findFirst().orElseThrow();
    try (DemoCluster mtls =
        DemoCluster.builder()
            .clientCertificateAuthority(ca.certificate())
            .basicAuth(false)
            .start()) {
      FakePrompts prompts = new FakePrompts().password(P12_PASSWORD, true);
      ConnectFlow flow = prompts.directFlow(Optional.of(keyring));
      Profile profile =
          new Profile(
              null,
              "mTLS",
              mtls.baseUri().toString(),
              null,
              Profile.Auth.CLIENT_CERTIFICATE,
              p12.toString(),
              Profile.Trust.PINNED,
              null,
              mtls.fingerprint());
      ConnectFlow.Connected connected =
          flow.connect(profile, null, changed -> {}, true).get(20, TimeUnit.SECONDS);
      assertThat(keyring.secrets).containsValue(P12_PASSWORD);
      ActivityLog activity = new ActivityLog(connected.session(), FxThread.DIRECT);
      ConfigViewModel form = new ConfigViewModel(connected.session(), FxThread.DIRECT, null);
      form.load().get(20, TimeUnit.SECONDS);
      form.form().number(OcspField.RESPONSE_TIMEOUT).textProperty().set("7");
      form.save().get(20, TimeUnit.SECONDS);
      assertThat(mtls.config().responseTimeout()).isEqualTo(7);
      activity.rows().forEach(row -> texts.add(row.toString() + activity.curl(row)));
      texts.add(connected.toString() + connected.session().connection());
    }
    Files.delete(p12); // the user's own file: it holds the key by design
    return List.of(base64, base64.substring(0, 48), pemLine);
  }

  private static List<String> read(List<Path> files) throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(Files.readString(file, StandardCharsets.ISO_8859_1));
    }
    return texts;
  }

  /** Regular files below {@code root} changed since {@code since}; unreadable ones are skipped. */
  private static List<Path> filesUnder(Path root, Instant since) throws IOException {
    FileTime after = since == Instant.MIN ? FileTime.fromMillis(0) : FileTime.from(since);
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        root,
        java.util.Set.of(),
        4,
        new java.nio.file.SimpleFileVisitor<>() {
          @Override
          public java.nio.file.FileVisitResult visitFile(
              Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
            if (attrs.isRegularFile()
                && attrs.size() < 8_000_000
                && attrs.lastModifiedTime().compareTo(after) >= 0
                && Files.isReadable(file)) {
              found.add(file);
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
            return java.nio.file.FileVisitResult
                .CONTINUE; // another process's file, gone or private
          }
        });
    return found;
  }
}
