package org.ocspconsole.session;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ocspconsole.api.ApiError;

/**
 * What the cluster's 403 answers proved this user may not do, so that actions that cannot work are
 * disabled with the missing permission named instead of failing again. Only proofs count: a
 * permission is missing when the cluster refused it, or one that a role without it never lacks.
 */
public final class Permissions {
  /** All four belong to the admin role alone (the REST API's permission list): one missing, all. */
  static final Set<String> OCSP =
      Set.of("view_ocsp_config", "config_ocsp", "view_ocsp_status", "test_ocsp_status");

  private final Set<String> refused = ConcurrentHashMap.newKeySet();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  /** Learns from a failed call: a 403 names the permission it lacked. */
  public void learn(ApiError error) {
    if (error.kind() == ApiError.Kind.FORBIDDEN
        && error.permission() != null
        && refused.add(error.permission())) {
      listeners.forEach(Runnable::run);
    }
  }

  /** Called, on the thread that learnt it, whenever a new refusal is known. */
  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  /**
   * Why an action needing {@code permission} cannot work for this user, or empty while nothing
   * proves it.
   */
  public Optional<String> missing(String permission) {
    if (refused.contains(permission)) {
      return Optional.of(
          "This user lacks the "
              + permission
              + " permission: the cluster refused it (403)"
              + (OCSP.contains(permission) ? "; only the admin role has it." : "."));
    }
    if (OCSP.contains(permission)) {
      Optional<String> other = refused.stream().filter(OCSP::contains).sorted().findFirst();
      if (other.isPresent()) {
        return Optional.of(
            "This user lacks the "
                + permission
                + " permission, which only the admin role has: the cluster refused it "
                + other.get()
                + " (403), another permission only admins have.");
      }
    }
    // Roles without view_cluster_info (none, db_viewer, db_member) cannot change the cluster.
    if (permission.equals("update_cluster") && refused.contains("view_cluster_info")) {
      return Optional.of(
          "This user lacks the update_cluster permission: the cluster refused it even"
              + " view_cluster_info (403), which every role that may change the cluster has.");
    }
    return Optional.empty();
  }
}
