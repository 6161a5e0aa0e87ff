package org.ocspconsole.connection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.ocspconsole.api.ApiError;

/** Scripted answers, and a record of what was asked. */
final class FakePrompts implements ConnectPrompts {
  final Deque<Optional<Secret>> passwords = new ArrayDeque<>();
  final Deque<TrustDecision> trust = new ArrayDeque<>();
  boolean acceptNewPin;
  boolean confirmNewPin;
  final List<String> repinConfirmations = new ArrayList<>();
  final List<String> passwordReasons = new ArrayList<>();
  final List<String> rememberOffers = new ArrayList<>();
  final List<ApiError> untrusted = new ArrayList<>();
  final List<Boolean> hostMatches = new ArrayList<>();
  final List<ApiError> pinChanges = new ArrayList<>();

  FakePrompts password(String value, boolean remember) {
    passwords.add(Optional.of(new Secret(value.toCharArray(), remember)));
    return this;
  }

  @Override
  public CompletionStage<Optional<Secret>> password(
      String login, String reason, String rememberIn) {
    passwordReasons.add(reason);
    rememberOffers.add(rememberIn);
    return CompletableFuture.completedFuture(
        passwords.isEmpty() ? Optional.empty() : passwords.poll());
  }

  @Override
  public CompletionStage<TrustDecision> untrusted(String host, ApiError error, boolean matches) {
    untrusted.add(error);
    hostMatches.add(matches);
    return CompletableFuture.completedFuture(
        trust.isEmpty() ? new TrustDecision.Refuse() : trust.poll());
  }

  @Override
  public CompletionStage<Boolean> pinChanged(String host, ApiError error, boolean matches) {
    pinChanges.add(error);
    hostMatches.add(matches);
    return CompletableFuture.completedFuture(acceptNewPin);
  }

  @Override
  public CompletionStage<Boolean> confirmRepin(String host, String pinned, String presented) {
    repinConfirmations.add(pinned + " -> " + presented);
    return CompletableFuture.completedFuture(confirmNewPin);
  }

  /** A flow that runs every step on the calling thread and asks these prompts. */
  ConnectFlow directFlow(Optional<org.ocspconsole.profiles.CredentialStore> store) {
    return new ConnectFlow(
        org.ocspconsole.fx.FxThread.DIRECT,
        Runnable::run,
        this,
        () -> CompletableFuture.completedFuture(store));
  }
}
