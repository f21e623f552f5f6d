package io.mlmeta.emit;

import static io.mlmeta.emit.MockGms.body;
import static io.mlmeta.emit.MockGms.status;
import static io.mlmeta.emit.MockGms.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.config.EmitMode;
import io.mlmeta.config.Endpoint;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.Patch;
import io.mlmeta.testing.Golden;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI v3 endpoint (wire.md section 2.5); conditional writes, which it does not carry, are in
 * {@link ConditionalWriteRoutingTest}.
 */
class OpenApiEmitTest extends MockGmsTest {

  private RestEmitter emitter(EmitMode mode) {
    return RestEmitter.create(MockGms.config(server).endpoint(Endpoint.OPENAPI).emitMode(mode).build());
  }

  private static MockResponse ok() {
    return status(200, "[{\"urn\": \"urn:li:dataset:(urn:li:dataPlatform:hive,churn,PROD)\"}]");
  }

  @Test
  void upsertPostsTheAspectAsAnObjectWithItsHeaders() throws Exception {
    server.enqueue(ok());
    try (RestEmitter emitter = emitter(EmitMode.SYNC_PRIMARY)) {
      emitter.emit(MockGms.status("churn").withHeader("X-Pipeline", "nightly"));
    }
    RecordedRequest request = take(server);
    assertThat(request.getRequestLine()).isEqualTo("POST /openapi/v3/entity/dataset?async=false HTTP/1.1");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    JsonNode body = body(request);
    JsonNode sm = body.get(0).path("status").path("systemMetadata");
    assertThat(sm.path("properties").path("clientId").asText()).isEqualTo("mlmeta");
    assertThat(body).isEqualTo(Golden.parse("[{\"urn\": \"urn:li:dataset:(urn:li:dataPlatform:hive,churn,PROD)\","
        + "\"status\": {\"value\": {\"removed\": false}, \"systemMetadata\": " + sm + ","
        + "\"headers\": {\"X-Pipeline\": \"nightly\"}}}]"));
  }

  @Test
  void patchUsesHttpPatchWithThePatchEnvelope() throws Exception {
    server.enqueue(ok());
    Patch patch = Patch.builder().add(Patch.path("owners", "urn:li:corpuser:jdoe", "TECHNICAL_OWNER"),
        Map.of("owner", "urn:li:corpuser:jdoe", "type", "TECHNICAL_OWNER")).build();
    try (RestEmitter emitter = emitter(EmitMode.ASYNC)) {
      emitter.emit(MetadataChangeProposal.patch(MockGms.dataset("churn"), Ownership.TYPE.name(), patch));
    }
    RecordedRequest request = take(server);
    assertThat(request.getRequestLine()).isEqualTo("PATCH /openapi/v3/entity/dataset?async=true HTTP/1.1");
    assertThat(body(request).get(0).path("ownership").path("value")).isEqualTo(Golden.parse(
        "{\"patch\": [{\"op\": \"add\", \"path\": \"/owners/urn:li:corpuser:jdoe/TECHNICAL_OWNER\","
            + " \"value\": {\"owner\": \"urn:li:corpuser:jdoe\", \"type\": \"TECHNICAL_OWNER\"}}]}"));
  }

  @Test
  void syncWaitAddsTheSyncIndexHeaderToEveryAspect() throws Exception {
    server.enqueue(ok());
    try (RestEmitter emitter = emitter(EmitMode.SYNC_WAIT)) {
      emitter.emit(MockGms.status("churn"));
    }
    RecordedRequest request = take(server);
    assertThat(request.getPath()).endsWith("?async=false");
    assertThat(body(request).get(0).path("status").path("headers"))
        .isEqualTo(Golden.parse("{\"X-DataHub-Sync-Index-Update\": \"true\"}"));
  }

  @Test
  void deleteIsRefusedBeforeSending() {
    try (RestEmitter emitter = emitter(EmitMode.SYNC_PRIMARY)) {
      assertThatThrownBy(() -> emitter.emit(MetadataChangeProposal.delete(MockGms.dataset("churn"), "status")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UPSERT and PATCH proposals only");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void batchesGroupByMethodAndEntityType() throws Exception {
    server.enqueue(ok());
    server.enqueue(ok());
    Patch patch = Patch.builder().remove(Patch.path("owners", "urn:li:corpuser:jdoe")).build();
    List<EmitResult> results;
    try (RestEmitter emitter = emitter(EmitMode.SYNC_PRIMARY)) {
      results = emitter.emitAll(List.of(MockGms.status("a"),
          MetadataChangeProposal.patch(MockGms.dataset("b"), "ownership", patch), MockGms.status("c")));
    }
    assertThat(results).allMatch(EmitResult::isAcknowledged);
    RecordedRequest first = take(server);
    RecordedRequest second = take(server);
    List<RecordedRequest> both = List.of(first, second);
    assertThat(both).extracting(RecordedRequest::getMethod).containsExactlyInAnyOrder("POST", "PATCH");
    RecordedRequest post = first.getMethod().equals("POST") ? first : second;
    assertThat(body(post)).hasSize(2);
  }
}
