package io.mlmeta.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.config.Endpoint;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** emitAll over a Stream: proposals made on the fly are sent while the stream still makes the next ones. */
class RestEmitterStreamTest extends MockGmsTest {
  @Test
  void theFirstBatchesAreOnTheWireWhileTheStreamStillMakesTheRest() {
    server.setDispatcher(MockGms.answeringAfter(0));
    AtomicInteger requestsSeenAtTheLast = new AtomicInteger(-1);
    Stream<MetadataChangeProposal> made = IntStream.range(0, 9).mapToObj(i -> {
      if (i == 8) {
        requestsSeenAtTheLast.set(requestsWithin(5_000));
      }
      return MockGms.status("p" + i);
    });
    List<EmitResult> results;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).batchMaxProposals(2).build())) {
      results = emitter.emitAll(made);
    }

    assertThat(results).hasSize(9).allMatch(EmitResult::isAcknowledged);
    assertThat(results).extracting(r -> r.proposal().entityUrn().toString())
        .containsExactlyElementsOf(IntStream.range(0, 9).mapToObj(i -> MockGms.dataset("p" + i).toString())
            .collect(Collectors.toList()));
    assertThat(requestsSeenAtTheLast.get()).as("requests GMS had received when the stream made its last proposal")
        .isGreaterThanOrEqualTo(1);
    assertThat(server.getRequestCount()).as("four full batches and the last one").isEqualTo(5);
  }

  @Test
  void aProposalTheEndpointCannotCarryFailsItsOwnResultAndTheOthersLand() {
    server.setDispatcher(MockGms.answeringAfter(0));
    MetadataChangeProposal delete = MetadataChangeProposal.delete(MockGms.dataset("gone"), "status");
    List<EmitResult> results;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).endpoint(Endpoint.OPENAPI).build())) {
      results = emitter.emitAll(Stream.of(MockGms.status("a"), delete, MockGms.status("b")));
    }

    assertThat(results.get(0).isAcknowledged()).isTrue();
    assertThat(results.get(2).isAcknowledged()).isTrue();
    assertThat(results.get(1).isAcknowledged()).isFalse();
    assertThat(results.get(1).attempts()).isZero();
    assertThat(results.get(1).failure().orElseThrow()).hasMessageContaining("UPSERT and PATCH proposals only")
        .hasMessageContaining("gone");
  }

  @Test
  void aNullProposalStopsTheReadingAfterWhatCameBeforeItHasEnded() {
    server.setDispatcher(MockGms.answeringAfter(0));
    AtomicBoolean readPastTheNull = new AtomicBoolean();
    Stream<MetadataChangeProposal> withNull = IntStream.range(0, 5).mapToObj(i -> {
      if (i > 3) {
        readPastTheNull.set(true);
      }
      return i == 3 ? null : MockGms.status("n" + i);
    });
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).batchMaxProposals(2).build())) {
      assertThatThrownBy(() -> emitter.emitAll(withNull)).isInstanceOf(NullPointerException.class)
          .hasMessage("proposals held null at position 3")
          .satisfies(e -> assertThat(e.getSuppressed()[0])
              .hasMessageContaining("stopped after 3").hasMessageContaining("3 acknowledged, 0 failed"));
    }

    assertThat(readPastTheNull).isFalse();
    assertThat(server.getRequestCount()).isPositive();
  }

  @Test
  void theStreamIsClosedWhenTheCallReturns() {
    server.setDispatcher(MockGms.answeringAfter(0));
    AtomicBoolean closed = new AtomicBoolean();
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      emitter.emitAll(Stream.of(MockGms.status("c")).onClose(() -> closed.set(true)));
    }

    assertThat(closed).isTrue();
  }

  /** The requests the server has received, waiting up to {@code millis} for the first one. */
  private int requestsWithin(long millis) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (server.getRequestCount() == 0 && System.nanoTime() < end) {
      Thread.onSpinWait();
    }
    return server.getRequestCount();
  }
}
