package io.mlmeta.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.kafka.internal.ProposalAvro;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.Patch;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.TagUrn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.mockwebserver.MockWebServer;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Kafka emitter writes, read back from a real (in-process) broker and decoded with DataHub's Avro schema,
 * is field for field what the REST emitter sends for the same proposal, system metadata and headers included.
 */
class KafkaEmitterRoundTripTest {
  static final DatasetUrn DATASET = DatasetUrn.of("hive", "sales.orders");
  static final SystemMetadata FULL = SystemMetadata.builder().lastObserved(1_700_000_000_123L).runId("run-42")
      .lastRunId("run-41").putProperty("clientId", "test-client").putProperty("clientVersion", "9.9")
      .putProperty("team", "ml-platform \u00e9").build();

  static InProcessKafka kafka;
  static MockWebServer registry;

  @BeforeAll
  static void start() throws Exception {
    kafka = InProcessKafka.start();
    registry = MockRegistry.server(41);
    registry.start();
  }

  @AfterAll
  static void stop() throws Exception {
    registry.close();
    kafka.close();
  }

  static KafkaEmitterConfig.Builder config(String topic) {
    return KafkaEmitterConfig.builder().bootstrapServers(kafka.bootstrapServers())
        .schemaRegistryUrl(registry.url("/").toString()).topic(topic).deliveryTimeout(Duration.ofSeconds(20))
        .maxBlock(Duration.ofSeconds(20));
  }

  @Test
  void anUpsertWithSystemMetadataAndHeadersReadsBackAsTheRestEmittersJson() throws Exception {
    MetadataChangeProposal mcp = MetadataChangeProposal.upsert(DATASET,
        GlobalTags.of(TagUrn.of("pii"), TagUrn.of("gold"))).withSystemMetadata(FULL)
        .withHeader("If-Version-Match", "7");

    GenericRecord decoded = roundTrip("upserts", mcp);

    JsonNode rest = RestJson.ofRestEmitter(mcp);
    assertThat(RestJson.ofAvro(decoded)).isEqualTo(rest);
    // The same, field by field, for the fields DataHub's own Java KafkaEmitter drops or that matter most.
    assertThat(decoded.get("entityUrn").toString()).isEqualTo(rest.get("entityUrn").asText());
    assertThat(decoded.get("changeType").toString()).isEqualTo("UPSERT");
    GenericRecord sm = (GenericRecord) decoded.get("systemMetadata");
    assertThat(sm.get("runId").toString()).isEqualTo("run-42");
    assertThat(sm.get("lastObserved")).isEqualTo(1_700_000_000_123L);
    assertThat(RestJson.ofAvro(decoded).get("headers").get("If-Version-Match").asText()).isEqualTo("7");
    assertThat(RestJson.ofAvro(decoded).get("aspect").get("contentType").asText()).isEqualTo("application/json");
  }

  @Test
  void aPatchReadsBackAsTheRestEmittersJson() throws Exception {
    Patch patch = Patch.builder().add(Patch.path("tags", "urn:li:tag:pii"), Map.of("tag", "urn:li:tag:pii"))
        .build();
    MetadataChangeProposal mcp = MetadataChangeProposal.patch(DATASET, "globalTags", patch)
        .withSystemMetadata(FULL);

    GenericRecord decoded = roundTrip("patches", mcp);

    assertThat(RestJson.ofAvro(decoded)).isEqualTo(RestJson.ofRestEmitter(mcp));
    assertThat(RestJson.ofAvro(decoded).get("aspect").get("contentType").asText())
        .isEqualTo("application/json-patch+json");
  }

  @Test
  void aProposalWithoutSystemMetadataIsStampedAsTheRestEmitterStampsIt() throws Exception {
    MetadataChangeProposal mcp = MetadataChangeProposal.upsert(DATASET, Status.of(false));
    long before = System.currentTimeMillis();

    GenericRecord decoded = roundTrip("stamped", mcp);

    JsonNode kafkaJson = RestJson.ofAvro(decoded);
    JsonNode rest = RestJson.ofRestEmitter(mcp);
    assertThat(kafkaJson.get("systemMetadata").get("lastObserved").asLong()).isBetween(before,
        System.currentTimeMillis());
    ((com.fasterxml.jackson.databind.node.ObjectNode) kafkaJson.get("systemMetadata")).remove("lastObserved");
    ((com.fasterxml.jackson.databind.node.ObjectNode) rest.get("systemMetadata")).remove("lastObserved");
    assertThat(kafkaJson).isEqualTo(rest);
    assertThat(kafkaJson.get("systemMetadata").get("properties").has("clientId")).isTrue();
  }

  @Test
  void emitAllAcknowledgesEveryProposalInOrderKeyedByUrn() {
    String topic = "batch";
    List<MetadataChangeProposal> proposals = List.of(
        MetadataChangeProposal.upsert(DatasetUrn.of("hive", "a"), Status.of(false)),
        MetadataChangeProposal.upsert(DatasetUrn.of("hive", "b"), Status.of(true)),
        MetadataChangeProposal.upsert(DatasetUrn.of("hive", "c"), Status.of(false)));
    try (KafkaEmitter emitter = KafkaEmitter.create(config(topic).build())) {
      List<EmitResult> results = emitter.emitAll(proposals);
      assertThat(results).extracting(EmitResult::isAcknowledged).containsExactly(true, true, true);
      assertThat(results).extracting(EmitResult::proposal).containsExactlyElementsOf(proposals);
    }
    List<ConsumerRecord<String, byte[]>> records = kafka.read(topic, 3);
    assertThat(records).extracting(ConsumerRecord::key).containsExactly(DatasetUrn.of("hive", "a").toString(),
        DatasetUrn.of("hive", "b").toString(), DatasetUrn.of("hive", "c").toString());
    assertThat(records).allSatisfy(r -> assertThat(ProposalAvro.schemaId(r.value())).isEqualTo(41));
  }

  @Test
  void aRecordAboveMaxRequestSizeFailsAsTooLargeNamingUrnAndAspect() {
    TagUrn[] tags = new TagUrn[100];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = TagUrn.of("tag-number-" + i);
    }
    MetadataChangeProposal big = MetadataChangeProposal.upsert(DATASET, GlobalTags.of(tags));
    try (KafkaEmitter emitter = KafkaEmitter.create(config("large").putProducerProperty("max.request.size", "1000")
        .build())) {
      assertThatThrownBy(() -> emitter.emit(big)).isInstanceOfSatisfying(KafkaDeliveryException.class, e -> {
        assertThat(e.reason()).isEqualTo(KafkaFailureReason.RECORD_TOO_LARGE);
        assertThat(e.urn()).isEqualTo(DATASET.toString());
        assertThat(e.aspectName()).isEqualTo("globalTags");
        assertThat(e.getMessage()).contains(DATASET.toString(), "globalTags", "large", "RECORD_TOO_LARGE");
      });
      // The small one after it still goes through.
      assertThat(emitter.emit(MetadataChangeProposal.upsert(DATASET, Status.of(false))).isAcknowledged()).isTrue();
    }
  }

  @Test
  void closeWith10000InFlightSettlesEveryOneAndWhatWasAcknowledgedIsOnTheTopic() {
    String topic = "many";
    List<CompletableFuture<EmitResult>> futures = new ArrayList<>();
    long started;
    try (KafkaEmitter emitter = KafkaEmitter.create(config(topic).deadline(Duration.ofSeconds(20)).build())) {
      for (int i = 0; i < 10_000; i++) {
        futures.add(emitter.emitAsync(MetadataChangeProposal.upsert(DatasetUrn.of("hive", "t" + i),
            Status.of(false))));
      }
      started = System.nanoTime();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(21));
    assertThat(futures).allMatch(CompletableFuture::isDone);
    long acknowledged = futures.stream().filter(f -> !f.isCompletedExceptionally()).count();
    futures.stream().filter(CompletableFuture::isCompletedExceptionally).forEach(f -> assertThatThrownBy(f::join)
        .cause().isInstanceOfSatisfying(KafkaDeliveryException.class,
            e -> assertThat(e.reason()).isEqualTo(KafkaFailureReason.CLOSED)));
    // Within its deadline a close on a healthy broker delivers everything; the topic holds exactly those records.
    assertThat(acknowledged).isEqualTo(10_000);
    assertThat(kafka.read(topic, 10_000)).hasSize(10_000);
  }

  @Test
  void aDataHubClientWritesToKafkaAndReadsFromGms(@TempDir Path dir) {
    MetadataChangeProposal onGms = MetadataChangeProposal.upsert(DATASET, Status.of(true));
    try (FakeGms gms = FakeGms.start(dir)) {
      gms.store().emit(onGms);
      try (DataHubClient client = DataHubClient.connect(ConnectionConfig.builder().server(gms.url()).build(),
          KafkaEmitter.create(config("client").build()))) {
        assertThat(client.emitter().emit(MetadataChangeProposal.upsert(DATASET, Status.of(false)))
            .isAcknowledged()).isTrue();
        assertThat(client.reader().getAspect(DATASET, Status.TYPE)).contains(Status.of(true));
      }
      assertThat(gms.store().getAspect(DATASET, Status.TYPE)).contains(Status.of(true));
    }
    GenericRecord onKafka = ProposalAvro.decode(kafka.read("client", 1).get(0).value(), ProposalAvro.SCHEMA);
    assertThat(RestJson.ofAvro(onKafka).get("aspect").get("value").asText()).isEqualTo("{\"removed\":false}");
  }

  private static GenericRecord roundTrip(String topic, MetadataChangeProposal mcp) {
    try (KafkaEmitter emitter = KafkaEmitter.create(config(topic).build())) {
      assertThat(emitter.emit(mcp).isAcknowledged()).isTrue();
    }
    List<ConsumerRecord<String, byte[]>> records = kafka.read(topic, 1);
    assertThat(records).hasSize(1);
    ConsumerRecord<String, byte[]> record = records.get(0);
    assertThat(record.key()).isEqualTo(mcp.entityUrn().toString());
    assertThat(record.value()[0]).isEqualTo((byte) 0);
    assertThat(ProposalAvro.schemaId(record.value())).isEqualTo(41);
    return ProposalAvro.decode(record.value(), ProposalAvro.SCHEMA);
  }
}
