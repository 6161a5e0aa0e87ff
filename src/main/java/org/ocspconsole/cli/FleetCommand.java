package org.ocspconsole.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.Json;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.fleet.FleetReader;
import org.ocspconsole.fleet.Member;
import org.ocspconsole.fleet.Reading;
import org.ocspconsole.profiles.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "fleet",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = {
      "One line per saved profile: its OCSP settings, cached status and proxy certificate, read"
          + " from every cluster at once ("
          + FleetReader.DEFAULT_PARALLEL
          + " at a time, each within --timeout), with what needs"
          + " attention; a cluster that fails never holds up the others.",
      "Exit code: 0 all well, 1 some cluster needs attention (REVOKED, next_update passed,"
          + " certificate expiring within 30 days...), 3 some cluster could not be read."
    })
final class FleetCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin TableOrJson output;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "15",
      description = "how long each cluster may take (default: ${DEFAULT-VALUE})")
  int timeoutSeconds;

  FleetCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws CliFailure {
    List<Profile> profiles = context.profiles().get().load().contents().profiles();
    if (profiles.isEmpty()) {
      throw new CliFailure(
          Exit.USAGE, "No profile is saved yet: add clusters in the window's connection screen.");
    }
    Duration timeout = Duration.ofSeconds(Math.max(1, timeoutSeconds));
    Map<String, Profile> byId = new ConcurrentHashMap<>();
    profiles.forEach(profile -> byId.put(profile.id(), profile));
    List<ClusterClient> opened = new ArrayList<>();
    Clock clock = context.clock();
    try {
      // The engine asks for each client in turn, on this thread: a terminal prompt is never shared.
      List<Reading> readings =
          Connected.await(
              new FleetReader(FleetReader.DEFAULT_PARALLEL, timeout, clock)
                  .readAll(
                      profiles.stream().map(p -> new Member(p.id(), p.name(), p.url())).toList(),
                      member -> open(byId.get(member.id()), timeout, opened),
                      reading -> {}),
              timeout.multipliedBy(profiles.size()).plusSeconds(30));
      Instant now = clock.instant();
      context.out().print(output.choose(() -> table(readings, now), () -> json(readings, now)));
      if (readings.stream().anyMatch(reading -> !reading.reachable())) {
        return Exit.NO_ANSWER;
      }
      return readings.stream().allMatch(reading -> reading.problems(now).isEmpty())
          ? Exit.OK
          : Exit.REFUSED;
    } finally {
      opened.forEach(ClusterClient::close);
    }
  }

  private CompletableFuture<ClusterClient> open(
      Profile profile, Duration timeout, List<ClusterClient> opened) {
    try {
      char[] secret = Passwords.find(context, profile, true);
      Credentials credentials =
          profile.auth() == Profile.Auth.CLIENT_CERTIFICATE
              ? new Credentials.ClientCertificate(Path.of(profile.clientCertificate()), secret)
              : new Credentials.Basic(profile.user(), secret);
      java.util.Arrays.fill(secret, '\0');
      ClusterClient client = Connected.client(profile, credentials, timeout);
      opened.add(client);
      return CompletableFuture.completedFuture(client);
    } catch (CliFailure e) {
      return CompletableFuture.failedFuture(
          new ApiException(
              org.ocspconsole.api.ApiError.transport(
                  org.ocspconsole.api.ApiError.Kind.LOCAL, e.getMessage())));
    } catch (ApiException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static String table(List<Reading> readings, Instant now) {
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {
          "PROFILE", "OCSP", "QUERY", "TIMEOUT", "RECOVERY", "TRIES", "STATUS", "CERT", "ATTENTION"
        });
    for (Reading reading : readings) {
      if (!reading.reachable()) {
        lines.add(
            new String[] {reading.member().name(), "-", "", "", "", "", "", "", reading.problem()});
        continue;
      }
      OcspConfig c = reading.config();
      lines.add(
          new String[] {
            reading.member().name(),
            Tables.value(OcspField.OCSP_FUNCTIONALITY, c.ocspFunctionality()),
            seconds(c.queryFrequency()),
            seconds(c.responseTimeout()),
            seconds(c.recoveryFrequency()),
            c.recoveryMaxTries() == null ? "?" : String.valueOf(c.recoveryMaxTries()),
            status(reading.status(), now),
            reading.proxyDaysLeft(now).map(days -> days + " d").orElse("?"),
            String.join("; ", reading.problems(now))
          });
    }
    int columns = lines.get(0).length;
    int[] widths = new int[columns];
    for (String[] line : lines) {
      for (int i = 0; i < columns - 1; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] line : lines) {
      StringBuilder row = new StringBuilder();
      for (int i = 0; i < columns - 1; i++) {
        row.append(String.format("%-" + (widths[i] + 2) + "s", line[i]));
      }
      out.append((row + line[columns - 1]).stripTrailing()).append(System.lineSeparator());
    }
    return out.toString();
  }

  private static String status(OcspStatus status, Instant now) {
    if (status == null) {
      return "not read";
    }
    String state = status.certStatus() == null ? "none yet" : status.certStatus();
    Instant next = status.nextUpdate() == null ? null : status.nextUpdate().value().orElse(null);
    if (next == null) {
      return state;
    }
    return state
        + (next.isBefore(now)
            ? ", next_update passed " + Words.duration(Duration.between(next, now)) + " ago"
            : ", next_update in " + Words.duration(Duration.between(now, next)));
  }

  private static String seconds(Integer value) {
    return value == null ? "?" : value + " s";
  }

  private static String json(List<Reading> readings, Instant now) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (Reading reading : readings) {
      ObjectNode item = array.addObject();
      item.put("profile", reading.member().name());
      item.put("url", reading.member().url());
      item.put("reachable", reading.reachable());
      if (reading.reachable()) {
        item.set("settings", Json.MAPPER.valueToTree(reading.config()));
        if (reading.status() != null) {
          item.set("status", Json.MAPPER.valueToTree(reading.status()));
        }
        reading.proxyDaysLeft(now).ifPresent(days -> item.put("proxy_cert_days", days));
      }
      ArrayNode problems = item.putArray("problems");
      reading.problems(now).forEach(problems::add);
    }
    return Output.pretty(array) + System.lineSeparator();
  }
}
