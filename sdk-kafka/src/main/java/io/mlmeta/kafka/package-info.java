/**
 * A Kafka emitter for DataHub: {@link io.mlmeta.kafka.KafkaEmitter} writes proposals to the
 * {@code MetadataChangeProposal_v1} topic as DataHub's Avro records in the Confluent framing, with its schema id from
 * a Confluent-compatible schema registry (Confluent's, or GMS's built-in one).
 *
 * <p><b>Null.</b> No public method of this package takes or returns {@code null} unless its Javadoc says so; a
 * {@code null} argument fails at once with a {@code NullPointerException} naming it.
 */
package io.mlmeta.kafka;
