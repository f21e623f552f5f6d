package io.mlmeta.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.config.EmitMode;
import io.mlmeta.config.Endpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * EmitResult.traceId in the modes that do not wait for the trace: taken from the {@code traceparent} header GMS
 * adds to its answers (upstream {@code metadata-ingestion/src/datahub/emitter/response_helper.py}), on both
 * endpoints; see {@link TracingGms}.
 */
class TraceIdTest extends MockGmsTest {
  private final TracingGms gms = new TracingGms();

  @Test
  void syncPrimaryOnRestliCarriesTheTraceIdOfTheAnswer() {
    server.setDispatcher(gms);
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).emitMode(EmitMode.SYNC_PRIMARY).build())) {
      assertThat(emitter.emit(MockGms.status("churn")).traceId()).hasValue(TracingGms.TRACE_ID);
    }
    assertThat(gms.polls).isEmpty();
  }

  @Test
  void asyncBatchesOnOpenApiCarryTheTraceIdOfTheirRequest() {
    server.setDispatcher(gms);
    List<EmitResult> results;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).endpoint(Endpoint.OPENAPI)
        .emitMode(EmitMode.ASYNC).build())) {
      results = emitter.emitAll(List.of(MockGms.status("a"), MockGms.status("b")));
    }
    assertThat(results).allSatisfy(r -> assertThat(r.traceId()).hasValue(TracingGms.TRACE_ID));
    assertThat(gms.polls).as("ASYNC does not wait").isEmpty();
  }

  @Test
  void atomicWritesCarryTheTraceIdOfTheirRequest() {
    server.setDispatcher(gms);
    List<EmitResult> results;
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      results = emitter.emitAtomically(List.of(MockGms.status("a"), MockGms.status("b")));
    }
    assertThat(results).allSatisfy(r -> assertThat(r.traceId()).hasValue(TracingGms.TRACE_ID));
  }

  @Test
  void anAnswerWithoutTheHeaderHasNoTraceId() {
    gms.traceparent = null;
    server.setDispatcher(gms);
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      EmitResult result = emitter.emit(MockGms.status("churn"));
      assertThat(result.traceId()).isEmpty();
      assertThat(result.toString()).doesNotContain("traceId");
    }
  }
}
