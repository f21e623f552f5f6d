package io.mlmeta.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PendingWorkTest {
  private final PendingWork pending = new PendingWork();

  @Test
  void awaitWaitsForWorkThatBecomesPendingWhileItWaits() throws Exception {
    CompletableFuture<String> first = pending.track(new CompletableFuture<>(), IllegalStateException::new);
    CompletableFuture<String> late = new CompletableFuture<>();
    CountDownLatch lateTracked = new CountDownLatch(1);
    Thread worker = new Thread(() -> {
      sleep(100); // await() is under way by now, waiting for the first
      pending.track(late, IllegalStateException::new);
      lateTracked.countDown();
      first.complete("first");
      sleep(300);
      late.complete("late");
    });

    worker.start();
    boolean done = pending.await(Duration.ofSeconds(5));

    assertThat(lateTracked.await(0, TimeUnit.SECONDS)).isTrue();
    assertThat(done).isTrue();
    assertThat(late).isCompletedWithValue("late");
    worker.join();
  }

  @Test
  void awaitGivesUpAtTheLimitAndFailAllFailsWhatIsLeft() throws Exception {
    CompletableFuture<String> never = pending.track(new CompletableFuture<>(), () -> new IllegalStateException("x"));

    long start = System.nanoTime();
    assertThat(pending.await(Duration.ofMillis(100))).isFalse();
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(100));

    pending.failAll();
    assertThat(never).isCompletedExceptionally();
    assertThat(pending.size()).isZero();
  }

  @Test
  void awaitReturnsAtOnceWhenNothingIsPending() throws Exception {
    pending.track(CompletableFuture.completedFuture("done"), IllegalStateException::new);

    assertThat(pending.await(Duration.ZERO)).isTrue();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
