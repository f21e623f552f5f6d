package io.mlmeta.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Status;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.DatasetUrn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A broker that stops mid-run: what was acknowledged before stays acknowledged, and every proposal in flight at the
 * stop or handed over after it settles with a typed failure naming it (a timeout: Kafka retries until
 * {@code delivery.timeout.ms}, or waits {@code max.block.ms} for metadata that no longer comes), within those
 * bounds; nothing is left pending.
 */
@Timeout(60)
class KafkaEmitterBrokerStoppedTest {
  static MetadataChangeProposal proposal(int i) {
    return MetadataChangeProposal.upsert(DatasetUrn.of("hive", "t" + i), Status.of(false));
  }

  @Test
  void everyProposalAfterTheStopFailsNamingItAndNoneIsLeftPending() throws Exception {
    try (InProcessKafka kafka = InProcessKafka.start(); MockWebServer registry = MockRegistry.server(8)) {
      registry.start();
      kafka.createTopic("stopping", 1, Map.of());
      KafkaEmitterConfig config = KafkaEmitterConfig.builder().bootstrapServers(kafka.bootstrapServers())
          .schemaRegistryUrl(registry.url("/").toString()).topic("stopping").deliveryTimeout(Duration.ofSeconds(3))
          .maxBlock(Duration.ofMillis(500)).deadline(Duration.ofSeconds(5)).build();
      try (KafkaEmitter emitter = KafkaEmitter.create(config)) {
        assertThat(emitter.emit(proposal(-1)).isAcknowledged()).isTrue();
        List<CompletableFuture<EmitResult>> before = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
          before.add(emitter.emitAsync(proposal(i)));
        }
        kafka.stopBroker();
        long stopped = System.nanoTime();
        List<CompletableFuture<EmitResult>> after = new ArrayList<>();
        for (int i = 1_000; i < 1_010; i++) {
          after.add(emitter.emitAsync(proposal(i)));
        }
        CompletableFuture.allOf(after.toArray(new CompletableFuture<?>[0])).handle((r, e) -> null).join();
        CompletableFuture.allOf(before.toArray(new CompletableFuture<?>[0])).handle((r, e) -> null).join();
        // 10 sends waiting at most 0.5 s each for metadata, or queued and expired after 3 s.
        assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isLessThan(Duration.ofSeconds(15));

        for (int i = 0; i < after.size(); i++) {
          String urn = proposal(1_000 + i).entityUrn().toString();
          assertThatThrownBy(after.get(i)::join).cause().isInstanceOfSatisfying(KafkaDeliveryException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(KafkaFailureReason.TIMEOUT);
                assertThat(e.urn()).isEqualTo(urn);
                assertThat(e.aspectName()).isEqualTo("status");
              });
        }
        // Those under way at the stop went through or failed, typed and naming their own proposal; none is left
        // pending. The emitter completes a future with the failure itself, not wrapped.
        for (int i = 0; i < before.size(); i++) {
          CompletableFuture<EmitResult> f = before.get(i);
          assertThat(f).isDone();
          String urn = proposal(i).entityUrn().toString();
          if (f.isCompletedExceptionally()) {
            assertThatThrownBy(f::join).cause().isInstanceOfSatisfying(KafkaDeliveryException.class,
                e -> assertThat(e.urn()).isEqualTo(urn));
          } else {
            EmitResult r = f.join();
            assertThat(r.isAcknowledged()).isTrue();
            assertThat(r.proposal().entityUrn().toString()).isEqualTo(urn);
          }
        }
      }
    }
  }
}
