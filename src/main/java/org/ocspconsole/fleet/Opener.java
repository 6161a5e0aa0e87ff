package org.ocspconsole.fleet;

import java.util.concurrent.CompletableFuture;
import org.ocspconsole.api.ClusterClient;

/**
 * Gives the client for one member: from a remembered password, or after asking for one. Asking may
 * take as long as the user likes, so the engine calls this before taking one of its bounded slots
 * and starts the per-cluster timeout only once the client is there. The opener owns the clients it
 * returns (and closes them, wiping their passwords, when the fleet is done with).
 */
@FunctionalInterface
public interface Opener {
  CompletableFuture<ClusterClient> open(Member member);
}
