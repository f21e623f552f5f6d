package io.mlmeta.emit;

import static io.mlmeta.emit.MockGms.body;
import static io.mlmeta.emit.MockGms.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.DataProcessInstanceRunEvent;
import io.mlmeta.aspect.DataProcessRunStatus;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.EmitMode;
import io.mlmeta.config.Endpoint;
import io.mlmeta.error.DataHubValidationException;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.TagUrn;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@link RestEmitter#emitAtomically}: one synchronous Rest.li request, checked first, never narrowed or split. */
class RestEmitterAtomicTest extends MockGmsTest {
  private static final DataProcessInstanceUrn RUN = DataProcessInstanceUrn.of("run-1");

  private RestEmitter emitter(ConnectionConfig.Builder config) {
    return RestEmitter.create(config.build());
  }

  private static List<MetadataChangeProposal> runWithEvent() {
    return List.of(MetadataChangeProposal.upsert(RUN, Status.of(false)),
        MetadataChangeProposal.upsert(RUN, DataProcessInstanceRunEvent.builder().timestampMillis(1700000000000L)
            .status(DataProcessRunStatus.STARTED).build()),
        MetadataChangeProposal.upsert(RUN, RawAspect.of("someAspect", "{\"a\": 1}")));
  }

  @Test
  void theProposalsGoInOneSynchronousRestliBatchWhateverTheEndpointAndMode() throws Exception {
    server.enqueue(MockGms.ok());
    try (RestEmitter emitter = emitter(MockGms.config(server).endpoint(Endpoint.OPENAPI).emitMode(EmitMode.ASYNC))) {
      List<EmitResult> results = emitter.emitAtomically(List.of(MockGms.status("a"),
          MetadataChangeProposal.upsert(MockGms.dataset("a"), GlobalTags.of(TagUrn.of("t")))));
      assertThat(results).hasSize(2).allMatch(EmitResult::isAcknowledged);
    }
    RecordedRequest request = take(server);
    assertThat(request.getPath()).isEqualTo("/aspects?action=ingestProposalBatch");
    JsonNode body = body(request);
    assertThat(body.path("async").asText()).isEqualTo("false");
    assertThat(body.path("proposals")).extracting(p -> p.path("aspectName").asText())
        .containsExactly("status", "globalTags");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSingleProposalGoesAsIngestProposal() throws Exception {
    server.enqueue(MockGms.ok());
    try (RestEmitter emitter = emitter(MockGms.config(server))) {
      emitter.emitAtomically(List.of(MockGms.status("a")));
    }
    assertThat(take(server).getPath()).isEqualTo("/aspects?action=ingestProposal");
  }

  @Test
  void aRefusedBatchIsNeitherNarrowedNorSplitAndNamesItsAspects() {
    server.enqueue(MockGms.status(422, MockGms.restliError(422, "Validation failed for globalTags")));
    try (RestEmitter emitter = emitter(MockGms.config(server))) {
      assertThatThrownBy(() -> emitter.emitAtomically(List.of(MockGms.status("a"),
          MetadataChangeProposal.upsert(MockGms.dataset("a"), GlobalTags.of(TagUrn.of("t"))))))
          .isInstanceOf(DataHubValidationException.class)
          .hasMessageContaining(MockGms.dataset("a").toString())
          .hasMessageContaining("status, globalTags");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRetryResendsTheWholeBatch() throws Exception {
    server.enqueue(MockGms.status(503, MockGms.restliError(503, "busy")));
    server.enqueue(MockGms.ok());
    try (RestEmitter emitter = emitter(MockGms.config(server))) {
      List<EmitResult> results = emitter.emitAtomically(List.of(MockGms.status("a"), MockGms.status("b")));
      assertThat(results).extracting(EmitResult::attempts).containsExactly(2, 2);
    }
    String first = take(server).getBody().readUtf8();
    String second = take(server).getBody().readUtf8();
    assertThat(second).isEqualTo(first);
    assertThat(Golden.parse(first).path("proposals")).hasSize(2);
  }

  @Test
  void timeseriesEventsGoInASecondRequestOnceTheOthersAreAcknowledged() throws Exception {
    server.enqueue(MockGms.ok());
    server.enqueue(MockGms.ok());
    try (RestEmitter emitter = emitter(MockGms.config(server))) {
      emitter.emitAtomically(runWithEvent());
    }
    assertThat(body(take(server)).path("proposals")).extracting(p -> p.path("aspectName").asText())
        .containsExactly("status", "someAspect");
    assertThat(body(take(server)).path("proposal").path("aspectName").asText())
        .isEqualTo("dataProcessInstanceRunEvent");
  }

  @Test
  void timeseriesEventsAreNotSentWhenTheOthersAreRefused() {
    server.enqueue(MockGms.status(422, MockGms.restliError(422, "refused")));
    try (RestEmitter emitter = emitter(MockGms.config(server))) {
      assertThatThrownBy(() -> emitter.emitAtomically(runWithEvent())).isInstanceOf(DataHubValidationException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aProposalThatCannotBeEncodedStopsAllBeforeSending() {
    MetadataChangeProposal broken = MetadataChangeProposal.upsert(MockGms.dataset("a"),
        RawAspect.of("someAspect", "{\"note\": \"caf\u00e9\" oops}"));
    try (RestEmitter emitter = emitter(MockGms.config(server))) {
      assertThatThrownBy(() -> emitter.emitAtomically(List.of(MockGms.status("a"), broken)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("could not encode " + MockGms.dataset("a") + " someAspect")
          .hasMessageContaining("none of the proposals of " + MockGms.dataset("a") + " (status, someAspect)");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void oneProposalAboveMaxProposalBytesStopsAllBeforeSending() {
    MetadataChangeProposal big = MetadataChangeProposal.upsert(MockGms.dataset("a"),
        RawAspect.of("someAspect", "{\"text\": \"" + "x".repeat(5_000) + "\"}"));
    try (RestEmitter emitter = emitter(MockGms.config(server).maxProposalBytes(4_000))) {
      assertThatThrownBy(() -> emitter.emitAtomically(List.of(MockGms.status("a"), big)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(MockGms.dataset("a") + " someAspect")
          .hasMessageContaining("above maxProposalBytes 4000");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void proposalsAboveBatchMaxBytesTogetherAreRefusedBeforeSending() {
    String text = "{\"t\": \"" + "x".repeat(600) + "\"}";
    List<MetadataChangeProposal> proposals = List.of(
        MetadataChangeProposal.upsert(MockGms.dataset("a"), RawAspect.of("one", text)),
        MetadataChangeProposal.upsert(MockGms.dataset("a"), RawAspect.of("two", text)));
    try (RestEmitter emitter = emitter(MockGms.config(server).batchMaxBytes(1_500))) {
      assertThatThrownBy(() -> emitter.emitAtomically(proposals))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("(one, two)")
          .hasMessageContaining("above batchMaxBytes 1500")
          .hasMessageContaining("none was sent");
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
