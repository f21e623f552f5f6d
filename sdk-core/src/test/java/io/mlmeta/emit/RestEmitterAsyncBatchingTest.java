package io.mlmeta.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.config.Backpressure;
import io.mlmeta.error.DataHubTransportException;
import io.mlmeta.error.DataHubValidationException;
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

/**
 * emitAsync with asyncBatching, the default: waiting proposals share batch requests, each keeps its own result. The
 * tests named "byDefault" use the default config; the others set {@code asyncBatching(true)} explicitly.
 */
class RestEmitterAsyncBatchingTest extends MockGmsTest {
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseBlockedRequests() {
    release.countDown();
  }

  @Test
  void byDefaultFiftyProposalsToASlowServerShareRequestsAndAllAreAcknowledged() {
    AtomicInteger proposals = new AtomicInteger();
    AtomicInteger batchRequests = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getPath().endsWith("action=ingestProposalBatch")) {
          batchRequests.incrementAndGet();
          proposals.addAndGet(MockGms.body(request).get("proposals").size());
        } else {
          proposals.incrementAndGet();
        }
        Thread.sleep(100);
        return MockGms.ok();
      }
    });
    List<CompletableFuture<EmitResult>> futures = new ArrayList<>();
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      for (int i = 0; i < 50; i++) {
        futures.add(emitter.emitAsync(MockGms.status("slow" + i)));
      }
      emitter.flush();

      for (CompletableFuture<EmitResult> f : futures) {
        assertThat(f).isCompleted();
        assertThat(f.join().isAcknowledged()).isTrue();
      }
    }
    assertThat(proposals.get()).isEqualTo(50);
    assertThat(batchRequests.get()).isPositive();
    assertThat(server.getRequestCount()).isLessThan(50);
  }

  @Test
  void byDefaultARequestWaitingToRetryDoesNotHoldBackLaterProposals() {
    AtomicInteger answered = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (answered.getAndIncrement() == 0) {
          return new MockResponse().setResponseCode(503).setHeader("Retry-After", "2");
        }
        return MockGms.ok();
      }
    });
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      CompletableFuture<EmitResult> first = emitter.emitAsync(MockGms.status("retried"));
      long start = System.nanoTime();
      List<CompletableFuture<EmitResult>> later = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        later.add(emitter.emitAsync(MockGms.status("later" + i)));
      }

      CompletableFuture.allOf(later.toArray(new CompletableFuture<?>[0])).join();
      long laterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      assertThat(later).allMatch(f -> f.join().isAcknowledged());
      assertThat(laterMillis).as("later proposals waited for the 2 s Retry-After of another request").isLessThan(1000);
      assertThat(first).isNotDone();
      assertThat(first.join().attempts()).isEqualTo(2);
    }
  }

  @Test
  void byDefaultALoneProposalOnAnIdleEmitterGoesAtOnceAsOneIngestProposal() throws Exception {
    server.setDispatcher(blockingDispatcher());
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      CompletableFuture<EmitResult> future = emitter.emitAsync(MockGms.status("alone"));

      RecordedRequest request = MockGms.take(server);
      assertThat(future).as("sent before anything finished or was added").isNotDone();
      assertThat(request.getPath()).endsWith("action=ingestProposal");
      JsonNode body = MockGms.body(request);
      assertThat(body.has("proposals")).isFalse();
      assertThat(body.get("proposal").get("entityUrn").asText()).isEqualTo(MockGms.dataset("alone").toString());
      release.countDown();
      assertThat(future.get(5, TimeUnit.SECONDS).isAcknowledged()).isTrue();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void waitingProposalsShareBatchRequestsWithinTheInFlightBoundAndAllLand() {
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger maxSeen = new AtomicInteger();
    AtomicInteger proposals = new AtomicInteger();
    AtomicInteger batchRequests = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        maxSeen.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
        JsonNode body = MockGms.body(request);
        if (request.getPath().endsWith("ingestProposalBatch")) {
          batchRequests.incrementAndGet();
          proposals.addAndGet(body.get("proposals").size());
        } else {
          proposals.incrementAndGet();
        }
        Thread.sleep(2);
        concurrent.decrementAndGet();
        return MockGms.ok();
      }
    });
    List<CompletableFuture<EmitResult>> futures = new ArrayList<>();
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).maxInFlight(2).asyncBatching(true)
        .batchMaxProposals(50).build())) {
      for (int i = 0; i < 1000; i++) {
        futures.add(emitter.emitAsync(MockGms.status("m" + i)));
      }
      emitter.flush();

      assertThat(futures).allMatch(f -> f.isDone() && f.join().isAcknowledged());
    }
    assertThat(proposals.get()).isEqualTo(1000);
    assertThat(batchRequests.get()).isPositive();
    assertThat(server.getRequestCount()).isLessThan(1000).isGreaterThanOrEqualTo(1000 / 50);
    assertThat(maxSeen.get()).isBetween(1, 2);
  }

  @Test
  void aProposalEmittedWhileASlotIsFreeGoesAloneAndAtOnce() throws Exception {
    server.setDispatcher(MockGms.answeringAfter(0));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).asyncBatching(true).build())) {
      EmitResult result = emitter.emitAsync(MockGms.status("alone")).get(5, TimeUnit.SECONDS);

      assertThat(result.isAcknowledged()).isTrue();
      RecordedRequest request = MockGms.take(server);
      assertThat(request.getPath()).endsWith("action=ingestProposal");
      assertThat(MockGms.body(request).get("proposal").get("entityUrn").asText()).contains("alone");
    }
  }

  @Test
  void aRefusedProposalInASharedBatchFailsAloneAndTheOthersLand() throws Exception {
    CountDownLatch firstArrived = new CountDownLatch(1);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String body = request.getBody().readUtf8();
        if (body.contains("blocker")) {
          firstArrived.countDown();
          release.await(5, TimeUnit.SECONDS);
          return MockGms.ok();
        }
        return body.contains("bad") ? MockGms.status(422, MockGms.restliError(422, "bad aspect")) : MockGms.ok();
      }
    });
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).maxInFlight(1).asyncBatching(true)
        .build())) {
      CompletableFuture<EmitResult> blocker = emitter.emitAsync(MockGms.status("blocker"));
      assertThat(firstArrived.await(5, TimeUnit.SECONDS)).isTrue();
      List<CompletableFuture<EmitResult>> waiting = new ArrayList<>();
      for (String name : List.of("a", "b", "bad", "c", "d")) {
        waiting.add(emitter.emitAsync(MockGms.status(name)));
      }
      release.countDown();
      emitter.flush();

      assertThat(blocker.join().isAcknowledged()).isTrue();
      for (int i = 0; i < waiting.size(); i++) {
        CompletableFuture<EmitResult> f = waiting.get(i);
        if (i == 2) {
          assertThat(f.handle((r, e) -> e).join()).isInstanceOf(DataHubValidationException.class)
              .hasMessageContaining("bad aspect")
              .satisfies(e -> assertThat(((DataHubValidationException) e).urn())
                  .hasValue(MockGms.dataset("bad").toString()))
              .satisfies(e -> assertThat(((DataHubValidationException) e).aspectName()).hasValue("status"));
        } else {
          assertThat(f.join().isAcknowledged()).isTrue();
        }
      }
    }
  }

  @Test
  void rejectingBackpressureThrowsOnceBatchMaxProposalsWait() throws Exception {
    server.setDispatcher(blockingDispatcher());
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).maxInFlight(1).asyncBatching(true)
        .batchMaxProposals(3).backpressure(Backpressure.REJECT).build())) {
      emitter.emitAsync(MockGms.status("in-flight"));
      for (int i = 0; i < 3; i++) {
        emitter.emitAsync(MockGms.status("waiting" + i));
      }

      assertThatThrownBy(() -> emitter.emitAsync(MockGms.status("one too many")))
          .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("maxInFlight");
      release.countDown();
    }
  }

  @Test
  void closeFailsWaitingProposalsAndWakesABlockedCaller() throws Exception {
    server.setDispatcher(blockingDispatcher());
    RestEmitter emitter = RestEmitter.create(MockGms.config(server).maxInFlight(1).asyncBatching(true)
        .batchMaxProposals(2).deadline(Duration.ofSeconds(30)).build());
    List<CompletableFuture<EmitResult>> futures = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      futures.add(emitter.emitAsync(MockGms.status("p" + i)));
    }
    CompletableFuture<Throwable> blocked = CompletableFuture.supplyAsync(() -> {
      try {
        emitter.emitAsync(MockGms.status("blocked"));
        return null;
      } catch (RuntimeException e) {
        return e;
      }
    });
    Thread.sleep(100);
    assertThat(blocked).isNotDone();

    emitter.close(Duration.ofMillis(100));

    for (CompletableFuture<EmitResult> f : futures) {
      assertThat(f.handle((r, e) -> e).get(1, TimeUnit.SECONDS))
          .isInstanceOf(DataHubTransportException.class).hasMessageContaining("closed");
    }
    assertThat(blocked.get(1, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aProposalWaitingWhileEmitAllHoldsEverySlotGoesWhenEmitAllFrees() throws Exception {
    CountDownLatch batchArrived = new CountDownLatch(1);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getPath().endsWith("ingestProposalBatch")) {
          batchArrived.countDown();
          release.await(5, TimeUnit.SECONDS);
        }
        return MockGms.ok();
      }
    });
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).maxInFlight(1).asyncBatching(true)
        .build())) {
      CompletableFuture<List<EmitResult>> all = CompletableFuture.supplyAsync(
          () -> emitter.emitAll(List.of(MockGms.status("x"), MockGms.status("y"))));
      assertThat(batchArrived.await(5, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<EmitResult> waiting = emitter.emitAsync(MockGms.status("z"));
      Thread.sleep(50);
      assertThat(waiting).isNotDone();

      release.countDown();

      assertThat(all.get(5, TimeUnit.SECONDS)).allMatch(EmitResult::isAcknowledged);
      assertThat(waiting.get(5, TimeUnit.SECONDS).isAcknowledged()).isTrue();
    }
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
