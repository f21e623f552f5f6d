package io.mlmeta.emit;

import static io.mlmeta.emit.MockGms.body;
import static io.mlmeta.emit.MockGms.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.config.EmitMode;
import io.mlmeta.config.Endpoint;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conditional writes (wire.md section 8) go to Rest.li synchronously whatever the endpoint and emit mode: the
 * OpenAPI v3 routes of DataHub 1.5.x ignore or mishandle their headers (datahub-project/datahub#19127), and an
 * asynchronous write is checked only after it was acknowledged.
 */
class ConditionalWriteRoutingTest extends MockGmsTest {

  private RestEmitter emitter(Endpoint endpoint, EmitMode mode) {
    return RestEmitter.create(MockGms.config(server).endpoint(endpoint).emitMode(mode).build());
  }

  private static MetadataChangeProposal conditional(String name, String header) {
    return MockGms.status(name).withHeader(header, header.equalsIgnoreCase("If-Version-Match") ? "3"
        : header.equalsIgnoreCase("If-None-Match") ? "*" : "2024-01-01T00:00:00Z");
  }

  @ParameterizedTest
  @ValueSource(strings = {"If-Version-Match", "if-version-match", "If-Modified-Since", "If-Unmodified-Since",
      "If-None-Match"})
  void onOpenApiAConditionalWriteGoesToRestliWithItsHeaderInTheMcp(String header) throws Exception {
    server.enqueue(MockGms.ok());
    try (RestEmitter emitter = emitter(Endpoint.OPENAPI, EmitMode.SYNC_PRIMARY)) {
      emitter.emit(conditional("churn", header));
    }
    RecordedRequest request = take(server);
    assertThat(request.getRequestLine()).isEqualTo("POST /aspects?action=ingestProposal HTTP/1.1");
    JsonNode body = body(request);
    assertThat(body.path("async").asText()).isEqualTo("false");
    assertThat(body.path("proposal").path("headers").has(header)).as("headers %s", body).isTrue();
  }

  @Test
  void onOpenApiAnUnconditionalWriteStillGoesToOpenApi() throws Exception {
    server.enqueue(MockGms.ok());
    try (RestEmitter emitter = emitter(Endpoint.OPENAPI, EmitMode.SYNC_PRIMARY)) {
      emitter.emit(MockGms.status("churn"));
    }
    assertThat(take(server).getRequestLine()).isEqualTo("POST /openapi/v3/entity/dataset?async=false HTTP/1.1");
  }

  @Test
  void aConflictOnTheRestliPathIsAConflictWithBothVersions() {
    server.enqueue(MockGms.status(422, MockGms.restliError(422, "Expected version 3, actual version 5")));
    try (RestEmitter emitter = emitter(Endpoint.OPENAPI, EmitMode.SYNC_PRIMARY)) {
      assertThatThrownBy(() -> emitter.emit(conditional("churn", "If-Version-Match")))
          .isInstanceOf(DataHubConflictException.class)
          .hasMessageContaining("/aspects?action=ingestProposal")
          .satisfies(e -> assertThat(((DataHubConflictException) e).expectedVersion()).hasValue("3"))
          .satisfies(e -> assertThat(((DataHubConflictException) e).actualVersion()).hasValue("5"));
    }
  }

  @Test
  void aConditionalWriteIsSynchronousInAsyncModeOnEitherEndpoint() throws Exception {
    for (Endpoint endpoint : Endpoint.values()) {
      server.enqueue(MockGms.ok());
      server.enqueue(MockGms.ok());
      try (RestEmitter emitter = emitter(endpoint, EmitMode.ASYNC)) {
        emitter.emit(conditional("a", "If-Version-Match"));
        emitter.emit(MockGms.status("b"));
      }
      RecordedRequest conditional = take(server);
      assertThat(conditional.getPath()).isEqualTo("/aspects?action=ingestProposal");
      assertThat(body(conditional).path("async").asText()).isEqualTo("false");
      RecordedRequest plain = take(server);
      if (endpoint == Endpoint.RESTLI) {
        assertThat(body(plain).path("async").asText()).isEqualTo("true");
      } else {
        assertThat(plain.getPath()).isEqualTo("/openapi/v3/entity/dataset?async=true");
      }
    }
  }

  @Test
  void syncWaitPutsTheSyncIndexHeaderInTheMcpHeadersOnRestli() throws Exception {
    server.enqueue(MockGms.ok());
    try (RestEmitter emitter = emitter(Endpoint.OPENAPI, EmitMode.SYNC_WAIT)) {
      emitter.emit(conditional("churn", "If-Version-Match"));
    }
    JsonNode headers = body(take(server)).path("proposal").path("headers");
    assertThat(headers.path("If-Version-Match").asText()).isEqualTo("3");
    assertThat(headers.path("X-DataHub-Sync-Index-Update").asText()).isEqualTo("true");
  }

  @Test
  void emitAllSendsTheConditionalOnesToRestliAndTheOthersToOpenApi() throws Exception {
    server.enqueue(MockGms.ok());
    server.enqueue(MockGms.ok());
    List<EmitResult> results;
    try (RestEmitter emitter = emitter(Endpoint.OPENAPI, EmitMode.SYNC_PRIMARY)) {
      results = emitter.emitAll(List.of(MockGms.status("a"), conditional("b", "If-Version-Match"),
          MockGms.status("c"), conditional("d", "If-Version-Match")));
    }
    assertThat(results).allMatch(EmitResult::isAcknowledged);
    RecordedRequest first = take(server);
    RecordedRequest second = take(server);
    RecordedRequest restli = first.getPath().startsWith("/aspects") ? first : second;
    RecordedRequest openApi = restli == first ? second : first;
    assertThat(restli.getPath()).isEqualTo("/aspects?action=ingestProposalBatch");
    assertThat(body(restli).path("proposals")).extracting(p -> p.path("entityUrn").asText())
        .containsExactly(MockGms.dataset("b").toString(), MockGms.dataset("d").toString());
    assertThat(openApi.getPath()).isEqualTo("/openapi/v3/entity/dataset?async=false");
    assertThat(body(openApi)).extracting(p -> p.path("urn").asText())
        .containsExactly(MockGms.dataset("a").toString(), MockGms.dataset("c").toString());
  }

  @Test
  void emitAsyncSendsAConditionalWriteToRestli() throws Exception {
    server.enqueue(MockGms.ok());
    try (RestEmitter emitter = emitter(Endpoint.OPENAPI, EmitMode.SYNC_PRIMARY)) {
      emitter.emitAsync(conditional("churn", "If-Version-Match")).get(5, TimeUnit.SECONDS);
    }
    assertThat(take(server).getPath()).isEqualTo("/aspects?action=ingestProposal");
  }
}
