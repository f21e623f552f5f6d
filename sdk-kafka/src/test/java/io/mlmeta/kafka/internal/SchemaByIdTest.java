package io.mlmeta.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registry client reads a writer schema by id, {@code GET /schemas/ids/{id}}, answered as GMS's built-in
 * registry answers it (upstream metadata-service/schema-registry-servlet, SchemaRegistryController.getSchema:
 * {@code {"schema": ..., "schemaType": "AVRO", "maxId": id}}, 404 for an id it does not know), and caches it.
 */
class SchemaByIdTest {
  MockWebServer registry;
  SchemaRegistryClient client;

  @BeforeEach
  void start() throws Exception {
    registry = new MockWebServer();
    registry.start();
    client = new SchemaRegistryClient(SchemaRegistryClient.ownClient(), registry.url("/schema-registry/api")
        .toString(), "svc", "secret");
  }

  @AfterEach
  void stop() throws Exception {
    registry.close();
  }

  @Test
  void readsTheSchemaOfAnIdOnceAndCachesIt() throws Exception {
    String body = new ObjectMapper().createObjectNode().put("schema", FailedProposalAvro.SCHEMA.toString())
        .put("schemaType", "AVRO").put("maxId", 9).toString();
    registry.enqueue(new MockResponse().setBody(body));

    Schema first = client.schemaById(9);
    Schema second = client.schemaById(9);

    assertThat(first).isEqualTo(FailedProposalAvro.SCHEMA);
    assertThat(second).isSameAs(first);
    assertThat(registry.getRequestCount()).isEqualTo(1);
    RecordedRequest request = registry.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/schema-registry/api/schemas/ids/9");
    assertThat(request.getHeader("Authorization")).startsWith("Basic ");
  }

  @Test
  void anUnknownIdFailsWithTheRegistrysMessageAndIsAskedAgainNextTime() {
    registry.enqueue(new MockResponse().setResponseCode(404)
        .setBody("{\"error_code\":40403,\"message\":\"Schema 9 not found\"}"));
    registry.enqueue(new MockResponse().setResponseCode(404));

    assertThatThrownBy(() -> client.schemaById(9)).isInstanceOfSatisfying(RegistryFailure.class, e -> {
      assertThat(e.status()).isEqualTo(404);
      assertThat(e.subject()).isEqualTo("schema id 9");
      assertThat(e.getMessage()).contains("Schema 9 not found").doesNotContain("secret");
    });
    assertThatThrownBy(() -> client.schemaById(9)).isInstanceOf(RegistryFailure.class);
    assertThat(registry.getRequestCount()).isEqualTo(2);
  }
}
