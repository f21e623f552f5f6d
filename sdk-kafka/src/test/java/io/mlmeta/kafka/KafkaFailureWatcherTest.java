package io.mlmeta.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlmeta.aspect.Status;
import io.mlmeta.kafka.internal.FailedProposalAvro;
import io.mlmeta.kafka.internal.ProposalAvro;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.DatasetUrn;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.util.Utf8;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The failure watcher against a real (in-process) broker: failure records are written to the failure topic as GMS
 * writes them (upstream metadata-dao-impl/kafka-producer/.../KafkaEventProducer.java,
 * produceFailedMetadataChangeProposalAsync: key the entity URN, value a FailedMetadataChangeProposal holding the
 * proposal GMS read, system metadata included, and the error text, in the Confluent framing).
 */
class KafkaFailureWatcherTest {
  static final DatasetUrn DATASET = DatasetUrn.of("hive", "sales.orders");
  static final String VALIDATION_ERROR = "com.linkedin.metadata.aspect.plugins.validation.AspectValidationException:"
      + " status: removed must not be set on a dataset that does not exist";
  /** Our schema as GMS would register it for the failure topic. */
  static final int FMCP_ID = 77;
  /** A newer writer's schema: one more (optional) field, as a later DataHub might add. */
  static final int NEWER_FMCP_ID = 78;

  static InProcessKafka kafka;
  static MockWebServer registry;
  static MockRegistry schemas;
  static Schema newer;
  static KafkaProducer<String, byte[]> gms;

  @BeforeAll
  static void start() throws Exception {
    kafka = InProcessKafka.start();
    schemas = new MockRegistry(41);
    registry = new MockWebServer();
    registry.setDispatcher(schemas);
    registry.start();
    schemas.schemasById.put(FMCP_ID, FailedProposalAvro.SCHEMA.toString());
    ObjectNode json = (ObjectNode) new ObjectMapper().readTree(FailedProposalAvro.SCHEMA.toString());
    ((ArrayNode) json.get("fields")).addObject().put("name", "traceId").putNull("default").putArray("type")
        .add("null").add("string");
    newer = new Schema.Parser().parse(json.toString());
    schemas.schemasById.put(NEWER_FMCP_ID, newer.toString());
    Map<String, Object> p = new HashMap<>();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    gms = new KafkaProducer<>(p);
  }

  @AfterAll
  static void stop() throws Exception {
    gms.close();
    registry.close();
    kafka.close();
  }

  @Test
  void aProposalGmsRefusedIsReportedWithUrnAspectAndError() throws Exception {
    kafka.createTopic("fmcp-refused", 1, Map.of());
    BlockingQueue<GmsRejection> reported = new LinkedBlockingQueue<>();
    try (KafkaEmitter emitter = KafkaEmitter.create(config("mcp-refused"))) {
      KafkaFailureWatcher watcher = emitter.watchFailures(watch("fmcp-refused"), reported::add);
      assertThat(emitter.emit(MetadataChangeProposal.upsert(DATASET, Status.of(true))).isAcknowledged()).isTrue();

      GenericRecord consumed = consumed("mcp-refused", 0);
      String messageId = FailedProposalAvro.property(consumed, KafkaFailureWatcher.MESSAGE_ID_PROPERTY);
      assertThat(messageId).isNotNull();
      assertThat(UUID.fromString(messageId).toString()).isEqualTo(messageId);
      // The rest of the system metadata is stamped as before.
      assertThat(FailedProposalAvro.property(consumed, "clientId")).isNotNull();
      assertThat(watcher.remembered()).isEqualTo(1);

      failAsGms("fmcp-refused", consumed, VALIDATION_ERROR, FMCP_ID, FailedProposalAvro.SCHEMA);

      GmsRejection r = reported.poll(15, TimeUnit.SECONDS);
      assertThat(r).isNotNull();
      assertThat(r.urn()).isEqualTo(DATASET.toString());
      assertThat(r.aspectName()).contains("status");
      assertThat(r.changeType()).isEqualTo("UPSERT");
      assertThat(r.error()).isEqualTo(VALIDATION_ERROR);
      assertThat(r.messageId()).isEqualTo(messageId);
      assertThat(r.failureRecord()).isEqualTo("fmcp-refused-0@0");
      assertThat(watcher.matched()).isEqualTo(1);
      assertThat(watcher.remembered()).as("a matched proposal is forgotten").isZero();
    }
  }

  @Test
  void failuresOfOtherWritersAndOfProposalsSentBeforeItStartedAreNotReportedAsOurs() throws Exception {
    kafka.createTopic("fmcp-others", 1, Map.of());
    BlockingQueue<GmsRejection> reported = new LinkedBlockingQueue<>();
    DatasetUrn early = DatasetUrn.of("hive", "early");
    DatasetUrn ours = DatasetUrn.of("hive", "ours");
    try (KafkaEmitter emitter = KafkaEmitter.create(config("mcp-others"))) {
      emitter.emit(MetadataChangeProposal.upsert(early, Status.of(false)));
      KafkaFailureWatcher watcher = emitter.watchFailures(watch("fmcp-others"), reported::add);
      emitter.emit(MetadataChangeProposal.upsert(ours, Status.of(false)));
      GenericRecord sentBefore = consumed("mcp-others", 0);
      GenericRecord sentWatched = consumed("mcp-others", 1);
      assertThat(FailedProposalAvro.property(sentBefore, KafkaFailureWatcher.MESSAGE_ID_PROPERTY)).isNull();

      // Another writer's proposal (DataHub's own clients put no message id) ...
      GenericRecord foreign = ProposalAvro.record(MetadataChangeProposal.upsert(DatasetUrn.of("hive", "theirs"),
          Status.of(false)));
      failAsGms("fmcp-others", foreign, "their error", FMCP_ID, FailedProposalAvro.SCHEMA);
      // ... another mlmeta emitter's (same property, an id this one never gave) ...
      GenericRecord otherEmitter = copyWithMessageId(sentWatched, UUID.randomUUID().toString());
      failAsGms("fmcp-others", otherEmitter, "their error", FMCP_ID, FailedProposalAvro.SCHEMA);
      // ... ours, sent before the watcher started, a record that is no Avro at all, then ours by a newer writer.
      failAsGms("fmcp-others", sentBefore, "too early", FMCP_ID, FailedProposalAvro.SCHEMA);
      gms.send(new ProducerRecord<>("fmcp-others", "junk", new byte[] {0, 0, 0, 0, FMCP_ID, -1, -1})).get();
      failAsGms("fmcp-others", sentWatched, VALIDATION_ERROR, NEWER_FMCP_ID, newer);

      GmsRejection r = reported.poll(15, TimeUnit.SECONDS);
      assertThat(r).isNotNull();
      assertThat(r.urn()).isEqualTo(ours.toString());
      assertThat(r.error()).isEqualTo(VALIDATION_ERROR);
      // One partition: everything before ours was handled before it.
      assertThat(reported).isEmpty();
      assertThat(watcher.matched()).isEqualTo(1);
      assertThat(watcher.unmatched()).isEqualTo(3);
      assertThat(watcher.undecodable()).isEqualTo(1);
      assertThat(watcher.lastProblem()).hasValueSatisfying(m -> assertThat(m).contains("fmcp-others-0@3"));
    }
  }

  @Test
  void aListenerThatThrowsIsCountedAndTheWatcherGoesOn() throws Exception {
    kafka.createTopic("fmcp-listener", 1, Map.of());
    BlockingQueue<GmsRejection> reported = new LinkedBlockingQueue<>();
    try (KafkaEmitter emitter = KafkaEmitter.create(config("mcp-listener"))) {
      KafkaFailureWatcher watcher = emitter.watchFailures(watch("fmcp-listener"), r -> {
        if (r.urn().contains("first")) {
          throw new IllegalStateException("listener bug");
        }
        reported.add(r);
      });
      emitter.emit(MetadataChangeProposal.upsert(DatasetUrn.of("hive", "first"), Status.of(false)));
      emitter.emit(MetadataChangeProposal.upsert(DatasetUrn.of("hive", "second"), Status.of(false)));
      failAsGms("fmcp-listener", consumed("mcp-listener", 0), "one", FMCP_ID, FailedProposalAvro.SCHEMA);
      failAsGms("fmcp-listener", consumed("mcp-listener", 1), "two", FMCP_ID, FailedProposalAvro.SCHEMA);

      GmsRejection r = reported.poll(15, TimeUnit.SECONDS);
      assertThat(r).isNotNull();
      assertThat(r.error()).isEqualTo("two");
      assertThat(watcher.matched()).isEqualTo(2);
      assertThat(watcher.listenerFailures()).isEqualTo(1);
      assertThat(watcher.lastProblem()).hasValueSatisfying(m -> assertThat(m).contains("listener bug", "first"));
      assertThat(watcher.isRunning()).isTrue();
    }
  }

  @Test
  void aFailureTopicCreatedAfterTheWatcherStartedIsReadFromItsStart() throws Exception {
    BlockingQueue<GmsRejection> reported = new LinkedBlockingQueue<>();
    try (KafkaEmitter emitter = KafkaEmitter.create(config("mcp-late"))) {
      emitter.watchFailures(watch("fmcp-late"), reported::add);
      emitter.emit(MetadataChangeProposal.upsert(DATASET, Status.of(false)));
      kafka.createTopic("fmcp-late", 1, Map.of());
      failAsGms("fmcp-late", consumed("mcp-late", 0), VALIDATION_ERROR, FMCP_ID, FailedProposalAvro.SCHEMA);

      GmsRejection r = reported.poll(15, TimeUnit.SECONDS);
      assertThat(r).isNotNull();
      assertThat(r.failureRecord()).isEqualTo("fmcp-late-0@0");
    }
  }

  @Test
  void oneWatcherAtATimeAndClosingStopsItPromptlyAndTheEmitterStopsStampingIds() throws Exception {
    kafka.createTopic("fmcp-close", 1, Map.of());
    try (KafkaEmitter emitter = KafkaEmitter.create(config("mcp-close"))) {
      KafkaFailureWatcher watcher = emitter.watchFailures(watch("fmcp-close"), r -> { });
      assertThat(watcher.isRunning()).isTrue();
      assertThatThrownBy(() -> emitter.watchFailures(watch("fmcp-close"), r -> { }))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("already has a failure watcher");
      long started = System.nanoTime();
      watcher.close();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
      assertThat(watcher.isRunning()).isFalse();
      assertThat(watcher.lastProblem()).isEmpty();

      emitter.emit(MetadataChangeProposal.upsert(DATASET, Status.of(false)));
      assertThat(FailedProposalAvro.property(consumed("mcp-close", 0), KafkaFailureWatcher.MESSAGE_ID_PROPERTY))
          .isNull();
    }
    KafkaFailureWatcher second;
    long started;
    try (KafkaEmitter emitter = KafkaEmitter.create(config("mcp-close"))) {
      second = emitter.watchFailures(watch("fmcp-close"), r -> { });
      started = System.nanoTime();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    assertThat(second.isRunning()).as("closed with the emitter").isFalse();
  }

  private static KafkaEmitterConfig config(String topic) {
    return KafkaEmitterConfig.builder().bootstrapServers(kafka.bootstrapServers())
        .schemaRegistryUrl(registry.url("/").toString()).topic(topic).deliveryTimeout(Duration.ofSeconds(20))
        .maxBlock(Duration.ofSeconds(20)).deadline(Duration.ofSeconds(10)).build();
  }

  private static FailureWatcherConfig watch(String topic) {
    return FailureWatcherConfig.builder().topic(topic).build();
  }

  /** The {@code index}th proposal on {@code topic}, decoded. */
  private static GenericRecord consumed(String topic, int index) {
    List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> records = kafka.read(topic, index + 1);
    assertThat(records).hasSizeGreaterThan(index);
    return ProposalAvro.decode(records.get(index).value(), ProposalAvro.SCHEMA);
  }

  /** Writes a failure record for {@code mcp} as GMS does: key the URN, the proposal as read, the error. */
  private static void failAsGms(String topic, GenericRecord mcp, String error, int schemaId, Schema writer)
      throws Exception {
    GenericRecord failure = new GenericData.Record(writer);
    failure.put("metadataChangeProposal", mcp);
    failure.put("error", error);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(ByteBuffer.allocate(4).putInt(schemaId).array());
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(writer).write(failure, encoder);
    encoder.flush();
    gms.send(new ProducerRecord<>(topic, String.valueOf(mcp.get("entityUrn")), out.toByteArray())).get();
  }

  private static GenericRecord copyWithMessageId(GenericRecord mcp, String messageId) {
    GenericRecord copy = new GenericData.Record(mcp.getSchema());
    mcp.getSchema().getFields().forEach(f -> copy.put(f.pos(), mcp.get(f.pos())));
    GenericRecord sm = (GenericRecord) mcp.get("systemMetadata");
    GenericRecord smCopy = new GenericData.Record(sm.getSchema());
    sm.getSchema().getFields().forEach(f -> smCopy.put(f.pos(), sm.get(f.pos())));
    Map<Object, Object> properties = new HashMap<>((Map<?, ?>) sm.get("properties"));
    properties.put(new Utf8(KafkaFailureWatcher.MESSAGE_ID_PROPERTY), messageId);
    smCopy.put("properties", properties);
    copy.put("systemMetadata", smCopy);
    return copy;
  }
}
