package org.ocspconsole.api;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit and fails beyond it, so that a hostile or broken server
 * cannot make the console buffer an unbounded answer.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long limit) {
      super("answer larger than " + limit + " bytes");
    }
  }

  private final long limit;
  private final List<byte[]> chunks = new ArrayList<>();
  private long size;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  private BoundedBody(long limit) {
    this.limit = limit;
  }

  static HttpResponse.BodyHandler<byte[]> handler(long limit) {
    return info -> new BoundedBody(limit);
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    this.subscription = s;
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      if (size + item.remaining() > limit) {
        subscription.cancel();
        wipe();
        result.completeExceptionally(new TooLargeException(limit));
        return;
      }
      byte[] bytes = new byte[item.remaining()];
      item.get(bytes);
      chunks.add(bytes);
      size += bytes.length;
    }
  }

  @Override
  public void onError(Throwable throwable) {
    wipe();
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    byte[] body = new byte[(int) size];
    int at = 0;
    for (byte[] chunk : chunks) {
      System.arraycopy(chunk, 0, body, at, chunk.length);
      at += chunk.length;
    }
    wipe();
    result.complete(body);
  }

  /** The answer can hold secrets: one copy (the caller's, wiped after reading) is enough. */
  private void wipe() {
    chunks.forEach(chunk -> Arrays.fill(chunk, (byte) 0));
    chunks.clear();
  }
}
