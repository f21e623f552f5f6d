package io.mlmeta.kafka;

import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The producer properties of a {@link KafkaEmitterConfig}: the SDK's defaults, then the user's properties. */
final class ProducerSettings {
  /** Kafka's default request.timeout.ms. */
  private static final long REQUEST_TIMEOUT_MS = 30_000;
  /** Kafka's default linger.ms (Kafka 4). */
  private static final long LINGER_MS = 5;

  private ProducerSettings() {}

  /** The properties for {@code config}'s producer. */
  static Properties of(KafkaEmitterConfig config) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    long delivery = config.deliveryTimeout().toMillis();
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(delivery));
    long linger = millis(config.producerProperties().get(ProducerConfig.LINGER_MS_CONFIG), LINGER_MS);
    // delivery.timeout.ms must be at least linger.ms + request.timeout.ms.
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
        Long.toString(Math.max(1, Math.min(REQUEST_TIMEOUT_MS, delivery - linger))));
    p.put(ProducerConfig.LINGER_MS_CONFIG, Long.toString(LINGER_MS));
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(config.maxBlock().toMillis()));
    p.putAll(config.producerProperties());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return p;
  }

  private static long millis(String value, long otherwise) {
    try {
      return value == null ? otherwise : Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
