package io.mlmeta.kafka;

import io.mlmeta.mcp.MetadataChangeProposal;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;

/** Kafka's exceptions as {@link KafkaDeliveryException}s naming the proposal. */
final class DeliveryFailures {
  private DeliveryFailures() {}

  /** The failure of {@code mcp} on {@code topic} with Kafka's {@code error}; {@code closed}: the emitter closed. */
  static KafkaDeliveryException of(MetadataChangeProposal mcp, String topic, Throwable error, boolean closed) {
    return of(mcp, topic, reason(error, closed), error.getClass().getSimpleName() + ": " + error.getMessage(), error);
  }

  /** The failure of {@code mcp} on {@code topic} for {@code reason}, said in {@code detail}. */
  static KafkaDeliveryException of(MetadataChangeProposal mcp, String topic, KafkaFailureReason reason,
      String detail, Throwable cause) {
    return new KafkaDeliveryException(reason, topic, mcp.entityUrn().toString(), mcp.aspectName(), detail, cause);
  }

  static KafkaFailureReason reason(Throwable error, boolean closed) {
    if (error instanceof RecordTooLargeException) {
      return KafkaFailureReason.RECORD_TOO_LARGE;
    }
    if (error instanceof TimeoutException) {
      return KafkaFailureReason.TIMEOUT;
    }
    if (error instanceof SerializationException) {
      return KafkaFailureReason.SERIALIZATION;
    }
    return closed ? KafkaFailureReason.CLOSED : KafkaFailureReason.BROKER_ERROR;
  }
}
