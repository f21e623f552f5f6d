package io.mlmeta.kafka;

import io.mlmeta.internal.SdkStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A proposal this emitter sent that GMS refused after Kafka had acknowledged it: GMS wrote it to its failure topic
 * ({@code FailedMetadataChangeProposal_v1}) with the error, and the {@link KafkaFailureWatcher} matched it by the
 * message id the emitter had put in its system metadata ({@value KafkaFailureWatcher#MESSAGE_ID_PROPERTY}).
 */
@Value.Immutable
@SdkStyle
public interface GmsRejection {
  /** The message id the emitter gave the proposal. */
  String messageId();

  /** The entity URN of the proposal. */
  String urn();

  /** The aspect name of the proposal, if it had one. */
  Optional<String> aspectName();

  /** The change type as GMS read it ({@code UPSERT}, {@code PATCH} ...). */
  String changeType();

  /** GMS's error: the message or stack trace it wrote. */
  String error();

  /** When the emitter handed the proposal to the producer, epoch milliseconds. */
  long sentAtMillis();

  /** Where the failure record was read, topic-partition@offset, e.g. {@code FailedMetadataChangeProposal_v1-0@17}. */
  String failureRecord();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GmsRejection}. */
  final class Builder extends ImmutableGmsRejection.Builder {}
}
