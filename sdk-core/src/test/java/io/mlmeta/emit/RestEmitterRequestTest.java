package io.mlmeta.emit;

import static io.mlmeta.emit.MockGms.body;
import static io.mlmeta.emit.MockGms.ok;
import static io.mlmeta.emit.MockGms.status;
import static io.mlmeta.emit.MockGms.take;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.config.EmitMode;
import io.mlmeta.internal.SdkVersion;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** What a RestEmitter puts on the wire for Rest.li (wire.md sections 1.1-1.3 and 2.3). */
class RestEmitterRequestTest extends MockGmsTest {

  @Test
  void singleEmitSendsTheRequestLineHeadersAndBodyOfWireSpec() throws Exception {
    server.enqueue(ok());
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).token("s3cr3t-token")
        .putExtraHeader("X-Team", "ml").build())) {
      EmitResult result = emitter.emit(MockGms.status("churn"));

      assertThat(result.isAcknowledged()).isTrue();
      assertThat(result.attempts()).isEqualTo(1);
    }
    RecordedRequest request = take(server);
    assertThat(request.getRequestLine()).isEqualTo("POST /aspects?action=ingestProposal HTTP/1.1");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeader("Content-Length")).isEqualTo(String.valueOf(request.getBodySize()));
    assertThat(request.getHeader("Transfer-Encoding")).isNull();
    assertThat(request.getHeader("X-RestLi-Protocol-Version")).isEqualTo("2.0.0");
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("User-Agent")).isEqualTo("mlmeta/" + SdkVersion.VERSION);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer s3cr3t-token");
    assertThat(request.getHeader("X-Team")).isEqualTo("ml");
    JsonNode body = body(request);
    long lastObserved = body.path("proposal").path("systemMetadata").path("lastObserved").asLong();
    assertThat(lastObserved).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
    assertThat(body).isEqualTo(Golden.parse("{\"proposal\": {"
        + "\"entityType\": \"dataset\","
        + "\"entityUrn\": \"urn:li:dataset:(urn:li:dataPlatform:hive,churn,PROD)\","
        + "\"changeType\": \"UPSERT\","
        + "\"aspectName\": \"status\","
        + "\"aspect\": {\"value\": \"{\\\"removed\\\":false}\", \"contentType\": \"application/json\"},"
        + "\"systemMetadata\": {\"lastObserved\": " + lastObserved + ", \"runId\": \"no-run-id-provided\","
        + "  \"properties\": {\"clientId\": \"mlmeta\", \"clientVersion\": \"" + SdkVersion.VERSION + "\"}}},"
        + "\"async\": \"false\"}"));
  }

  @Test
  void extraHeadersComeLastAndOverrideTheSdksOwn() throws Exception {
    server.enqueue(ok());
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server)
        .putExtraHeader("User-Agent", "pipeline/7").build())) {
      emitter.emit(MockGms.status("churn"));
    }
    assertThat(take(server).getHeaders().values("User-Agent")).containsExactly("pipeline/7");
  }

  @Test
  void callersClientKeepsItsInterceptorsAndOutlivesTheEmitter() throws Exception {
    server.enqueue(ok());
    server.enqueue(ok());
    OkHttpClient callers = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Proxy-Auth", "p").build()))
        .build();
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).httpClient(callers).build())) {
      emitter.emit(MockGms.status("churn"));
    }
    assertThat(take(server).getHeader("X-Proxy-Auth")).isEqualTo("p");
    try (Response response = callers.newCall(new Request.Builder().url(server.url("/health")).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
  }

  @Test
  void noTokenMeansNoAuthorizationHeader() throws Exception {
    server.enqueue(ok());
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      emitter.emit(MockGms.status("churn"));
    }
    assertThat(take(server).getHeader("Authorization")).isNull();
  }

  @Test
  void callersSystemMetadataIsKeptAndCompleted() throws Exception {
    server.enqueue(ok());
    MetadataChangeProposal mcp = MockGms.status("churn").withSystemMetadata(SystemMetadata.builder()
        .lastObserved(1700000000000L).runId("run-7").putProperty("clientId", "my-pipeline")
        .putProperty("team", "ml").build());
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      emitter.emit(mcp);
    }
    JsonNode sm = body(take(server)).path("proposal").path("systemMetadata");
    assertThat(sm).isEqualTo(Golden.parse("{\"lastObserved\": 1700000000000, \"runId\": \"run-7\", \"properties\":"
        + " {\"clientId\": \"my-pipeline\", \"team\": \"ml\", \"clientVersion\": \"" + SdkVersion.VERSION + "\"}}"));
  }

  @Test
  void asyncModeSendsTheStringTrue() throws Exception {
    server.enqueue(ok());
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).emitMode(EmitMode.ASYNC).build())) {
      emitter.emit(MockGms.status("churn"));
    }
    JsonNode async = body(take(server)).get("async");
    assertThat(async.isTextual()).isTrue();
    assertThat(async.asText()).isEqualTo("true");
  }

  @Test
  void nonAsciiOwnerTravelsAsAsciiAspectValueThatDecodesToTheSameText() throws Exception {
    server.enqueue(ok());
    Ownership ownership = Ownership.builder()
        .addOwner(Owner.of(CorpUserUrn.of("张伟"), OwnershipType.TECHNICAL_OWNER)).build();
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      emitter.emit(MetadataChangeProposal.upsert(MockGms.dataset("churn"), ownership));
    }
    String value = body(take(server)).path("proposal").path("aspect").path("value").asText();
    assertThat(value.chars()).allMatch(c -> c < 0x80);
    assertThat(value).contains("\\u5F20\\u4F1F");
    assertThat(Golden.parse(value).path("owners").get(0).path("owner").asText()).isEqualTo("urn:li:corpuser:张伟");
  }

  @Test
  void batchSendsIngestProposalBatchWithEveryProposal() throws Exception {
    server.enqueue(ok());
    List<MetadataChangeProposal> mcps = List.of(MockGms.status("a"), MockGms.status("b"), MockGms.status("c"));
    List<EmitResult> results;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      results = emitter.emitAll(mcps);
    }
    assertThat(results).extracting(EmitResult::proposal).containsExactlyElementsOf(mcps);
    assertThat(results).allMatch(EmitResult::isAcknowledged).allMatch(r -> r.attempts() == 1);
    RecordedRequest request = take(server);
    assertThat(request.getRequestLine()).isEqualTo("POST /aspects?action=ingestProposalBatch HTTP/1.1");
    assertThat(request.getHeader("X-RestLi-Protocol-Version")).isEqualTo("2.0.0");
    JsonNode body = body(request);
    assertThat(body.get("async").asText()).isEqualTo("false");
    assertThat(body.get("proposals")).hasSize(3);
    assertThat(body.get("proposals").findValuesAsText("entityUrn")).containsExactly(
        "urn:li:dataset:(urn:li:dataPlatform:hive,a,PROD)", "urn:li:dataset:(urn:li:dataPlatform:hive,b,PROD)",
        "urn:li:dataset:(urn:li:dataPlatform:hive,c,PROD)");
    JsonNode first = body.get("proposals").get(0);
    assertThat(first.path("aspect").path("value").asText()).isEqualTo("{\"removed\":false}");
    assertThat(first.path("systemMetadata").path("properties").path("clientId").asText()).isEqualTo("mlmeta");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void batchesAreCutByCount() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(ok());
    }
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).batchMaxProposals(2).build())) {
      List<EmitResult> results = emitter.emitAll(List.of(MockGms.status("a"), MockGms.status("b"),
          MockGms.status("c"), MockGms.status("d"), MockGms.status("e")));
      assertThat(results).allMatch(EmitResult::isAcknowledged);
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void batchesAreCutByBytes() throws Exception {
    for (int i = 0; i < 5; i++) {
      server.enqueue(ok());
    }
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).batchMaxBytes(700).build())) {
      emitter.emitAll(List.of(MockGms.status("a"), MockGms.status("b"), MockGms.status("c"),
          MockGms.status("d")));
    }
    int requests = server.getRequestCount();
    assertThat(requests).isBetween(2, 4);
    for (int i = 0; i < requests; i++) {
      assertThat(take(server).getBodySize()).isLessThanOrEqualTo(700);
    }
  }

  @Test
  void successWhoseBodyIsNotTheRestliEnvelopeIsStillAcknowledged() {
    server.enqueue(status(200, "\"urn:li:dataset:(urn:li:dataPlatform:hive,churn,PROD)\""));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      assertThat(emitter.emit(MockGms.status("churn")).isAcknowledged()).isTrue();
    }
  }

  @Test
  void status201IsAnAcknowledgement() {
    server.enqueue(new MockResponse().setResponseCode(201));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      assertThat(emitter.emit(MockGms.status("churn")).isAcknowledged()).isTrue();
    }
  }
}
