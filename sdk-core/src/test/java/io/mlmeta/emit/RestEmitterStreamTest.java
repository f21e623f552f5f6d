package io.mlmeta.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.config.Endpoint;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
    EmitSummary summary;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).batchMaxProposals(2).build())) {
      summary = emitter.emitAll(made);
    }

    assertThat(summary.total()).isEqualTo(9);
    assertThat(summary.acknowledged()).isEqualTo(9);
    assertThat(summary.allAcknowledged()).isTrue();
    assertThat(requestsSeenAtTheLast.get()).as("requests GMS had received when the stream made its last proposal")
        .isGreaterThanOrEqualTo(1);
    assertThat(server.getRequestCount()).as("four full batches and the last one").isEqualTo(5);
  }

  @Test
  void aProposalTheEndpointCannotCarryFailsItsOwnResultAndTheOthersLand() {
    server.setDispatcher(MockGms.answeringAfter(0));
    MetadataChangeProposal delete = MetadataChangeProposal.delete(MockGms.dataset("gone"), "status");
    EmitSummary summary;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).endpoint(Endpoint.OPENAPI).build())) {
      summary = emitter.emitAll(Stream.of(MockGms.status("a"), delete, MockGms.status("b")));
    }

    assertThat(summary.total()).isEqualTo(3);
    assertThat(summary.acknowledged()).isEqualTo(2);
    assertThat(summary.failures()).singleElement().satisfies(failed -> {
      assertThat(failed.proposal()).isSameAs(delete);
      assertThat(failed.attempts()).isZero();
      assertThat(failed.failure().orElseThrow()).hasMessageContaining("UPSERT and PATCH proposals only")
          .hasMessageContaining("gone");
    });
    assertThatThrownBy(summary::orThrow).hasMessageContaining("gone")
        .satisfies(e -> assertThat(e.getSuppressed()[0]).hasMessage("1 of 3 proposals failed; this is the first of"
            + " them"));
  }

  @Test
  void failuresAreKeptInTheStreamsOrderWhateverOrderTheirRequestsEndIn() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request)
          throws InterruptedException {
        String body = request.getBody().readUtf8();
        if (body.contains("slow")) {
          Thread.sleep(300);
        }
        return body.contains("bad") ? MockGms.status(422, MockGms.restliError(422, "refused"))
            : MockGms.ok();
      }
    });
    EmitSummary summary;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).batchMaxProposals(1)
        .retryPolicy(RetryPolicy.none()).build())) {
      summary = emitter.emitAll(Stream.of("bad-slow-1", "ok-2", "bad-3", "ok-4").map(MockGms::status));
    }

    assertThat(summary.acknowledged()).isEqualTo(2);
    assertThat(summary.failures()).extracting(f -> f.proposal().entityUrn().toString())
        .containsExactly(MockGms.dataset("bad-slow-1").toString(), MockGms.dataset("bad-3").toString());
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
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aStreamWithoutEndStopsBeingReadWhenTheEmitterIsClosed() throws Exception {
    server.setDispatcher(MockGms.answeringAfter(0));
    RestEmitter emitter = RestEmitter.create(MockGms.config(server).build());
    AtomicInteger made = new AtomicInteger();
    Thread closer = new Thread(emitter::close);
    Stream<MetadataChangeProposal> endless = Stream.generate(() -> {
      if (made.incrementAndGet() == 50) {
        closer.start();
      }
      return MockGms.status("endless" + made.get());
    });

    EmitSummary summary = emitter.emitAll(endless);
    closer.join(10_000);

    assertThat(summary.total()).isEqualTo(made.get()).isGreaterThanOrEqualTo(50);
    assertThat(summary.acknowledged() + summary.failures().size()).isEqualTo(summary.total());
    EmitResult last = summary.failures().get(summary.failures().size() - 1);
    assertThat(last.proposal().entityUrn()).isEqualTo(MockGms.dataset("endless" + made.get()));
    assertThat(last.failure().orElseThrow()).hasMessageContaining("closed");
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
