package io.mlmeta.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Status;
import io.mlmeta.config.Backpressure;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.error.DataHubException;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.DatasetUrn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Delivery failures and backpressure on a live in-process broker, made deterministic by its settings: a topic that
 * refuses every record (its {@code message.timestamp.before.max.ms} of 1 ms is shorter than the producer's linger),
 * a producer the broker throttles to 1 byte a second (a client quota), and a topic of 16 partitions with a long
 * {@code linger.ms}, whose half-full batches fill a small buffer and stay there.
 */
@Timeout(60)
class KafkaEmitterDeliveryTest {
  static final String REFUSING = "refusing";
  static final String SLOW_CLIENT = "throttled-producer";
  static final String SPREAD = "sixteen-partitions";
  static InProcessKafka kafka;
  static MockWebServer registry;

  @BeforeAll
  static void start() throws Exception {
    kafka = InProcessKafka.start();
    kafka.createTopic(REFUSING, 1, Map.of("message.timestamp.before.max.ms", "1"));
    kafka.throttleProducer(SLOW_CLIENT, 1);
    kafka.createTopic(SPREAD, 16, Map.of());
    registry = MockRegistry.server(3);
    registry.start();
  }

  @AfterAll
  static void stop() throws Exception {
    registry.close();
    kafka.close();
  }

  static KafkaEmitterConfig.Builder config(String topic) {
    return KafkaEmitterConfig.builder().bootstrapServers(kafka.bootstrapServers())
        .schemaRegistryUrl(registry.url("/").toString()).topic(topic).deliveryTimeout(Duration.ofSeconds(30))
        .maxBlock(Duration.ofSeconds(10)).deadline(Duration.ofSeconds(10));
  }

  /** A small buffer that 4 batches fill, batches that wait a minute before they go unless full. */
  static KafkaEmitterConfig.Builder lingering() {
    return config(SPREAD).putProducerProperty("buffer.memory", "65536").putProducerProperty("linger.ms", "60000")
        .deliveryTimeout(Duration.ofMinutes(2));
  }

  /** An emitter the broker throttles, after its first proposal went through. */
  static KafkaEmitter throttled(Duration deadline) {
    KafkaEmitter emitter = KafkaEmitter.create(config("throttled").putProducerProperty("client.id", SLOW_CLIENT)
        .deadline(deadline).build());
    assertThat(emitter.emit(proposal(-1)).isAcknowledged()).isTrue();
    return emitter;
  }

  static MetadataChangeProposal proposal(int i) {
    return MetadataChangeProposal.upsert(DatasetUrn.of("hive", "t" + i), Status.of(false));
  }

  @Test
  void aBrokerErrorFailsTheProposalWithTheBrokersReasonNamingUrnAndAspect() {
    try (KafkaEmitter emitter = KafkaEmitter.create(config(REFUSING).build())) {
      assertThatThrownBy(() -> emitter.emit(proposal(1))).isInstanceOfSatisfying(KafkaDeliveryException.class,
          e -> {
            assertThat(e.reason()).isEqualTo(KafkaFailureReason.BROKER_ERROR);
            assertThat(e.urn()).isEqualTo(proposal(1).entityUrn().toString());
            assertThat(e.aspectName()).isEqualTo("status");
            assertThat(e.getMessage()).contains("InvalidTimestamp", REFUSING);
          });
    }
  }

  @Test
  void flushGivesUpAtItsDeadlineSayingHowManyArePending() {
    try (KafkaEmitter emitter = throttled(Duration.ofMillis(700))) {
      for (int i = 0; i < 10; i++) {
        emitter.emitAsync(proposal(i));
      }
      long started = System.nanoTime();
      assertThatThrownBy(emitter::flush).isInstanceOf(DataHubException.class)
          .hasMessageContaining("of 10 proposals still unacknowledged").hasMessageContaining("throttled");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(600),
          Duration.ofSeconds(3));
    }
  }

  @Test
  void closeWith10000InFlightOnAThrottledProducerReturnsAtItsDeadlineAndFailsTheRestAsClosed() {
    KafkaEmitter emitter = throttled(Duration.ofSeconds(1));
    List<CompletableFuture<EmitResult>> futures = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      futures.add(emitter.emitAsync(proposal(i)));
    }
    long started = System.nanoTime();
    emitter.close();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900),
        Duration.ofSeconds(5));
    assertThat(futures).allMatch(CompletableFuture::isDone);
    long closed = futures.stream().filter(CompletableFuture::isCompletedExceptionally).peek(f ->
        assertThatThrownBy(f::join).cause().isInstanceOfSatisfying(KafkaDeliveryException.class,
            e -> assertThat(e.reason()).isEqualTo(KafkaFailureReason.CLOSED))).count();
    assertThat(closed).as("failed as CLOSED; the rest acknowledged").isGreaterThan(5_000);
    assertThatThrownBy(() -> emitter.emitAsync(proposal(0))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rejectThrowsAtOnceWhenTheBufferIsFullAndWhatWasTakenIsDeliveredByClose() {
    List<CompletableFuture<EmitResult>> taken = new ArrayList<>();
    RejectedExecutionException rejected = null;
    try (KafkaEmitter emitter = KafkaEmitter.create(lingering().backpressure(Backpressure.REJECT).build())) {
      for (int i = 0; i < 5_000 && rejected == null; i++) {
        try {
          taken.add(emitter.emitAsync(proposal(i)));
        } catch (RejectedExecutionException e) {
          rejected = e;
        }
      }
      assertThat(rejected).as("a rejection once the 64 KiB buffer is full").isNotNull();
      assertThat(rejected.getMessage()).contains("buffer.memory", "urn:li:dataset:");
      assertThat(taken).isNotEmpty().allMatch(f -> !f.isDone());
    }
    assertThat(taken).allMatch(f -> f.join().isAcknowledged());
  }

  @Test
  void blockWaitsMaxBlockForRoomThenFailsAsATimeout() {
    try (KafkaEmitter emitter = KafkaEmitter.create(lingering().maxBlock(Duration.ofMillis(500)).build())) {
      CompletableFuture<EmitResult> last = null;
      long slowest = 0;
      for (int i = 0; i < 5_000; i++) {
        long t0 = System.nanoTime();
        last = emitter.emitAsync(proposal(i));
        slowest = Math.max(slowest, System.nanoTime() - t0);
        if (last.isCompletedExceptionally()) {
          break;
        }
      }
      assertThat(last.isCompletedExceptionally()).as("a send that found no room within max.block.ms").isTrue();
      assertThat(Duration.ofNanos(slowest)).isBetween(Duration.ofMillis(400), Duration.ofSeconds(5));
      assertThatThrownBy(last::join).cause().isInstanceOfSatisfying(KafkaDeliveryException.class,
          e -> assertThat(e.reason()).isEqualTo(KafkaFailureReason.TIMEOUT));
    }
  }
}
