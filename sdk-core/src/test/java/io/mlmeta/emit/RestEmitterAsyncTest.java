package io.mlmeta.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.config.Backpressure;
import io.mlmeta.error.DataHubTransportException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * emitAsync's in-flight bound, flush() and close() with work pending. The tests about one request per proposal set
 * {@code asyncBatching(false)}; those about what holds in both modes run with asyncBatching true (the default) and
 * false. The batched mode's own behaviour is in {@link RestEmitterAsyncBatchingTest}.
 */
class RestEmitterAsyncTest extends MockGmsTest {
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseBlockedRequests() {
    release.countDown();
  }

  @Test
  void unbatchedThousandProposalsAreOneRequestEachAndNeverExceedTheInFlightBound() {
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger maxSeen = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        maxSeen.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
        Thread.sleep(1);
        concurrent.decrementAndGet();
        return MockGms.ok();
      }
    });
    List<CompletableFuture<EmitResult>> futures = new ArrayList<>();
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).maxInFlight(4).asyncBatching(false)
        .build())) {
      for (int i = 0; i < 1000; i++) {
        futures.add(emitter.emitAsync(MockGms.status("m" + i)));
      }
      emitter.flush();

      assertThat(futures).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
    }
    assertThat(server.getRequestCount()).isEqualTo(1000);
    assertThat(maxSeen.get()).isBetween(1, 4);
  }

  /** Unbatched, REJECT applies at maxInFlight requests (batched: once batchMaxProposals wait, see the other test). */
  @Test
  void unbatchedRejectingBackpressureThrowsAtMaxInFlight() throws Exception {
    server.setDispatcher(blockingDispatcher());
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).maxInFlight(2)
        .backpressure(Backpressure.REJECT).asyncBatching(false).build())) {
      emitter.emitAsync(MockGms.status("a"));
      emitter.emitAsync(MockGms.status("b"));

      assertThatThrownBy(() -> emitter.emitAsync(MockGms.status("c")))
          .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("maxInFlight");
      release.countDown();
    }
  }

  @ParameterizedTest(name = "asyncBatching={0}")
  @ValueSource(booleans = {true, false})
  void flushWaitsForEveryPendingProposal(boolean asyncBatching) {
    server.setDispatcher(MockGms.answeringAfter(50));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).asyncBatching(asyncBatching).build())) {
      CompletableFuture<EmitResult> a = emitter.emitAsync(MockGms.status("a"));
      CompletableFuture<EmitResult> b = emitter.emitAsync(MockGms.status("b"));

      emitter.flush();

      assertThat(a).isCompleted();
      assertThat(b).isCompleted();
    }
  }

  @ParameterizedTest(name = "asyncBatching={0}")
  @ValueSource(booleans = {true, false})
  void closeFailsWhatIsStillPendingAndLaterEmitsThrow(boolean asyncBatching) throws Exception {
    server.setDispatcher(blockingDispatcher());
    RestEmitter emitter = RestEmitter.create(MockGms.config(server).deadline(Duration.ofSeconds(30))
        .asyncBatching(asyncBatching).build());
    List<CompletableFuture<EmitResult>> futures = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      futures.add(emitter.emitAsync(MockGms.status("p" + i)));
    }

    emitter.close(Duration.ofMillis(100));

    for (CompletableFuture<EmitResult> f : futures) {
      Throwable failure = f.handle((r, e) -> e).get(1, TimeUnit.SECONDS);
      assertThat(failure).isInstanceOf(DataHubTransportException.class).hasMessageContaining("closed");
    }
    assertThatThrownBy(() -> emitter.emit(MockGms.status("late"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> emitter.emitAsync(MockGms.status("late"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> emitter.emitAll(List.of(MockGms.status("late"))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(emitter::testConnection).isInstanceOf(IllegalStateException.class);
    emitter.close();
  }

  @ParameterizedTest(name = "asyncBatching={0}")
  @ValueSource(booleans = {true, false})
  void closeEndsARetryWaitingForItsBackoff(boolean asyncBatching) throws Exception {
    server.enqueue(MockGms.status(503, MockGms.restliError(503, "busy")).setHeader("Retry-After", "20"));
    RestEmitter emitter = RestEmitter.create(MockGms.config(server).deadline(Duration.ofSeconds(30))
        .asyncBatching(asyncBatching).build());
    CompletableFuture<EmitResult> future = emitter.emitAsync(MockGms.status("a"));
    MockGms.take(server);

    emitter.close(Duration.ofMillis(100));

    assertThat(future.handle((r, e) -> e).get(1, TimeUnit.SECONDS))
        .isInstanceOf(DataHubTransportException.class).hasMessageContaining("closed");
  }

  @ParameterizedTest(name = "asyncBatching={0}")
  @ValueSource(booleans = {true, false})
  void closeWaitsForWorkThatFinishesInTime(boolean asyncBatching) {
    server.setDispatcher(MockGms.answeringAfter(100));
    RestEmitter emitter = RestEmitter.create(MockGms.config(server).asyncBatching(asyncBatching).build());
    CompletableFuture<EmitResult> future = emitter.emitAsync(MockGms.status("a"));

    emitter.close();

    assertThat(future.join().isAcknowledged()).isTrue();
  }

  /** Regression: with asyncBatching, a proposal above maxProposalBytes was queued and sent instead of refused. */
  @ParameterizedTest(name = "asyncBatching={0}")
  @ValueSource(booleans = {true, false})
  void aProposalAboveMaxProposalBytesIsRefusedBeforeAnythingIsSent(boolean asyncBatching) {
    server.setDispatcher(MockGms.answeringAfter(0));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).maxProposalBytes(100)
        .asyncBatching(asyncBatching).build())) {
      assertThatThrownBy(() -> emitter.emitAsync(MockGms.status("too-big")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above maxProposalBytes 100");
      emitter.flush();
    }
    assertThat(server.getRequestCount()).isZero();
  }

  private Dispatcher blockingDispatcher() {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        release.await(5, TimeUnit.SECONDS);
        return MockGms.ok();
      }
    };
  }
}
