package org.ocspconsole.connection;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.ocspconsole.api.ApiError;
import org.ocspconsole.api.ApiException;
import org.ocspconsole.api.ClientPool;
import org.ocspconsole.api.ClusterClient;
import org.ocspconsole.api.ClusterConnection;
import org.ocspconsole.api.Credentials;
import org.ocspconsole.fleet.Member;
import org.ocspconsole.fleet.Opener;
import org.ocspconsole.platform.LimitedExecutor;
import org.ocspconsole.profiles.CredentialStore;
import org.ocspconsole.profiles.Profile;

/**
 * Saved profiles as fleet members: the password comes from the credential store, or is asked once
 * per profile, one dialog at a time, while the other rows go on loading. A certificate that is not
 * trusted is reported on its row; no trust decision is made from the fleet (open the cluster for
 * that). Clients are kept for the fleet window's life and closed, passwords wiped, with it.
 */
public final class FleetOpener implements Opener, AutoCloseable {
  private final Map<String, Profile> profiles = new LinkedHashMap<>();
  private final ConnectPrompts prompts;
  private final Supplier<CompletableFuture<Optional<CredentialStore>>> store;
  private final Executor fx;
  // Where the store is read and clients are built: a fleet hands over every profile at once, and
  // as many lanes as cores build them in the profiles' order instead of a thread for each.
  private final Executor opening;
  private final Map<String, CompletableFuture<ClusterClient>> clients = new HashMap<>();
  // Profiles on one cluster share its TLS context and kept-alive connections; the handshakes of
  // all clusters run on the cores but one, which stays the FX thread's, the first-built cluster's
  // first.
  private final ClientPool pool;
  private final Set<String> askNext = new HashSet<>();
  private CompletableFuture<?> prompting = CompletableFuture.completedFuture(null);

  public FleetOpener(
      List<Profile> saved,
      ConnectPrompts prompts,
      Supplier<CompletableFuture<Optional<CredentialStore>>> store,
      Executor fx,
      Executor worker) {
    saved.forEach(profile -> profiles.put(profile.id(), profile));
    this.prompts = prompts;
    this.store = store;
    this.fx = fx;
    this.opening = LimitedExecutor.perCore(worker);
    this.pool = new ClientPool(LimitedExecutor.leavingACore(worker)::ranked);
  }

  public List<Member> members() {
    return profiles.values().stream().map(p -> new Member(p.id(), p.name(), p.url())).toList();
  }

  /** The saved profile behind a member, to open its full page. */
  public Optional<Profile> profile(Member member) {
    return Optional.ofNullable(profiles.get(member.id()));
  }

  @Override
  public synchronized CompletableFuture<ClusterClient> open(Member member) {
    CompletableFuture<ClusterClient> known = clients.get(member.id());
    if (known != null) {
      return known; // a refused or cancelled sign-in is not asked again until Sign in
    }
    Profile profile = profiles.get(member.id());
    if (profile == null) {
      return CompletableFuture.failedFuture(
          new ApiException(ApiError.transport(ApiError.Kind.LOCAL, "No such profile.")));
    }
    boolean ask = askNext.remove(member.id());
    CompletableFuture<ClusterClient> opened =
        (ask ? CompletableFuture.completedFuture(Optional.<char[]>empty()) : remembered(profile))
            .thenCompose(found -> found.isPresent() ? done(found) : asked(profile))
            .thenApplyAsync(secret -> client(profile, secret), opening);
    clients.put(member.id(), opened);
    return opened;
  }

  /**
   * Forgets the member's client (after a 401, say): the next {@link #open} asks for the password
   * instead of trying the remembered one again.
   */
  public synchronized void signInAgain(Member member) {
    CompletableFuture<ClusterClient> known = clients.remove(member.id());
    if (known != null) {
      known.thenAccept(ClusterClient::close);
    }
    askNext.add(member.id());
  }

  @Override
  public synchronized void close() {
    clients.values().forEach(client -> client.thenAccept(ClusterClient::close));
    clients.clear();
    pool.clear();
  }

  private CompletableFuture<Optional<char[]>> remembered(Profile profile) {
    return store
        .get()
        .exceptionally(failure -> Optional.empty())
        .thenCompose(
            found -> new RememberedPasswords(found, opening).read(profile.credentialKey()));
  }

  private static CompletableFuture<char[]> done(Optional<char[]> found) {
    return CompletableFuture.completedFuture(found.get());
  }

  /** One dialog at a time, on the FX thread; the table keeps filling meanwhile. */
  private synchronized CompletableFuture<char[]> asked(Profile profile) {
    CompletableFuture<char[]> answer =
        prompting
            .handle((previous, failure) -> null)
            .thenComposeAsync(
                ignored ->
                    prompts
                        .password(profile.login(), "for the fleet view: " + profile.name(), null)
                        .toCompletableFuture(),
                fx)
            .thenApply(
                typed -> {
                  if (typed == null || typed.isEmpty()) {
                    throw new CompletionException(
                        new ApiException(
                            ApiError.transport(
                                ApiError.Kind.UNAUTHORIZED,
                                "No password given: choose Sign in to ask again.")));
                  }
                  return typed.get().value();
                });
    prompting = answer;
    return answer;
  }

  private ClusterClient client(Profile profile, char[] secret) {
    try {
      Credentials credentials =
          profile.auth() == Profile.Auth.CLIENT_CERTIFICATE
              ? new Credentials.ClientCertificate(
                  java.nio.file.Path.of(profile.clientCertificate()), secret)
              : new Credentials.Basic(profile.user(), secret);
      return pool.create(
          ClusterConnection.of(profile.baseUri(), credentials, profile.trustSettings()));
    } catch (ApiException e) {
      throw new CompletionException(e);
    } catch (RuntimeException e) {
      throw new CompletionException(
          new ApiException(ApiError.transport(ApiError.Kind.LOCAL, e.getMessage())));
    } finally {
      Arrays.fill(secret, '\0');
    }
  }
}
