package io.mlmeta.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.Status;
import io.mlmeta.kafka.internal.ProposalAvro;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.DatasetUrn;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emitter's schema-registry client, against a registry on MockWebServer: the Confluent REST call
 * ({@code POST /subjects/{subject}/versions}, {@code {"schema": ...}} answered {@code {"id": n}}), GMS's built-in
 * registry under {@code /schema-registry/api} (upstream metadata-service/schema-registry-servlet,
 * SchemaRegistryController.register: same call, 404 for a topic it does not know), caching, basic auth, and the
 * failures: 401, 500, and a server that is not a registry. No broker is needed: the registry is asked before Kafka.
 */
class SchemaRegistryTest {
  static final MetadataChangeProposal MCP = MetadataChangeProposal.upsert(DatasetUrn.of("hive", "t"),
      Status.of(false));

  MockWebServer registry;

  @BeforeEach
  void start() throws Exception {
    registry = new MockWebServer();
    registry.start();
  }

  @AfterEach
  void stop() throws Exception {
    registry.close();
  }

  KafkaEmitterConfig.Builder config(String path) {
    // A broker that is not there: the tests that reach Kafka only check that the registry was asked once.
    return KafkaEmitterConfig.builder().bootstrapServers("127.0.0.1:1").schemaRegistryUrl(registry.url(path)
        .toString()).maxBlock(Duration.ofMillis(300)).deliveryTimeout(Duration.ofSeconds(1))
        .deadline(Duration.ofSeconds(1));
  }

  @Test
  void registersDataHubsSchemaUnderTheTopicValueSubjectOnceAndCachesTheId() throws Exception {
    registry.enqueue(new MockResponse().setBody("{\"id\":12}"));
    try (KafkaEmitter emitter = KafkaEmitter.create(config("/").build())) {
      emitter.emitAsync(MCP).handle((r, e) -> e).join();
      emitter.emitAsync(MCP).handle((r, e) -> e).join();
    }
    assertThat(registry.getRequestCount()).isEqualTo(1);
    RecordedRequest request = registry.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/subjects/MetadataChangeProposal_v1-value/versions");
    assertThat(request.getHeader("Content-Type")).startsWith("application/vnd.schemaregistry.v1+json");
    assertThat(request.getHeader("Authorization")).isNull();
    JsonNode body = RestJson.JSON.readTree(request.getBody().readUtf8());
    assertThat(new Schema.Parser().parse(body.get("schema").asText())).isEqualTo(ProposalAvro.SCHEMA);
  }

  @Test
  void worksWithGmsBuiltInRegistryUnderItsBasePathWithBasicAuth() throws Exception {
    registry.enqueue(new MockResponse().setBody("{\"id\":1}"));
    try (KafkaEmitter emitter = KafkaEmitter.create(config("/schema-registry/api/").topic("MyProposals")
        .registryBasicAuth("svc", "s3cret-pw").build())) {
      emitter.emitAsync(MCP).handle((r, e) -> e).join();
    }
    RecordedRequest request = registry.takeRequest();
    assertThat(request.getPath()).isEqualTo("/schema-registry/api/subjects/MyProposals-value/versions");
    assertThat(request.getHeader("Authorization")).isEqualTo(okhttp3.Credentials.basic("svc", "s3cret-pw"));
  }

  @Test
  void a401FailsTheProposalNamingRegistryAndSubjectButNotThePassword() {
    registry.enqueue(new MockResponse().setResponseCode(401).setBody(
        "{\"error_code\":40101,\"message\":\"Unauthorized: bad credentials\"}"));
    try (KafkaEmitter emitter = KafkaEmitter.create(config("/").registryBasicAuth("svc", "s3cret-pw").build())) {
      assertThatThrownBy(() -> emitter.emit(MCP)).isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
        assertThat(e.status()).hasValue(401);
        assertThat(e.subject()).isEqualTo("MetadataChangeProposal_v1-value");
        assertThat(e.registryUrl()).isEqualTo(registry.url("/").toString().replaceAll("/$", ""));
        assertThat(e.getMessage()).contains(e.registryUrl(), "MetadataChangeProposal_v1-value", "HTTP 401",
            "Unauthorized: bad credentials", "credentials").doesNotContain("s3cret-pw");
      });
      assertThat(emitter.toString() + emitter.config()).doesNotContain("s3cret-pw");
    }
  }

  @Test
  void a500FailsTheFutureWithTheRegistrysMessageAndIsNotCached() {
    registry.enqueue(new MockResponse().setResponseCode(500).setBody(
        "{\"error_code\":50001,\"message\":\"Error in the backend data store\"}"));
    registry.enqueue(new MockResponse().setBody("{\"id\":3}"));
    try (KafkaEmitter emitter = KafkaEmitter.create(config("/").build())) {
      assertThatThrownBy(() -> emitter.emitAsync(MCP).join()).isInstanceOf(CompletionException.class)
          .cause().isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("HTTP 500").hasMessageContaining("Error in the backend data store");
      // The next proposal asks again (and then reaches Kafka, which is not there: a timeout, not a registry error).
      assertThatThrownBy(() -> emitter.emitAsync(MCP).join()).cause()
          .isInstanceOfSatisfying(KafkaDeliveryException.class,
              e -> assertThat(e.reason()).isEqualTo(KafkaFailureReason.TIMEOUT));
    }
    assertThat(registry.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aServerThatIsNotARegistryIsSaidToBeNone() {
    registry.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>DataHub</html>"));
    try (KafkaEmitter emitter = KafkaEmitter.create(config("/").build())) {
      assertThatThrownBy(() -> emitter.emit(MCP)).isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("not a schema registry").hasMessageContaining("<html>DataHub</html>");
    }
  }

  @Test
  void anUnknownTopicInGmsRegistryIsA404NamingTheSubject() {
    registry.enqueue(new MockResponse().setResponseCode(404));
    try (KafkaEmitter emitter = KafkaEmitter.create(config("/schema-registry/api").topic("Other").build())) {
      assertThatThrownBy(() -> emitter.emit(MCP)).isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("HTTP 404").hasMessageContaining("Other-value");
    }
  }

  @Test
  void anUnreachableRegistryHasNoStatusAndUserInfoInItsUrlIsHidden() throws Exception {
    String url = "http://svc:pw-in-url@127.0.0.1:" + registry.getPort() + "/";
    registry.shutdown();
    OkHttpClient quick = new OkHttpClient.Builder().connectTimeout(1, TimeUnit.SECONDS).build();
    try (KafkaEmitter emitter = KafkaEmitter.create(config("/").schemaRegistryUrl(url).registryHttpClient(quick)
        .build())) {
      assertThatThrownBy(() -> emitter.emit(MCP)).isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
        assertThat(e.status()).isEmpty();
        assertThat(e.getMessage()).contains("cannot reach").doesNotContain("pw-in-url");
      });
      assertThat(emitter.config().toString()).doesNotContain("pw-in-url");
    }
  }
}
