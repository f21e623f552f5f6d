package io.mlmeta.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.error.DataHubException;
import io.mlmeta.error.DataHubServerException;
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
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Delivery under injected faults (see {@link FaultInjectingGms#standardPlan}: 5% 503, 1% 429 with Retry-After 1 s,
 * 1% connections reset without an answer): every proposal ends acknowledged or failed, the server holds exactly
 * the acknowledged ones, the attempts the SDK reports are the requests the server saw, and no future is left
 * incomplete. emitAsync runs in both modes: one request per proposal ({@code asyncBatching(false)}) and batched
 * (the default), where a batch's attempts count for each of its proposals. The full-size runs (100,000 proposals)
 * are tagged {@code full}: {@code mvn -Preliability-full}.
 */
class FaultInjectionTest {
  private static final int DEFAULT_MCPS = 5_000;
  private static final int FULL_MCPS = 100_000;
  private static final int BATCH_SIZE = 10;

  @ParameterizedTest(name = "asyncBatching={0}")
  @ValueSource(booleans = {false, true})
  void asyncEmitsUnderFaultsAllEndAndTheServerHoldsExactlyTheAcknowledged(boolean asyncBatching) throws Exception {
    runAsync(DEFAULT_MCPS, Duration.ofSeconds(60), asyncBatching);
  }

  @Test
  void batchesUnderFaultsAllEndAndTheServerHoldsExactlyTheAcknowledged() {
    runBatches(DEFAULT_MCPS, Duration.ofSeconds(60));
  }

  @ParameterizedTest(name = "asyncBatching={0}")
  @ValueSource(booleans = {false, true})
  @Tag("full")
  void asyncEmitsUnderFaultsFullSize(boolean asyncBatching) throws Exception {
    runAsync(FULL_MCPS, Duration.ofMinutes(10), asyncBatching);
  }

  @Test
  @Tag("full")
  void batchesUnderFaultsFullSize() {
    runBatches(FULL_MCPS, Duration.ofMinutes(10));
  }

  @Test
  void aLostAcknowledgementIsRetriedAndTheServerSeesTheProposalTwice() {
    try (FaultInjectingGms gms = FaultInjectingGms.start(n -> n == 1 ? Fault.ACCEPT_THEN_RESET : Fault.NONE, 0);
        RestEmitter emitter = RestEmitter.create(config(gms).build())) {
      EmitResult result = emitter.emit(proposal(1));

      assertThat(result.attempts()).isEqualTo(2);
      assertThat(gms.distinctAccepted()).isEqualTo(1);
      assertThat(gms.duplicates()).isEqualTo(1);
    }
  }

  /**
   * The one case where the server holds a proposal the SDK did not acknowledge: it was accepted, the answer was
   * lost, and no retry was left. The failure says the outcome is unknown.
   */
  @Test
  void aLostAcknowledgementWithNoRetryLeftIsReportedAsPossiblyApplied() {
    try (FaultInjectingGms gms = FaultInjectingGms.start(n -> Fault.ACCEPT_THEN_RESET, 0);
        RestEmitter emitter = RestEmitter.create(config(gms).retryPolicy(RetryPolicy.none()).build())) {
      CompletableFuture<EmitResult> future = emitter.emitAsync(proposal(1));
      Throwable failure = future.handle((r, e) -> e).join();

      assertThat(failure).isInstanceOf(DataHubTransportException.class)
          .hasMessageContaining("may have been applied");
      assertThat(((DataHubTransportException) failure).attempts()).isEqualTo(1);
      assertThat(gms.requests()).isEqualTo(1);
      assertThat(gms.distinctAccepted()).isEqualTo(1);
    }
  }

  /**
   * Regression: OkHttp repeated a request by itself when a reused connection failed, behind the retry policy, so
   * that {@code RetryPolicy.none()} sent a landed proposal twice and reported one attempt.
   */
  @Test
  void aResetOnAReusedConnectionIsNotRepeatedBehindTheRetryPolicy() {
    try (FaultInjectingGms gms = FaultInjectingGms.start(n -> n == 2 ? Fault.ACCEPT_THEN_RESET : Fault.NONE, 0);
        RestEmitter emitter = RestEmitter.create(config(gms).retryPolicy(RetryPolicy.none()).build())) {
      emitter.emit(proposal(1));
      Throwable failure = emitter.emitAsync(proposal(2)).handle((r, e) -> e).join();

      assertThat(failure).isInstanceOf(DataHubTransportException.class);
      assertThat(gms.requests()).isEqualTo(2);
      assertThat(gms.duplicates()).isZero();
    }
  }

  /**
   * Batched, at most {@value #BATCH_SIZE} proposals per request (as in the emitAll run), so that the run makes
   * enough requests to meet every kind of fault: with the default 200, 5,000 proposals take about 50 requests.
   */
  private static void runAsync(int count, Duration deadline, boolean asyncBatching) throws Exception {
    try (FaultInjectingGms gms = FaultInjectingGms.start(FaultInjectingGms::standardPlan, 1)) {
      long start = System.nanoTime();
      long end = start + deadline.toNanos();
      int acknowledged = 0;
      int failed = 0;
      long attempts = 0;
      ConnectionConfig.Builder config = config(gms).asyncBatching(asyncBatching);
      if (asyncBatching) {
        config.batchMaxProposals(BATCH_SIZE);
      }
      try (RestEmitter emitter = RestEmitter.create(config.build())) {
        List<CompletableFuture<EmitResult>> futures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          futures.add(emitter.emitAsync(proposal(i)));
        }
        for (CompletableFuture<EmitResult> future : futures) {
          try {
            EmitResult result = future.get(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertThat(result.isAcknowledged()).isTrue();
            assertThat(gms.accepted(result.proposal().entityUrn().toString(), result.proposal().aspectName(),
                result.proposal().systemMetadata().get().runId())).isTrue();
            acknowledged++;
            attempts += result.attempts();
          } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(DataHubException.class);
            if (failed < 3) {
              System.out.println("RELIABILITY failure: " + e.getCause());
            }
            failed++;
            attempts += attemptsOf(e.getCause());
          } catch (TimeoutException e) {
            throw new AssertionError("a future was still incomplete at the deadline of " + deadline, e);
          }
        }
      }
      long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      long faulted = gms.count(Fault.UNAVAILABLE) + gms.count(Fault.TOO_MANY_REQUESTS) + gms.count(Fault.RESET);
      // Unbatched, a request per proposal; batched, the requests left when each faulted one is taken as a retry.
      report(asyncBatching ? "async batched" : "async unbatched", count, acknowledged, failed, gms,
          asyncBatching ? gms.requests() - faulted : count, wallMillis);
      assertThat(acknowledged + failed).isEqualTo(count);
      assertThat(gms.distinctAccepted()).isEqualTo(acknowledged);
      assertThat(gms.duplicates()).isZero();
      if (asyncBatching) {
        // Each request is counted once for every proposal it carried, so at least once.
        assertThat(attempts).as("attempts the SDK reports vs requests the server saw")
            .isGreaterThanOrEqualTo(gms.requests());
        assertThat(gms.requests()).as("proposals shared requests").isLessThan(count);
      } else {
        assertThat(attempts).as("attempts the SDK reports vs requests the server saw").isEqualTo(gms.requests());
      }
      assertThat(gms.count(Fault.RESET)).isPositive();
      assertThat(System.nanoTime()).isLessThan(end);
    }
  }

  private static void runBatches(int count, Duration deadline) {
    try (FaultInjectingGms gms = FaultInjectingGms.start(FaultInjectingGms::standardPlan, 1)) {
      long start = System.nanoTime();
      List<MetadataChangeProposal> proposals = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        proposals.add(proposal(i));
      }
      List<EmitResult> results;
      try (RestEmitter emitter = RestEmitter.create(config(gms).batchMaxProposals(BATCH_SIZE).build())) {
        results = CompletableFuture.supplyAsync(() -> emitter.emitAll(proposals))
            .orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS).join();
      }
      long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      int acknowledged = (int) results.stream().filter(EmitResult::isAcknowledged).count();

      report("batch", count, acknowledged, count - acknowledged, gms, count / BATCH_SIZE, wallMillis);
      assertThat(results).hasSize(count).doesNotContainNull();
      assertThat(gms.distinctAccepted()).isEqualTo(acknowledged);
      assertThat(gms.duplicates()).isZero();
      for (EmitResult r : results) {
        if (r.isAcknowledged()) {
          assertThat(gms.accepted(r.proposal().entityUrn().toString(), r.proposal().aspectName(),
              r.proposal().systemMetadata().get().runId())).isTrue();
        }
      }
    }
  }

  private static ConnectionConfig.Builder config(FaultInjectingGms gms) {
    return ConnectionConfig.builder()
        .server(gms.url())
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(10))
        .writeTimeout(Duration.ofSeconds(10))
        .deadline(Duration.ofSeconds(60))
        .maxInFlight(32)
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(200))
            .build());
  }

  private static MetadataChangeProposal proposal(int seq) {
    return MetadataChangeProposal.upsert(DatasetUrn.of("hive", "table" + (seq % 1000)), Status.of(seq % 2 == 0))
        .withSystemMetadata(SystemMetadata.builder().runId("seq-" + seq).build());
  }

  private static int attemptsOf(Throwable e) {
    if (e instanceof DataHubServerException) {
      return ((DataHubServerException) e).attempts();
    }
    if (e instanceof DataHubTransportException) {
      return ((DataHubTransportException) e).attempts();
    }
    return 0;
  }

  private static void report(String mode, int count, int acknowledged, int failed, FaultInjectingGms gms,
      long minimalRequests, long wallMillis) {
    System.out.printf("RELIABILITY %s: mcps=%d acknowledged=%d failed=%d requests=%d retries=%d (503=%d 429=%d "
            + "reset=%d) duplicates=%d serverDistinct=%d wall=%dms%n", mode, count, acknowledged, failed,
        gms.requests(), gms.requests() - minimalRequests, gms.count(Fault.UNAVAILABLE),
        gms.count(Fault.TOO_MANY_REQUESTS), gms.count(Fault.RESET), gms.duplicates(), gms.distinctAccepted(),
        wallMillis);
  }
}
