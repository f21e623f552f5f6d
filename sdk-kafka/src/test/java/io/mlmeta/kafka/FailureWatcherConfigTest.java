package io.mlmeta.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The watcher's settings: DataHub's topic by default, bounded memory, and bad values refused naming them. */
class FailureWatcherConfigTest {
  @Test
  void defaultsToDataHubsFailureTopicAndABoundedMemory() {
    FailureWatcherConfig config = FailureWatcherConfig.defaults();
    assertThat(config.topic()).isEqualTo("FailedMetadataChangeProposal_v1");
    assertThat(config.maxRemembered()).isEqualTo(100_000);
    assertThat(config.rememberFor()).isEqualTo(Duration.ofHours(1));
    assertThat(config.consumerProperties()).isEmpty();
  }

  @Test
  void refusesValuesOutOfRangeNamingFieldAndValue() {
    assertThatThrownBy(() -> FailureWatcherConfig.builder().maxRemembered(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRemembered must be at least 1: 0");
    assertThatThrownBy(() -> FailureWatcherConfig.builder().rememberFor(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rememberFor must be positive: PT0S");
    assertThatThrownBy(() -> FailureWatcherConfig.builder().topic(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("topic is empty");
    assertThatThrownBy(() -> FailureWatcherConfig.builder().putConsumerProperty("group.id", "g").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group.id cannot be set");
  }

  @Test
  void aClosedEmitterCannotStartAWatcher() {
    KafkaEmitterConfig config = KafkaEmitterConfig.builder().bootstrapServers("127.0.0.1:1")
        .schemaRegistryUrl("http://127.0.0.1:1").deadline(Duration.ofMillis(300)).build();
    KafkaEmitter emitter = KafkaEmitter.create(config);
    emitter.close();
    assertThatThrownBy(() -> emitter.watchFailures(FailureWatcherConfig.defaults(), r -> { }))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }
}
