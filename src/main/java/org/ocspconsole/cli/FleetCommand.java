package org.ocspconsole.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.api.Json;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspField;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.connection.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "fleet",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = {
      "One line per saved profile: its OCSP settings and cached status, read from every cluster"
          + " at once (8 at a time, each within --timeout); a cluster that fails never holds up"
          + " the others.",
      "Exit code: 0 every cluster answered, 3 at least one did not."
    })
final class FleetCommand implements Callable<Integer> {
  static final int PARALLEL = 8;

  private final CliContext context;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default) or json")
  GetCommand.Format format;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "15",
      description = "how long each cluster may take (default: ${DEFAULT-VALUE})")
  int timeoutSeconds;

  FleetCommand(CliContext context) {
    this.context = context;
  }

  /** One profile's line: what was read, or why nothing was. */
  record Row(Profile profile, OcspConfig config, OcspStatus status, String problem) {}

  @Override
  public Integer call() throws CliFailure {
    List<Profile> profiles = context.profiles().get().load().contents().profiles();
    if (profiles.isEmpty()) {
      throw new CliFailure(
          Exit.USAGE, "No profile is saved yet: add clusters in the window's connection screen.");
    }
    Duration timeout = Duration.ofSeconds(Math.max(1, timeoutSeconds));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            PARALLEL,
            runnable -> {
              Thread thread = new Thread(runnable, "fleet-read");
              thread.setDaemon(true);
              return thread;
            });
    List<CompletableFuture<Row>> rows = new ArrayList<>();
    try {
      // Passwords first, one after another: a prompt on the terminal cannot be shared.
      for (Profile profile : profiles) {
        Credentials credentials;
        try {
          char[] secret = Passwords.find(context, profile, true);
          credentials =
              profile.auth() == Profile.Auth.CLIENT_CERTIFICATE
                  ? new Credentials.ClientCertificate(Path.of(profile.clientCertificate()), secret)
                  : new Credentials.Basic(profile.user(), secret);
          java.util.Arrays.fill(secret, '\0');
        } catch (CliFailure | RuntimeException e) {
          rows.add(CompletableFuture.completedFuture(new Row(profile, null, null, e.getMessage())));
          continue;
        }
        rows.add(CompletableFuture.supplyAsync(() -> read(profile, credentials, timeout), pool));
      }
      List<Row> done = rows.stream().map(CompletableFuture::join).toList();
      context.out().print(format == GetCommand.Format.json ? json(done) : table(done));
      return done.stream().allMatch(row -> row.problem() == null) ? Exit.OK : Exit.NO_ANSWER;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Row read(Profile profile, Credentials credentials, Duration timeout) {
    try (Connected connected = Connected.to(profile, credentials, timeout)) {
      var config = connected.client().getOcspConfig();
      var status = connected.client().getOcspStatus();
      OcspConfig read = Connected.await(config, timeout.plusSeconds(1));
      OcspStatus cached;
      try {
        cached = Connected.await(status, timeout.plusSeconds(1));
      } catch (CliFailure e) {
        cached = null;
      }
      return new Row(profile, read, cached, null);
    } catch (CliFailure e) {
      return new Row(profile, null, null, e.getMessage());
    } catch (org.ocspconsole.api.ApiException e) {
      return new Row(profile, null, null, e.getMessage());
    } finally {
      credentials.wipe();
    }
  }

  private String table(List<Row> rows) {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"PROFILE", "OCSP", "QUERY", "TIMEOUT", "RECOVERY", "TRIES", "STATUS"});
    for (Row row : rows) {
      if (row.problem() != null) {
        lines.add(new String[] {row.profile().name(), "-", "", "", "", "", row.problem()});
        continue;
      }
      OcspConfig c = row.config();
      lines.add(
          new String[] {
            row.profile().name(),
            Tables.value(OcspField.OCSP_FUNCTIONALITY, c.ocspFunctionality()),
            seconds(c.queryFrequency()),
            seconds(c.responseTimeout()),
            seconds(c.recoveryFrequency()),
            String.valueOf(c.recoveryMaxTries()),
            status(row.status())
          });
    }
    int[] widths = new int[7];
    for (String[] line : lines) {
      for (int i = 0; i < line.length - 1; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] line : lines) {
      for (int i = 0; i < line.length - 1; i++) {
        out.append(String.format("%-" + (widths[i] + 2) + "s", line[i]));
      }
      out.append(line[line.length - 1]).append(System.lineSeparator());
    }
    return out.toString();
  }

  private String status(OcspStatus status) {
    if (status == null) {
      return "status not read";
    }
    String state = status.certStatus() == null ? "no status yet" : status.certStatus();
    Instant next = status.nextUpdate() == null ? null : status.nextUpdate().value().orElse(null);
    if (next == null) {
      return state;
    }
    Instant now = context.clock().instant();
    return state
        + (next.isBefore(now)
            ? ", next_update passed " + Words.duration(Duration.between(next, now)) + " ago"
            : ", next_update in " + Words.duration(Duration.between(now, next)));
  }

  private static String seconds(Integer value) {
    return value == null ? "?" : value + " s";
  }

  private static String json(List<Row> rows) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (Row row : rows) {
      ObjectNode item = array.addObject();
      item.put("profile", row.profile().name());
      item.put("url", row.profile().url());
      if (row.problem() != null) {
        item.put("error", row.problem());
      } else {
        item.set("settings", Json.MAPPER.valueToTree(row.config()));
        if (row.status() != null) {
          item.set("status", Json.MAPPER.valueToTree(row.status()));
        }
      }
    }
    return Output.pretty(array) + System.lineSeparator();
  }
}
