package io.mlmeta.kafka;

/** Why Kafka did not take a proposal; {@link KafkaDeliveryException#reason()}. */
public enum KafkaFailureReason {
  /** The broker (or the client's network layer) reported an error, e.g. not enough in-sync replicas. */
  BROKER_ERROR,
  /**
   * No acknowledgement in time: the broker was unreachable, the topic's metadata never came, the producer's buffer
   * stayed full for {@code max.block.ms}, or {@code delivery.timeout.ms} passed.
   */
  TIMEOUT,
  /** The record is larger than {@code max.request.size}, the buffer, or the topic's {@code max.message.bytes}. */
  RECORD_TOO_LARGE,
  /** The proposal could not be encoded as DataHub's Avro record, or its schema id could not be had. */
  SERIALIZATION,
  /** The emitter was closed before the proposal was acknowledged. */
  CLOSED
}
