package io.mlmeta.emit;

import static io.mlmeta.emit.MockGms.body;
import static io.mlmeta.emit.TracingGms.TRACE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.DataHubClient;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.EmitMode;
import io.mlmeta.config.Endpoint;
import io.mlmeta.error.DataHubException;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.error.DataHubTraceException;
import io.mlmeta.error.DataHubTraceTimeoutException;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.testing.Golden;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EmitMode.ASYNC_WAIT (wire.md section 2.4): the write goes with {@code ?async=true}, then the trace API is polled
 * until primary and search storage are no longer PENDING. Answers follow upstream datahub-project/datahub
 * {@code docs/advanced/api-tracing.md} and {@code metadata-ingestion/src/datahub/emitter/rest_emitter.py}
 * ({@code _await_status}); see {@link TracingGms}.
 */
class AsyncWaitTest extends MockGmsTest {
  private static final String CHURN = "urn:li:dataset:(urn:li:dataPlatform:hive,churn,PROD)";
  private final TracingGms gms = new TracingGms();

  @BeforeEach
  void dispatch() {
    server.setDispatcher(gms);
  }

  private ConnectionConfig.Builder config() {
    return MockGms.config(server).endpoint(Endpoint.OPENAPI).emitMode(EmitMode.ASYNC_WAIT);
  }

  @Test
  void aWriteTheTraceSaysIsActiveIsAcknowledgedWithItsTraceId() throws Exception {
    gms.thenTrace(TracingGms.status(CHURN, "status", true, "ACTIVE_STATE", "ACTIVE_STATE"));
    EmitResult result;
    try (RestEmitter emitter = RestEmitter.create(config().build())) {
      result = emitter.emit(MockGms.status("churn"));
    }
    assertThat(result.isAcknowledged()).isTrue();
    assertThat(result.traceId()).hasValue(TRACE_ID);
    assertThat(gms.writes).singleElement().satisfies(w ->
        assertThat(w.getPath()).isEqualTo("/openapi/v3/entity/dataset?async=true"));
    RecordedRequest poll = gms.polls.get(0);
    assertThat(gms.polls).hasSize(1);
    assertThat(poll.getMethod()).isEqualTo("POST");
    assertThat(poll.getPath())
        .isEqualTo("/openapi/v1/trace/write/" + TRACE_ID + "?onlyIncludeErrors=false&detailed=true");
    assertThat(body(poll)).isEqualTo(Golden.parse("{\"" + CHURN + "\": [\"status\"]}"));
  }

  @Test
  void aPendingWriteIsPolledAgainWithBackoffUntilBothStoragesAreDone() throws Exception {
    gms.thenTrace(TracingGms.status(CHURN, "status", true, "PENDING", "PENDING"))
        .thenTrace(TracingGms.status(CHURN, "status", true, "ACTIVE_STATE", "PENDING"))
        .thenTrace(TracingGms.status(CHURN, "status", true, "ACTIVE_STATE", "ACTIVE_STATE"));
    try (RestEmitter emitter = RestEmitter.create(config().build())) {
      assertThat(emitter.emit(MockGms.status("churn")).isAcknowledged()).isTrue();
    }
    assertThat(gms.polls).as("primary done is not enough: search was still PENDING").hasSize(3);
    long firstWait = TimeUnit.NANOSECONDS.toMillis(gms.pollNanos.get(1) - gms.pollNanos.get(0));
    long secondWait = TimeUnit.NANOSECONDS.toMillis(gms.pollNanos.get(2) - gms.pollNanos.get(1));
    assertThat(firstWait).isGreaterThanOrEqualTo(150);
    assertThat(secondWait).as("the backoff doubles").isGreaterThanOrEqualTo(350);
  }

  @Test
  void anErrorInSearchStorageFailsTheWriteNamingStorageAndServerText() {
    // The storage-error shape of docs/advanced/api-tracing.md ("Error with exception details").
    gms.thenTrace("{\"" + CHURN + "\": {\"status\": {\"success\": false, \"primaryStorage\": {\"writeStatus\": "
        + "\"ACTIVE_STATE\"}, \"searchStorage\": {\"writeStatus\": \"ERROR\", \"writeExceptions\": [{\"message\": "
        + "\"index [datasetindex_v2] blocked\", \"exceptionClass\": "
        + "\"org.opensearch.cluster.block.ClusterBlockException\", \"stackTrace\": [\"a.b.C.d(C.java:1)\"]}]}}}}");
    try (RestEmitter emitter = RestEmitter.create(config().build())) {
      assertThatThrownBy(() -> emitter.emit(MockGms.status("churn")))
          .isInstanceOfSatisfying(DataHubTraceException.class, e -> {
            assertThat(e.urn()).isEqualTo(CHURN);
            assertThat(e.aspectName()).isEqualTo("status");
            assertThat(e.storage()).hasValue("searchStorage");
            assertThat(e.writeStatus()).hasValue("ERROR");
            assertThat(e.traceId()).hasValue(TRACE_ID);
            assertThat(e.serverMessage()).isEqualTo("index [datasetindex_v2] blocked "
                + "(org.opensearch.cluster.block.ClusterBlockException)");
          })
          .hasMessageContaining(CHURN).hasMessageContaining("aspect status").hasMessageContaining("searchStorage")
          .hasMessageContaining("index [datasetindex_v2] blocked");
    }
  }

  @Test
  void aServerOlderThanTracingIsRefusedWhenTheEmitterIsCreated() {
    gms.version = "v0.14.1";
    assertThatThrownBy(() -> RestEmitter.create(config().build()))
        .isInstanceOf(DataHubException.class)
        .hasMessageContaining("ASYNC_WAIT").hasMessageContaining("v0.14.1").hasMessageContaining("1.0.1")
        .hasMessageContaining("EmitMode.ASYNC");
    assertThat(gms.writes).isEmpty();
  }

  @Test
  void aCloudServerIsJudgedByCloudVersions() {
    gms.version = "v0.3.10";
    gms.serverEnv = "cloud";
    assertThatThrownBy(() -> RestEmitter.create(config().build())).hasMessageContaining("0.3.11");
    gms.version = "v0.3.11.2";
    RestEmitter.create(config().build()).close();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void theConfigAskedAtCreationIsRememberedNotAskedAgain() {
    try (RestEmitter emitter = RestEmitter.create(config().build())) {
      assertThat(emitter.serverInfo().apiTracing()).isTrue();
      assertThat(emitter.serverInfo().patchCapable()).isTrue();
    }
    assertThat(server.getRequestCount()).as("one GET /config").isEqualTo(1);
  }

  @Test
  void dataHubClientConnectRefusesAServerThatCannotTrace() {
    gms.version = "v1.0.0";
    assertThatThrownBy(() -> DataHubClient.connect(config().build())).isInstanceOf(DataHubException.class)
        .hasMessageContaining("ASYNC_WAIT").hasMessageContaining("v1.0.0");
  }

  @Test
  void aServerThatCannotBeAskedIsRefusedToo() throws Exception {
    server.shutdown();
    assertThatThrownBy(() -> RestEmitter.create(config().build())).isInstanceOf(DataHubException.class)
        .hasMessageContaining("ASYNC_WAIT needs to know whether").hasMessageContaining("GET /config");
  }

  @Test
  void theRestliEndpointIsRefusedWhenTheConfigIsBuilt() {
    assertThatThrownBy(() -> MockGms.config(server).emitMode(EmitMode.ASYNC_WAIT).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ASYNC_WAIT")
        .hasMessageContaining("OpenAPI");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aTraceApiThatIsNotThereFailsTheWriteWithThe404AsCause() {
    gms.thenTrace(MockGms.status(404, "{\"error\": \"Not Found\", \"status\": 404, \"path\": "
        + "\"/openapi/v1/trace/write/" + TRACE_ID + "\"}"));
    try (RestEmitter emitter = RestEmitter.create(config().build())) {
      assertThatThrownBy(() -> emitter.emit(MockGms.status("churn")))
          .isInstanceOfSatisfying(DataHubTraceException.class, e -> {
            assertThat(e.storage()).isEmpty();
            assertThat(e.getCause()).isInstanceOfSatisfying(DataHubServerException.class,
                cause -> assertThat(cause.status()).isEqualTo(404));
          })
          .hasMessageContaining(CHURN).hasMessageContaining("trace could not be read")
          .hasMessageContaining("may still be applied");
    }
  }

  @Test
  void aWriteStillPendingAtTheDeadlineFailsNamingWhereItIsPending() {
    gms.thenTrace(TracingGms.status(CHURN, "status", true, "ACTIVE_STATE", "PENDING"));
    long start = System.nanoTime();
    try (RestEmitter emitter = RestEmitter.create(config().deadline(Duration.ofSeconds(1)).build())) {
      assertThatThrownBy(() -> emitter.emit(MockGms.status("churn")))
          .isInstanceOfSatisfying(DataHubTraceTimeoutException.class, e -> {
            assertThat(e.pendingStorages()).containsExactly("searchStorage");
            assertThat(e.traceId()).hasValue(TRACE_ID);
          })
          .hasMessageContaining(CHURN).hasMessageContaining("1000 ms").hasMessageContaining("PENDING in searchStorage");
    }
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(900L, 3000L);
    assertThat(gms.polls.size()).as("polled at once, after 200, 400 ms, and at the deadline").isBetween(3, 5);
  }

  @Test
  void anAnswerWithoutTraceparentCannotBeTracedAndSaysSo() {
    gms.traceparent = null;
    try (RestEmitter emitter = RestEmitter.create(config().build())) {
      assertThatThrownBy(() -> emitter.emit(MockGms.status("churn")))
          .isInstanceOf(DataHubTraceException.class).hasMessageContaining("no traceparent header");
    }
    assertThat(gms.polls).isEmpty();
  }

  @Test
  void emitAsyncCompletesOnlyOnceTheTraceResolved() throws Exception {
    gms.thenTrace(TracingGms.status(CHURN, "status", true, "PENDING", "PENDING"))
        .thenTrace(TracingGms.status(CHURN, "status", true, "ACTIVE_STATE", "ACTIVE_STATE"));
    try (RestEmitter emitter = RestEmitter.create(config().build())) {
      CompletableFuture<EmitResult> future = emitter.emitAsync(MockGms.status("churn"));
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (gms.polls.isEmpty() && System.nanoTime() < until) {
        Thread.sleep(5);
      }
      assertThat(gms.polls).as("first poll answered PENDING").hasSize(1);
      assertThat(future).as("acknowledged by the write, still pending in the trace").isNotDone();
      EmitResult result = future.get(5, TimeUnit.SECONDS);
      assertThat(result.traceId()).hasValue(TRACE_ID);
      assertThat(gms.polls).hasSize(2);
    }
  }

  @Test
  void closingWhileAWriteIsTracedFailsItInsteadOfWaiting() throws Exception {
    gms.thenTrace(TracingGms.status(CHURN, "status", true, "PENDING", "PENDING"));
    RestEmitter emitter = RestEmitter.create(config().deadline(Duration.ofSeconds(30)).build());
    CompletableFuture<EmitResult> future = emitter.emitAsync(MockGms.status("churn"));
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (gms.polls.isEmpty() && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    long start = System.nanoTime();
    emitter.close(Duration.ofMillis(100));
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2000);
    assertThat(future).isCompletedExceptionally();
    assertThatThrownBy(future::join).hasCauseInstanceOf(DataHubException.class).hasMessageContaining("closed");
  }

  @Test
  void emitAllGivesEachProposalItsTracedOutcome() {
    String a = "urn:li:dataset:(urn:li:dataPlatform:hive,a,PROD)";
    String b = "urn:li:dataset:(urn:li:dataPlatform:hive,b,PROD)";
    String c = "urn:li:dataset:(urn:li:dataPlatform:hive,c,PROD)";
    gms.thenTrace("{\"" + a + "\": {" + TracingGms.aspectStatus("status", true, "ACTIVE_STATE", "ACTIVE_STATE")
        + "}, \"" + b + "\": {\"status\": {\"success\": false, \"primaryStorage\": {\"writeStatus\": \"ERROR\", "
        + "\"writeExceptions\": [{\"message\": \"Expected version -100000, actual version -1\", \"exceptionClass\": "
        + "\"com.linkedin.metadata.aspect.plugins.validation.AspectValidationException\"}]}, \"searchStorage\": "
        + "{\"writeStatus\": \"ERROR\", \"writeMessage\": \"Primary storage write failed.\"}}}, \"" + c + "\": {"
        + TracingGms.aspectStatus("status", true, "ACTIVE_STATE", "NO_OP") + "}}");
    List<EmitResult> results;
    try (RestEmitter emitter = RestEmitter.create(config().build())) {
      results = emitter.emitAll(List.of(MockGms.status("a"), MockGms.status("b"), MockGms.status("c")));
    }
    assertThat(gms.writes).as("one batch request").hasSize(1);
    assertThat(body(gms.polls.get(0))).isEqualTo(Golden.parse(
        "{\"" + a + "\": [\"status\"], \"" + b + "\": [\"status\"], \"" + c + "\": [\"status\"]}"));
    assertThat(results).extracting(EmitResult::isAcknowledged).containsExactly(true, false, true);
    assertThat(results).allSatisfy(r -> assertThat(r.traceId()).hasValue(TRACE_ID));
    assertThat(results.get(1).failure().get()).isInstanceOfSatisfying(DataHubTraceException.class, e -> {
      assertThat(e.urn()).isEqualTo(b);
      assertThat(e.storage()).hasValue("primaryStorage");
      assertThat(e.serverMessage()).startsWith("Expected version -100000, actual version -1");
    });
  }

  @Test
  void aConditionalWriteGoesSynchronouslyOverRestliAndIsNotTraced() throws Exception {
    MetadataChangeProposal conditional = MockGms.status("churn").withHeader("If-Version-Match", "3");
    EmitResult result;
    try (RestEmitter emitter = RestEmitter.create(config().build())) {
      result = emitter.emit(conditional);
    }
    assertThat(gms.writes).singleElement().satisfies(w ->
        assertThat(w.getPath()).isEqualTo("/aspects?action=ingestProposal"));
    assertThat(gms.polls).isEmpty();
    assertThat(result.traceId()).hasValue(TRACE_ID);
  }
}
