package io.mlmeta.kafka;

import io.mlmeta.internal.SdkStyle;
import java.time.Duration;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The settings of a {@link KafkaFailureWatcher}: the failure topic, how many sent proposals it remembers and for
 * how long, and extra consumer properties (security settings, as given to the producer).
 *
 * <pre>{@code
 * FailureWatcherConfig watch = FailureWatcherConfig.builder()
 *     .topic("FailedMetadataChangeProposal_v1")
 *     .maxRemembered(50_000)
 *     .rememberFor(Duration.ofMinutes(30))
 *     .putConsumerProperty("security.protocol", "SSL")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SdkStyle
public interface FailureWatcherConfig {
  /** DataHub's topic of failed proposals, {@value}. */
  String DEFAULT_TOPIC = "FailedMetadataChangeProposal_v1";

  /** The failure topic GMS writes to; {@value #DEFAULT_TOPIC} unless set. */
  @Value.Default
  default String topic() {
    return DEFAULT_TOPIC;
  }

  /** How many sent proposals are remembered for matching, the oldest forgotten first; 100,000 unless set. */
  @Value.Default
  default int maxRemembered() {
    return 100_000;
  }

  /** How long a sent proposal is remembered for matching; 1 hour unless set. */
  @Value.Default
  default Duration rememberFor() {
    return Duration.ofHours(1);
  }

  /**
   * Extra Kafka consumer properties (security, SASL ...), applied after the watcher's own; deserializers,
   * {@code group.id} and {@code enable.auto.commit} cannot be set (the watcher reads without a consumer group).
   */
  Map<String, String> consumerProperties();

  /** Settings with every default. */
  static FailureWatcherConfig defaults() {
    return builder().build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Rejects settings out of range, naming the field and value. */
  @Value.Check
  default void check() {
    if (topic().trim().isEmpty()) {
      throw new IllegalArgumentException("topic is empty");
    }
    if (maxRemembered() < 1) {
      throw new IllegalArgumentException("maxRemembered must be at least 1: " + maxRemembered());
    }
    if (rememberFor().isNegative() || rememberFor().isZero()) {
      throw new IllegalArgumentException("rememberFor must be positive: " + rememberFor());
    }
    for (String key : consumerProperties().keySet()) {
      if (key.endsWith(".deserializer") || key.equals("group.id") || key.equals("enable.auto.commit")) {
        throw new IllegalArgumentException("consumer property " + key + " cannot be set: the watcher reads bytes "
            + "without a consumer group");
      }
    }
  }

  /** Builds a {@link FailureWatcherConfig}; every field has a default. */
  final class Builder extends ImmutableFailureWatcherConfig.Builder {}
}
