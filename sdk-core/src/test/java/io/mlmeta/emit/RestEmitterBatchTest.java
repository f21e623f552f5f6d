package io.mlmeta.emit;

import static io.mlmeta.emit.MockGms.restliError;
import static io.mlmeta.emit.MockGms.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.config.RetryPolicy;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.error.DataHubValidationException;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** emitAll: a batch the server rejects is narrowed down so the good proposals land and the bad one is named. */
class RestEmitterBatchTest extends MockGmsTest {
  private static final String BAD = "urn:li:dataset:(urn:li:dataPlatform:hive,bad,PROD)";

  @Test
  void rejectedBatchIsSplitUntilTheBadProposalStandsAlone() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getBody().readUtf8().contains(BAD)
            ? status(422, restliError(422, "Invalid urn: " + BAD))
            : MockGms.ok();
      }
    });
    List<MetadataChangeProposal> mcps = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      mcps.add(MockGms.status(i == 6 ? "bad" : "good" + i));
    }
    List<EmitResult> results;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      results = emitter.emitAll(mcps);
    }

    assertThat(results).extracting(EmitResult::proposal).containsExactlyElementsOf(mcps);
    assertThat(results.stream().filter(EmitResult::isAcknowledged).count()).isEqualTo(9);
    EmitResult bad = results.get(6);
    assertThat(bad.isAcknowledged()).isFalse();
    DataHubValidationException e = (DataHubValidationException) bad.failure().orElseThrow();
    assertThat(e.serverMessage()).isEqualTo("Invalid urn: " + BAD);
    assertThat(e.status()).isEqualTo(422);
    assertThat(e.urn()).hasValue(BAD);
    assertThat(e.aspectName()).hasValue("status");
    assertThat(bad.attempts()).isGreaterThan(1);
  }

  @Test
  void serverErrorFailsTheWholeBatchWithoutSplitting() {
    server.enqueue(status(500, restliError(500, "boom")));
    List<MetadataChangeProposal> mcps = List.of(MockGms.status("a"), MockGms.status("b"), MockGms.status("c"));
    List<EmitResult> results;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).retryPolicy(RetryPolicy.none()).build())) {
      results = emitter.emitAll(mcps);
    }

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(results).noneMatch(EmitResult::isAcknowledged);
    assertThat(results.stream().map(r -> ((DataHubServerException) r.failure().orElseThrow()).urn().orElseThrow())
        .collect(Collectors.toList())).containsExactly(
            "urn:li:dataset:(urn:li:dataPlatform:hive,a,PROD)", "urn:li:dataset:(urn:li:dataPlatform:hive,b,PROD)",
            "urn:li:dataset:(urn:li:dataPlatform:hive,c,PROD)");
  }

  @Test
  void retryableBatchFailureIsRetriedAsAWhole() {
    server.enqueue(status(503, restliError(503, "busy")));
    server.enqueue(MockGms.ok());
    List<EmitResult> results;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      results = emitter.emitAll(List.of(MockGms.status("a"), MockGms.status("b")));
    }

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(results).allMatch(EmitResult::isAcknowledged).allMatch(r -> r.attempts() == 2);
  }

  @Test
  void emptyInputSendsNothing() {
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      assertThat(emitter.emitAll(List.of())).isEmpty();
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void batchesGoOutWhileLaterProposalsAreStillEncodedAndOneThatCannotBeEncodedFailsAlone() {
    List<MetadataChangeProposal> mcps = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      mcps.add(MockGms.status("p" + i));
    }
    mcps.add(MetadataChangeProposal.upsert(MockGms.dataset("raw"), new Unwritable()));
    server.setDispatcher(MockGms.answeringAfter(0));
    List<EmitResult> results;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).maxInFlight(1).batchMaxProposals(2)
        .build())) {
      results = emitter.emitAll(mcps);
    }

    assertThat(results.subList(0, 6)).allMatch(EmitResult::isAcknowledged);
    assertThat(results.get(6).failure().orElseThrow()).hasMessageContaining("could not encode")
        .hasMessageContaining("raw");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void theFirstBatchIsOnTheWireBeforeTheLastProposalIsEncoded() {
    server.setDispatcher(MockGms.answeringAfter(0));
    WaitsForARequest gated = new WaitsForARequest(server);
    List<MetadataChangeProposal> mcps = List.of(MockGms.status("a"), MockGms.status("b"), MockGms.status("c"),
        MetadataChangeProposal.upsert(MockGms.dataset("gated"), gated));
    List<EmitResult> results;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).batchMaxProposals(2).build())) {
      results = emitter.emitAll(mcps);
    }

    assertThat(results).allMatch(EmitResult::isAcknowledged);
    assertThat(gated.requestsSeenWhenEncoded).as("requests the server had received when the last one was encoded")
        .isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aProposalAboveMaxProposalBytesFailsUnsentAndTheOthersLand() throws InterruptedException {
    server.setDispatcher(MockGms.answeringAfter(0));
    MetadataChangeProposal large = MetadataChangeProposal.upsert(MockGms.dataset("large"),
        io.mlmeta.aspect.RawAspect.of("status", "{\"removed\":false,\"pad\":\"" + "x".repeat(3_000) + "\"}"));
    List<EmitResult> results;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).maxProposalBytes(2_000).build())) {
      results = emitter.emitAll(List.of(MockGms.status("a"), large, MockGms.status("b")));
    }

    assertThat(results.get(0).isAcknowledged()).isTrue();
    assertThat(results.get(2).isAcknowledged()).isTrue();
    assertThat(results.get(1).attempts()).isZero();
    assertThat(results.get(1).failure().orElseThrow().getMessage()).contains(
        "urn:li:dataset:(urn:li:dataPlatform:hive,large,PROD) status is", "above maxProposalBytes 2000",
        "it was not sent");
    assertThat(server.getRequestCount()).isEqualTo(1);
    String body = MockGms.take(server).getBody().readUtf8();
    assertThat(body).contains("hive,a,PROD", "hive,b,PROD").doesNotContain("large");
  }

  /** An aspect whose encoding waits (up to 5 s) until the server has received a request, and records the count. */
  public static final class WaitsForARequest implements io.mlmeta.aspect.Aspect {
    static final io.mlmeta.aspect.AspectType<WaitsForARequest> TYPE = io.mlmeta.aspect.AspectType.of("status",
        "com.linkedin.common.Status", WaitsForARequest.class, java.util.Set.of("dataset"));
    private final okhttp3.mockwebserver.MockWebServer server;
    volatile int requestsSeenWhenEncoded = -1;

    WaitsForARequest(okhttp3.mockwebserver.MockWebServer server) {
      this.server = server;
    }

    @Override
    public io.mlmeta.aspect.AspectType<?> aspectType() {
      return TYPE;
    }

    @com.fasterxml.jackson.annotation.JsonProperty("removed")
    public boolean removed() throws InterruptedException {
      long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
      while (server.getRequestCount() == 0 && System.nanoTime() < end) {
        Thread.sleep(5);
      }
      requestsSeenWhenEncoded = server.getRequestCount();
      return false;
    }
  }

  /** An aspect whose only property cannot be read, so that it cannot be serialized. */
  public static final class Unwritable implements io.mlmeta.aspect.Aspect {
    static final io.mlmeta.aspect.AspectType<Unwritable> TYPE = io.mlmeta.aspect.AspectType.of("unwritable",
        "com.example.Unwritable", Unwritable.class, java.util.Set.of("dataset"));

    @Override
    public io.mlmeta.aspect.AspectType<?> aspectType() {
      return TYPE;
    }

    @com.fasterxml.jackson.annotation.JsonProperty("value")
    public String value() {
      throw new IllegalStateException("cannot be read");
    }
  }
}
