package io.mlmeta.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.error.DataHubTransportException;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.testing.FaultInjectingGms;
import io.mlmeta.testing.FaultInjectingGms.Fault;
import io.mlmeta.urn.DatasetUrn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * close() with thousands of proposals under way: acknowledged, waiting for a retry, or waiting for an answer that
 * does not come. Every future completes at once, acknowledged (and then held by the server) or failed with a
 * transport exception saying the emitter closed; nothing handed over after close is taken silently. The runs with
 * thousands of requests in flight are unbatched ({@code asyncBatching(false)}: one request per proposal); the
 * batched mode (the default) has its own run, and the producer racing close() runs in both modes.
 */
class CloseUnderLoadTest {
  private static final int DEFAULT_IN_FLIGHT = 1_000;
  private static final int FULL_IN_FLIGHT = 10_000;

  /** Of every 10 requests: one never answered, five answered 429 with Retry-After 20 s, four accepted. */
  private static Fault plan(long n) {
    if (n % 10 == 0) {
      return Fault.HOLD;
    }
    return n % 2 == 1 ? Fault.TOO_MANY_REQUESTS : Fault.NONE;
  }

  @Test
  void unbatchedCloseWithThousandsInFlightCompletesEveryFutureAndRefusesLaterEmits() throws Exception {
    closeWithInFlight(DEFAULT_IN_FLIGHT);
  }

  @Test
  @Tag("full")
  void unbatchedCloseWithTenThousandInFlightCompletesEveryFutureAndRefusesLaterEmits() throws Exception {
    closeWithInFlight(FULL_IN_FLIGHT);
  }

  /** One request per proposal, so that the plan decides each proposal's fate: 4 in 10 acknowledged. */
  private static void closeWithInFlight(int inFlight) throws Exception {
    try (FaultInjectingGms gms = FaultInjectingGms.start(CloseUnderLoadTest::plan, 20)) {
      RestEmitter emitter = RestEmitter.create(config(gms).maxInFlight(inFlight).asyncBatching(false).build());
      List<CompletableFuture<EmitResult>> futures = new ArrayList<>(inFlight);
      for (int i = 0; i < inFlight; i++) {
        futures.add(emitter.emitAsync(proposal(i)));
      }
      long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (gms.requests() < inFlight && System.nanoTime() < waitUntil) {
        Thread.sleep(10);
      }
      assertThat(gms.requests()).as("every proposal reached the server once").isEqualTo(inFlight);

      Drained drained = closeAndDrain(emitter, futures);
      int acknowledged = drained.acknowledged;
      int closed = drained.closed;
      long closeMillis = drained.millis;

      System.out.printf("RELIABILITY close: inFlight=%d acknowledged=%d failedClosed=%d closeAndDrain=%dms%n",
          inFlight, acknowledged, closed, closeMillis);
      assertThat(acknowledged + closed).isEqualTo(inFlight);
      assertThat(acknowledged).isEqualTo(gms.distinctAccepted()).isEqualTo(inFlight * 4 / 10);
      assertThat(closeMillis).isLessThan(5_000);
      assertThatThrownBy(() -> emitter.emitAsync(proposal(-1))).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> emitter.emit(proposal(-1))).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> emitter.emitAll(List.of(proposal(-1)))).isInstanceOf(IllegalStateException.class);
      assertThat(gms.requests()).isEqualTo(inFlight);
    }
  }

  /**
   * Batched (the default), 10 proposals per request: some batches acknowledged, others waiting 20 s for a 429 retry
   * or for an answer that never comes, and proposals waiting for them in the emitter. Every future completes at
   * close, acknowledged (exactly what the server holds) or failed "closed", and nothing is sent after close.
   */
  @Test
  void batchedCloseWithBatchesUnderWayAndProposalsWaitingCompletesEveryFuture() throws Exception {
    int count = DEFAULT_IN_FLIGHT;
    try (FaultInjectingGms gms = FaultInjectingGms.start(CloseUnderLoadTest::plan, 20)) {
      RestEmitter emitter = RestEmitter.create(config(gms).maxInFlight(count).batchMaxProposals(10).build());
      List<CompletableFuture<EmitResult>> futures = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        futures.add(emitter.emitAsync(proposal(i)));
      }
      long requests = settledRequests(gms);
      assertThat(requests).as("proposals shared requests").isLessThan(count);

      Drained drained = closeAndDrain(emitter, futures);
      int acknowledged = drained.acknowledged;
      int closed = drained.closed;
      long closeMillis = drained.millis;

      System.out.printf("RELIABILITY close batched: proposals=%d requests=%d acknowledged=%d failedClosed=%d "
          + "closeAndDrain=%dms%n", count, requests, acknowledged, closed, closeMillis);
      assertThat(acknowledged + closed).isEqualTo(count);
      assertThat(acknowledged).isEqualTo(gms.distinctAccepted()).isPositive();
      assertThat(closed).isPositive();
      assertThat(closeMillis).isLessThan(5_000);
      assertThatThrownBy(() -> emitter.emitAsync(proposal(-1))).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> emitter.emit(proposal(-1))).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> emitter.emitAll(List.of(proposal(-1)))).isInstanceOf(IllegalStateException.class);
      assertThat(gms.requests()).isEqualTo(requests);
    }
  }

  /**
   * A producer racing close(): each emitAsync either returns a future that completes, or throws. The producer has
   * more proposals than the emitter can take before close in either mode: unbatched, 429s (Retry-After 20 s) fill
   * the in-flight slots; batched, they hold the 8 slots and then batchMaxProposals proposals wait.
   */
  @ParameterizedTest(name = "asyncBatching={0}")
  @ValueSource(booleans = {false, true})
  void aProducerRacingCloseGetsAFutureThatCompletesOrAnIllegalStateException(boolean asyncBatching)
      throws Exception {
    try (FaultInjectingGms gms = FaultInjectingGms.start(n -> n % 50 == 0 ? Fault.TOO_MANY_REQUESTS : Fault.NONE,
        20)) {
      RestEmitter emitter = RestEmitter.create(config(gms).maxInFlight(asyncBatching ? 8 : 64)
          .asyncBatching(asyncBatching).build());
      List<CompletableFuture<EmitResult>> futures = new ArrayList<>();
      AtomicReference<Throwable> stoppedBy = new AtomicReference<>();
      Thread producer = new Thread(() -> {
        try {
          for (int i = 0; i < 100_000; i++) {
            CompletableFuture<EmitResult> f = emitter.emitAsync(proposal(i));
            synchronized (futures) {
              futures.add(f);
            }
          }
        } catch (Throwable e) {
          stoppedBy.set(e);
        }
      });
      producer.start();
      long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (gms.distinctAccepted() < 1_000 && System.nanoTime() < waitUntil) {
        Thread.sleep(5);
      }
      assertThat(gms.distinctAccepted()).as("proposals accepted before close").isGreaterThanOrEqualTo(1_000);
      emitter.close(Duration.ofMillis(100));
      producer.join(10_000);

      assertThat(producer.isAlive()).isFalse();
      assertThat(stoppedBy.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
      int acknowledged = 0;
      synchronized (futures) {
        for (CompletableFuture<EmitResult> f : futures) {
          Throwable failure = f.handle((r, e) -> e).get(5, TimeUnit.SECONDS);
          if (failure == null) {
            acknowledged++;
          } else {
            assertThat(failure).isInstanceOf(DataHubTransportException.class).hasMessageContaining("closed");
          }
        }
      }
      assertThat(acknowledged).isEqualTo(gms.distinctAccepted());
    }
  }

  /**
   * Closes the emitter (200 ms grace) and waits for every future: each must be acknowledged or failed with a
   * transport exception saying the emitter closed.
   */
  private static Drained closeAndDrain(RestEmitter emitter, List<CompletableFuture<EmitResult>> futures)
      throws Exception {
    long closing = System.nanoTime();
    emitter.close(Duration.ofMillis(200));
    Drained drained = new Drained();
    for (CompletableFuture<EmitResult> future : futures) {
      try {
        assertThat(future.get(5, TimeUnit.SECONDS).isAcknowledged()).isTrue();
        drained.acknowledged++;
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(DataHubTransportException.class).hasMessageContaining("closed");
        drained.closed++;
      }
    }
    drained.millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closing);
    return drained;
  }

  /** How the futures ended after close, and how long closing and draining took. */
  private static final class Drained {
    int acknowledged;
    int closed;
    long millis;
  }

  /** The requests the server has seen once none came for 500 ms (at most 30 s of waiting). */
  private static long settledRequests(FaultInjectingGms gms) throws InterruptedException {
    long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    long seen = gms.requests();
    while (System.nanoTime() < waitUntil) {
      Thread.sleep(500);
      long now = gms.requests();
      if (now == seen && now > 0) {
        return now;
      }
      seen = now;
    }
    throw new AssertionError("requests kept coming for 30 s");
  }

  private static ConnectionConfig.Builder config(FaultInjectingGms gms) {
    return ConnectionConfig.builder().server(gms.url()).deadline(Duration.ofSeconds(60))
        .readTimeout(Duration.ofSeconds(60));
  }

  private static MetadataChangeProposal proposal(int seq) {
    return MetadataChangeProposal.upsert(DatasetUrn.of("hive", "close" + (seq % 100)), Status.of(false))
        .withSystemMetadata(SystemMetadata.builder().runId("seq-" + seq).build());
  }
}
