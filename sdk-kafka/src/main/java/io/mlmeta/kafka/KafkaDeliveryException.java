package io.mlmeta.kafka;

import io.mlmeta.error.DataHubException;
import java.util.Objects;

/**
 * A proposal that Kafka did not acknowledge: why ({@link #reason()}), which proposal (entity URN and aspect) and on
 * which topic. An acknowledgement means the proposal is on the topic, not that GMS accepted it.
 */
public class KafkaDeliveryException extends DataHubException {
  private static final long serialVersionUID = 1L;

  private final KafkaFailureReason reason;
  private final String topic;
  private final String urn;
  private final String aspectName;

  /** A failure of the proposal for {@code urn}'s {@code aspectName}; {@code cause}, Kafka's own error, may be null. */
  public KafkaDeliveryException(KafkaFailureReason reason, String topic, String urn, String aspectName,
      String detail, Throwable cause) {
    super("Kafka did not acknowledge the proposal for " + Objects.requireNonNull(urn, "urn") + ", aspect "
        + Objects.requireNonNull(aspectName, "aspectName") + " on topic " + Objects.requireNonNull(topic, "topic")
        + ": " + Objects.requireNonNull(reason, "reason") + ": " + Objects.requireNonNull(detail, "detail"), cause);
    this.reason = reason;
    this.topic = topic;
    this.urn = urn;
    this.aspectName = aspectName;
  }

  /** Why the proposal was not acknowledged. */
  public KafkaFailureReason reason() {
    return reason;
  }

  /** The topic the proposal was for. */
  public String topic() {
    return topic;
  }

  /** The proposal's entity URN. */
  public String urn() {
    return urn;
  }

  /** The proposal's aspect name. */
  public String aspectName() {
    return aspectName;
  }
}
