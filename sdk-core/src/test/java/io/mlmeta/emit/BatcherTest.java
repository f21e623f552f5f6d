package io.mlmeta.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** emitAll and emitAsync run on one batching engine: one in-flight limit, one batch policy, one failure model. */
class BatcherTest extends MockGmsTest {
  @Test
  void emitAllSendsFullBatchesWhileEarlierOnesFinishAndOnlyItsLastIsPartial() {
    Queue<Integer> sizes = new ConcurrentLinkedQueue<>();
    server.setDispatcher(counting(sizes, new AtomicInteger(), new AtomicInteger(), 3));
    List<MetadataChangeProposal> mcps = new ArrayList<>();
    for (int i = 0; i < 95; i++) {
      mcps.add(MockGms.status("m" + i));
    }
    List<EmitResult> results;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).maxInFlight(2).batchMaxProposals(10)
        .build())) {
      results = emitter.emitAll(mcps);
    }

    assertThat(results).hasSize(95).allMatch(EmitResult::isAcknowledged);
    assertThat(sizes).hasSize(10).containsOnly(10, 5).filteredOn(s -> s == 5).hasSize(1);
  }

  @Test
  void emitAllAndEmitAsyncOnTwoThreadsShareOneInFlightLimit() throws Exception {
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger maxSeen = new AtomicInteger();
    Queue<Integer> sizes = new ConcurrentLinkedQueue<>();
    server.setDispatcher(counting(sizes, concurrent, maxSeen, 2));
    List<MetadataChangeProposal> bulk = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      bulk.add(MockGms.status("bulk" + i));
    }
    List<CompletableFuture<EmitResult>> single = new ArrayList<>();
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).maxInFlight(2).batchMaxProposals(20)
        .build())) {
      CompletableFuture<List<EmitResult>> all = CompletableFuture.supplyAsync(() -> emitter.emitAll(bulk));
      for (int i = 0; i < 300; i++) {
        single.add(emitter.emitAsync(MockGms.status("single" + i)));
      }

      assertThat(all.get(20, TimeUnit.SECONDS)).hasSize(300).allMatch(EmitResult::isAcknowledged);
      emitter.flush();
    }
    assertThat(single).allMatch(f -> f.isDone() && f.join().isAcknowledged());
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(600);
    assertThat(maxSeen.get()).isBetween(1, 2);
  }

  @Test
  void aRefusedProposalFailsWithTheSameServerErrorThroughEmitAllAndEmitAsync() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getBody().readUtf8().contains(",bad,")
            ? MockGms.status(422, MockGms.restliError(422, "Invalid aspect")) : MockGms.ok();
      }
    });
    List<EmitResult> viaAll;
    EmitResult viaAsync;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).maxInFlight(1).build())) {
      viaAll = emitter.emitAll(List.of(MockGms.status("good"), MockGms.status("bad")));
      CompletableFuture<EmitResult> refused = emitter.emitAsync(MockGms.status("bad"));
      viaAsync = refused.handle((r, e) -> EmitResult.failed(MockGms.status("bad"), 1,
          (DataHubServerException) (e instanceof java.util.concurrent.CompletionException ? e.getCause() : e)))
          .get(5, TimeUnit.SECONDS);
    }

    assertThat(viaAll.get(0).isAcknowledged()).isTrue();
    DataHubServerException fromAll = (DataHubServerException) viaAll.get(1).failure().orElseThrow();
    DataHubServerException fromAsync = (DataHubServerException) viaAsync.failure().orElseThrow();
    assertThat(fromAll.status()).isEqualTo(422).isEqualTo(fromAsync.status());
    assertThat(fromAll.getMessage()).contains("Invalid aspect").contains(",bad,");
    assertThat(fromAsync.getMessage()).contains("Invalid aspect").contains(",bad,");
    assertThat(viaAll.get(1).attempts()).isPositive();
  }

  /** Answers after {@code millis}, noting each request's proposal count and the most requests under way at once. */
  private static Dispatcher counting(Queue<Integer> sizes, AtomicInteger concurrent, AtomicInteger maxSeen,
      long millis) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        maxSeen.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
        JsonNode body = MockGms.body(request);
        sizes.add(request.getPath().endsWith("ingestProposalBatch") ? body.get("proposals").size() : 1);
        Thread.sleep(millis);
        concurrent.decrementAndGet();
        return MockGms.ok();
      }
    };
  }
}
