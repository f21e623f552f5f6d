package io.mlmeta.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Status;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.DatasetUrn;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No broker at start (a port nobody listens on): the topic's metadata never comes, so each send fails after
 * {@code max.block.ms} as a {@link KafkaFailureReason#TIMEOUT} naming the proposal; nothing hangs.
 */
class KafkaEmitterBrokerDownTest {
  static final MetadataChangeProposal MCP = MetadataChangeProposal.upsert(DatasetUrn.of("hive", "down"),
      Status.of(true));
  static MockWebServer registry;
  static String nobody;

  @BeforeAll
  static void start() throws Exception {
    registry = MockRegistry.server(9);
    registry.start();
    try (ServerSocket socket = new ServerSocket(0)) {
      nobody = "127.0.0.1:" + socket.getLocalPort();
    }
  }

  @AfterAll
  static void stop() throws Exception {
    registry.close();
  }

  static KafkaEmitter emitter() {
    return KafkaEmitter.create(KafkaEmitterConfig.builder().bootstrapServers(nobody)
        .schemaRegistryUrl(registry.url("/").toString()).maxBlock(Duration.ofMillis(800))
        .deadline(Duration.ofSeconds(2)).build());
  }

  @Test
  void emitThrowsATimeoutNamingUrnAndAspectAfterMaxBlock() {
    try (KafkaEmitter emitter = emitter()) {
      long started = System.nanoTime();
      assertThatThrownBy(() -> emitter.emit(MCP)).isInstanceOfSatisfying(KafkaDeliveryException.class, e -> {
        assertThat(e.reason()).isEqualTo(KafkaFailureReason.TIMEOUT);
        assertThat(e.urn()).isEqualTo(MCP.entityUrn().toString());
        assertThat(e.aspectName()).isEqualTo("status");
        assertThat(e.topic()).isEqualTo(KafkaEmitterConfig.DEFAULT_TOPIC);
      });
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(700),
          Duration.ofSeconds(5));
    }
  }

  @Test
  void emitAllReportsEveryProposalFailedInItsResult() {
    try (KafkaEmitter emitter = emitter()) {
      List<EmitResult> results = emitter.emitAll(List.of(MCP, MCP.withHeader("If-Version-Match", "1")));
      assertThat(results).hasSize(2).allSatisfy(r -> {
        assertThat(r.isAcknowledged()).isFalse();
        assertThat(r.failure()).get().isInstanceOf(KafkaDeliveryException.class);
      });
    }
  }

  @Test
  void closeWithNothingDeliveredReturnsAndLaterEmitsAreRefused() {
    KafkaEmitter emitter = emitter();
    emitter.emitAsync(MCP);
    long started = System.nanoTime();
    emitter.close();
    emitter.close();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    assertThatThrownBy(() -> emitter.emit(MCP)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
