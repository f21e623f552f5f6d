package io.mlmeta.internal.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** The futures an emitter has handed out and not yet completed, for flush() and close(). */
public final class PendingWork {
  private final Map<CompletableFuture<?>, Supplier<? extends Throwable>> pending = new ConcurrentHashMap<>();

  /** Tracks {@code future} until it completes; {@code onClose} makes its failure if the emitter closes first. */
  public <T> CompletableFuture<T> track(CompletableFuture<T> future, Supplier<? extends Throwable> onClose) {
    pending.put(future, onClose);
    future.whenComplete((r, e) -> pending.remove(future));
    return future;
  }

  /** How many futures are pending. */
  public int size() {
    return pending.size();
  }

  /** A future completing when every future pending now has completed, failed ones included. */
  public CompletableFuture<Void> whenAllDone() {
    CompletableFuture<?>[] snapshot = pending.keySet().toArray(new CompletableFuture<?>[0]);
    return CompletableFuture.allOf(snapshot).handle((r, e) -> null);
  }

  /**
   * Waits at most {@code max} until nothing is pending, work that becomes pending meanwhile included (a caller that
   * was already inside an emit when close() began); returns whether everything was done in time.
   */
  public boolean await(Duration max) throws InterruptedException {
    long end = System.nanoTime() + max.toNanos();
    for (CompletableFuture<?>[] open = undone(); open.length > 0; open = undone()) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      try {
        CompletableFuture.allOf(open).handle((r, e) -> null).get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        return false;
      } catch (ExecutionException e) {
        throw new AssertionError("handle() never fails", e);
      }
    }
    return true;
  }

  private CompletableFuture<?>[] undone() {
    return pending.keySet().stream().filter(f -> !f.isDone()).toArray(CompletableFuture<?>[]::new);
  }

  /** Fails every pending future with its close failure. */
  public void failAll() {
    for (Map.Entry<CompletableFuture<?>, Supplier<? extends Throwable>> e : new ArrayList<>(pending.entrySet())) {
      e.getKey().completeExceptionally(e.getValue().get());
    }
  }
}
