package org.ocspconsole.fleet;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClusterCertificates;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.Durations;
import org.ocspconsole.api.OcspConfig;
import org.ocspconsole.api.OcspStatus;
import org.ocspconsole.pki.Pem;
import org.ocspconsole.platform.Worker;

/**
 * Reads many clusters at once: at most {@code parallel} under way, each within {@code timeout}, so
 * a slow or failing cluster never holds the others. Each cluster is asked for its settings, its
 * cached status and its proxy certificate: until it has answered that user, for its settings alone
 * and then the rest (see readWithin), later all three at once. Profiles that name the same cluster
 * (the same address) are read at most {@code perCluster} at a time: that cluster never gets more
 * than three of our requests per read at once, and the connections the last read kept alive serve
 * the next one instead of new TLS handshakes. Once a read finds the cluster unreachable, its other
 * profiles no longer wait for each other.
 */
public final class FleetReader {
  /**
   * Reads under way at once. Each cluster gets one read at a time whatever this is ({@link
   * #DEFAULT_PER_CLUSTER}), and in the window the handshakes' CPU is bounded apart (the fleet's
   * clients share one executor that leaves a core to the FX thread), so what this bounds is a fleet
   * waiting on its answers. A first read takes two answers' time (settings, then the rest): 100
   * distinct clusters answering in 1 s filled in 5.0 to 5.3 s at 64 at a time, 8.6 to 8.7 s at 32;
   * answering in 200 ms, where the two cores are the limit, 2.9 to 3.7 s at 64, 2.8 to 3.8 s at 32
   * and 3.6 to 4.6 s at 16 (README, "The fleet").
   */
  public static final int DEFAULT_PARALLEL = 64;

  public static final int DEFAULT_PER_CLUSTER = 1;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

  private final Slots slots;
  private final Duration timeout;
  private final Clock clock;
  private final Executor worker;
  // Each cluster (as clusterOf spells it) and user that it has answered in this reader: see
  // readWithin.
  private final Set<String> answered = ConcurrentHashMap.newKeySet();

  public FleetReader(int parallel, Duration timeout, Clock clock) {
    this(parallel, timeout, clock, Worker.EXECUTOR);
  }

  /** {@code worker} calls the opener, so a caller on the FX thread never waits for one. */
  public FleetReader(int parallel, Duration timeout, Clock clock, Executor worker) {
    this(parallel, DEFAULT_PER_CLUSTER, timeout, clock, worker);
  }

  public FleetReader(int parallel, int perCluster, Duration timeout, Clock clock, Executor worker) {
    this.slots = new Slots(parallel, Math.min(parallel, perCluster));
    this.timeout = timeout;
    this.clock = clock;
    this.worker = worker;
  }

  public FleetReader() {
    this(DEFAULT_PARALLEL, DEFAULT_TIMEOUT, Clock.systemUTC());
  }

  /**
   * Reads every member; {@code onEach} receives each reading as soon as it is there (on a worker
   * thread). The result lists the readings in the members' order and never fails.
   */
  public CompletableFuture<List<Reading>> readAll(
      List<Member> members, Opener opener, Consumer<Reading> onEach) {
    List<CompletableFuture<Reading>> all = new ArrayList<>();
    List<CompletableFuture<Member>> openable = new ArrayList<>();
    for (Member member : members) {
      CompletableFuture<Member> turn = new CompletableFuture<>();
      openable.add(turn);
      all.add(
          read(member, turn.thenCompose(opener::open)).thenApply(reading -> tell(onEach, reading)));
    }
    // One task on the worker asks the opener for every member in turn (it answers with futures at
    // once): a hundred tasks handed to the worker together would make the caller, the FX thread
    // for the window, start a hundred threads before it could paint again.
    worker.execute(
        () -> {
          for (int i = 0; i < members.size(); i++) {
            openable.get(i).complete(members.get(i));
          }
        });
    return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
        .thenApply(done -> all.stream().map(CompletableFuture::join).toList());
  }

  /** Reads one member; never fails: a failure is a reading with a problem. */
  public CompletableFuture<Reading> read(Member member, Opener opener) {
    // On the worker: building a client (TLS context, key files) must never hold the caller's
    // thread, which is the FX thread for the window.
    return read(
        member,
        CompletableFuture.supplyAsync(() -> opener.open(member), worker)
            .thenCompose(opened -> opened));
  }

  private CompletableFuture<Reading> read(Member member, CompletableFuture<ClusterClient> opened) {
    return opened
        .thenCompose(
            client -> {
              String cluster = clusterOf(member);
              return slots.submit(
                  cluster,
                  () ->
                      readWithin(member, client, cluster)
                          .whenComplete(
                              (done, failure) -> {
                                if (failure != null && unreached(errorOf(failure))) {
                                  // Its other profiles need not each wait out the same timeout.
                                  slots.free(cluster);
                                }
                              }));
            })
        .exceptionally(failure -> Reading.failed(member, errorOf(failure), clock.instant()));
  }

  private CompletableFuture<Reading> readWithin(
      Member member, ClusterClient client, String cluster) {
    CompletableFuture<OcspConfig> config = client.getOcspConfig();
    // Until a cluster has answered this user, the settings are asked for alone first:
    // - a stored password gone stale costs one failed login per read, not three (by default a
    //   cluster locks a user out for 30 minutes after 5 failures in 15 minutes, which two
    //   Refreshes would have reached); a cluster counts them per user, hence the user in the key;
    // - all three at once open three connections with three full TLS handshakes; one after the
    //   other, the next request takes the first's connection and the third resumes its TLS
    //   session: 11 to 28 % less of the console's CPU for 100 distinct clusters and 18 to 34 %
    //   less of theirs (README, "The fleet").
    // Once answered, its kept-alive connections serve all three at once; a 401 (the password
    // changed meanwhile) makes the next read ask for the settings alone again.
    // The credentials' text names the user (or the certificate file), never a password.
    String key = cluster + " " + client.connection().credentials();
    boolean warm = answered.contains(key);
    CompletableFuture<OcspStatus> status =
        warm ? client.getOcspStatus() : after(config, client::getOcspStatus);
    CompletableFuture<ClusterCertificates> certificates =
        warm ? client.getClusterCertificates() : after(config, client::getClusterCertificates);
    config.whenComplete(
        (settings, failure) -> {
          if (failure == null) {
            answered.add(key);
          } else if (errorOf(failure).kind() == ApiError.Kind.UNAUTHORIZED) {
            answered.remove(key);
          }
        });
    CompletableFuture<Reading> reading =
        config
            .thenCompose(
                settings ->
                    // The extras may fail on their own (403 for a viewer, 406): a gap, not a
                    // failure.
                    CompletableFuture.allOf(quietly(status), quietly(certificates))
                        .thenApply(
                            done ->
                                new Reading(
                                    member,
                                    settings,
                                    status.getNow(null),
                                    proxyExpiry(certificates.getNow(null)),
                                    null,
                                    null,
                                    clock.instant())))
            .orTimeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    return reading.whenComplete(
        (done, failure) -> {
          // Ends whatever is still under way after a timeout: its slot goes to the next cluster.
          config.cancel(true);
          status.cancel(true);
          certificates.cancel(true);
        });
  }

  /**
   * {@code call}, sent once {@code first} has answered and only if it did; cancelling the result
   * cancels the call.
   */
  private static <T> CompletableFuture<T> after(
      CompletableFuture<?> first, Supplier<CompletableFuture<T>> call) {
    CompletableFuture<T> result = new CompletableFuture<>();
    first.whenComplete(
        (answer, failure) -> {
          if (failure != null) {
            result.completeExceptionally(failure);
          } else if (!result.isDone()) {
            CompletableFuture<T> sent = call.get();
            result.whenComplete((value, ended) -> sent.cancel(true));
            sent.whenComplete(
                (value, ended) -> {
                  if (ended != null) {
                    result.completeExceptionally(ended);
                  } else {
                    result.complete(value);
                  }
                });
          }
        });
    return result;
  }

  private static boolean unreached(ApiError error) {
    return switch (error.kind()) {
      case TIMEOUT, CONNECTION_REFUSED, UNKNOWN_HOST, CONNECTION_CLOSED -> true;
      default -> false;
    };
  }

  /** The cluster a member names, however its address is spelt: scheme, host (any case), port. */
  static String clusterOf(Member member) {
    try {
      URI uri = new URI(member.url().trim());
      if (uri.getHost() != null) {
        String scheme = uri.getScheme() == null ? "https" : uri.getScheme();
        int port = uri.getPort() != -1 ? uri.getPort() : "http".equalsIgnoreCase(scheme) ? 80 : 443;
        return (scheme + "://" + uri.getHost() + ":" + port).toLowerCase(Locale.ROOT);
      }
    } catch (URISyntaxException e) {
      // Not an address the client could use either: the read will fail on its own.
    }
    return member.url();
  }

  private static CompletableFuture<Object> quietly(CompletableFuture<?> call) {
    return call.<Object>thenApply(value -> value).exceptionally(failure -> null);
  }

  private static Instant proxyExpiry(ClusterCertificates certificates) {
    if (certificates == null || certificates.proxy().isEmpty()) {
      return null;
    }
    try {
      List<X509Certificate> chain = Pem.readCertificates(certificates.proxy().get());
      return chain.isEmpty() ? null : chain.get(0).getNotAfter().toInstant();
    } catch (CertificateException | RuntimeException e) {
      return null;
    }
  }

  private ApiError errorOf(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof TimeoutException) {
      return ApiError.transport(
          ApiError.Kind.TIMEOUT,
          "no answer within " + Durations.human(Math.max(1, timeout.toSeconds())));
    }
    if (cause instanceof ApiException api) {
      return api.error();
    }
    return ApiException.errorOf(cause);
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof java.util.concurrent.CompletionException
            || cause instanceof java.util.concurrent.ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static Reading tell(Consumer<Reading> onEach, Reading reading) {
    try {
      onEach.accept(reading);
    } catch (RuntimeException e) {
      // A listener's fault must not cost the other rows.
    }
    return reading;
  }
}
